package io.cascade.organization;

/** Someone else saved the same record since it was opened; the admin should reload it and try again. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else in the meantime. Reload it and make your change again.");
    }
}
