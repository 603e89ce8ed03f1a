package io.cascade.scheduling;

/** Someone else saved the session after it was opened: the save is refused rather than silently overwriting. */
public class SessionChangedException extends RuntimeException {

    public SessionChangedException() {
        super("Someone else changed this session after you opened it. Your changes were not saved: reload the "
                + "session to see theirs, then edit again.");
    }
}
