package io.cascade.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
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
 * @param reference the id in the log line
 * @param kind      what went wrong
 * @param refusal   a refused rule's message, meant for the user, or null
 */
record FailureReport(String reference, Kind kind, String refusal) {

    enum Kind {
        DENIED, REFUSED, UNEXPECTED
    }

    private static final Logger log = LoggerFactory.getLogger(FailureReport.class);

    /** What the user reads, in the language of the current UI: never the exception, its class or its stack trace. */
    String message() {
        return switch (kind) {
            case DENIED -> I18NProvider.translate("base.error.notAllowed");
            case REFUSED -> refusal;
            case UNEXPECTED -> I18NProvider.translate("base.error.somethingWentWrong", reference);
        };
    }

    /** Logs {@code thrown}, which happened while {@code doing} (e.g. "in the UI", "opening /courses/7"). */
    static FailureReport of(Throwable thrown, String doing) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        if (cause(thrown, AccessDeniedException.class) != null) {
            log.warn("Access denied {} (ref {})", doing, reference, thrown);
            return new FailureReport(reference, Kind.DENIED, null);
        }
        FieldException refused = cause(thrown, FieldException.class);
        if (refused != null) {
            log.warn("A refusal no form showed, {} (ref {})", doing, reference, thrown);
            return new FailureReport(reference, Kind.REFUSED, refused.localizedMessage());
        }
        log.error("Unexpected error {} (ref {})", doing, reference, thrown);
        return new FailureReport(reference, Kind.UNEXPECTED, null);
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
