package io.cascade.security;

import java.io.Serial;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without looking at the password: too many failed attempts on this account or from this address.
 * Its message, "Too many attempts; try again in N minutes.", is the API's answer (in English, like the API's other
 * errors); the sign-in page says the same in the visitor's language ({@code security.login.paused.message}).
 */
public class TooManySignInAttemptsException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Instant until;

    public TooManySignInAttemptsException(Instant until, Instant now) {
        super(message(until, now));
        this.until = until;
    }

    /** When sign-ins are accepted again. */
    public Instant until() {
        return until;
    }

    /** The wait in whole minutes, rounded up (at least 1). */
    public static long minutesLeft(Instant until, Instant now) {
        long seconds = Math.max(0, Duration.between(now, until).toSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }

    /** "Too many attempts; try again in N minutes." */
    public static String message(Instant until, Instant now) {
        long minutes = minutesLeft(until, now);
        return "Too many attempts; try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }
}
