package io.cascade.organization;

/** An uploaded logo that was not kept, with the reason written for the admin; the old logo stays. */
public class LogoRejectedException extends RuntimeException {

    public LogoRejectedException(String message) {
        super(message);
    }
}
