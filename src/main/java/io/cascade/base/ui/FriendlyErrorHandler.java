package io.cascade.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ErrorHandlerUtil;
import java.io.EOFException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the user sees when a view action fails in a way the view did not handle: a friendly message in a
 * notification, never the exception or its stack trace ({@link FailureReport} words and logs it). A failure while a
 * page opens shows {@link PageFailedView} instead.
 */
class FriendlyErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    /** The browser went away mid-request: nobody to tell, nothing to fix (Vaadin's default handler skips them too). */
    private static final Set<String> CONNECTION_LOST = Set.of(SocketException.class.getName(),
            SocketTimeoutException.class.getName(), EOFException.class.getName(), "org.eclipse.jetty.io.EofException",
            "org.apache.catalina.connector.ClientAbortException");

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
        FailureReport report = FailureReport.of(thrown, "in the UI");
        if (UI.getCurrent() != null) {
            Notifications.error(report.message());
        }
    }
}
