package io.cascade.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ErrorHandlerUtil;
import io.cascade.base.FieldException;
import java.io.EOFException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the user sees when a view action fails in a way the view did not handle: a friendly message, never the
 * exception or its stack trace. An unexpected failure is logged at ERROR with a short reference that the message
 * also shows, so an administrator finds the log line the user quotes. A service refusing the user (their roles
 * changed while the view was open, or the view offered too much) reads as not allowed; a rule's refusal that the view
 * did not place at a field is shown as written, since its message is meant for the user.
 */
class FriendlyErrorHandler implements ErrorHandler {

    static final String NOT_ALLOWED = "You are not allowed to do that.";

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    /** The browser went away mid-request: nobody to tell, nothing to fix (Vaadin's default handler skips them too). */
    private static final Set<String> CONNECTION_LOST = Set.of(SocketException.class.getName(),
            SocketTimeoutException.class.getName(), EOFException.class.getName(), "org.eclipse.jetty.io.EofException",
            "org.apache.catalina.connector.ClientAbortException");

    static String somethingWentWrong(String reference) {
        return "Something went wrong (ref " + reference + "). Try again; if it persists, tell your administrator the "
                + "reference.";
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable thrown = event.getThrowable();
        if (CONNECTION_LOST.contains(thrown.getClass().getName())) {
            log.debug("Connection lost during a UI request", thrown);
            return;
        }
        // an exception that has an error view of its own (e.g. NotFoundException) shows that view, as by default
        if (ErrorHandlerUtil.handleErrorByRedirectingToErrorView(thrown)) {
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        AccessDeniedException denied = cause(thrown, AccessDeniedException.class);
        FieldException refused = cause(thrown, FieldException.class);
        String message;
        if (denied != null) {
            log.warn("Access denied in the UI (ref {})", reference, thrown);
            message = NOT_ALLOWED;
        } else if (refused != null) {
            log.warn("A refusal the view did not show (ref {})", reference, thrown);
            message = refused.getMessage();
        } else {
            log.error("Unexpected error in the UI (ref {})", reference, thrown);
            message = somethingWentWrong(reference);
        }
        if (UI.getCurrent() != null) {
            Notifications.error(message);
        }
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
