package io.cascade.base.ui;

import io.cascade.base.FieldException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * One failure as the user is told of it, logged once: an unexpected failure at ERROR under a short reference that
 * the message also shows, so an administrator finds the log line the user quotes; a service refusing the user at
 * WARN (their roles changed while the view was open, or the view offered too much); a rule's refusal that no form
 * placed at a field at WARN, shown as written, since its message is meant for the user.
 *
 * @param message   what the user reads: never the exception, its class or its stack trace
 * @param reference the id in the log line
 * @param kind      what went wrong, for the heading of a page that could not be opened
 */
record FailureReport(String message, String reference, Kind kind) {

    enum Kind {
        DENIED, REFUSED, UNEXPECTED
    }

    static final String NOT_ALLOWED = "You are not allowed to do that.";

    private static final Logger log = LoggerFactory.getLogger(FailureReport.class);

    static String somethingWentWrong(String reference) {
        return "Something went wrong (ref " + reference + "). Try again; if it persists, tell your administrator the "
                + "reference.";
    }

    /** Logs {@code thrown}, which happened while {@code doing} (e.g. "in the UI", "opening /courses/7"). */
    static FailureReport of(Throwable thrown, String doing) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        if (cause(thrown, AccessDeniedException.class) != null) {
            log.warn("Access denied {} (ref {})", doing, reference, thrown);
            return new FailureReport(NOT_ALLOWED, reference, Kind.DENIED);
        }
        FieldException refused = cause(thrown, FieldException.class);
        if (refused != null) {
            log.warn("A refusal no form showed, {} (ref {})", doing, reference, thrown);
            return new FailureReport(refused.getMessage(), reference, Kind.REFUSED);
        }
        log.error("Unexpected error {} (ref {})", doing, reference, thrown);
        return new FailureReport(somethingWentWrong(reference), reference, Kind.UNEXPECTED);
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
