package io.cascade.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Gives every Vaadin session the {@link FriendlyErrorHandler}: when the session starts, and again when each of its
 * UIs starts, which also covers sessions created without the start event (the browserless tests create theirs so).
 */
@Component
class ErrorHandlerInstaller implements VaadinServiceInitListener {

    private final FriendlyErrorHandler handler = new FriendlyErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(started -> started.getSession().setErrorHandler(handler));
        event.getSource().addUIInitListener(started -> started.getUI().getSession().setErrorHandler(handler));
    }
}
