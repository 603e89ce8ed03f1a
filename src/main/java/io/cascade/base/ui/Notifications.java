package io.cascade.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * How every view tells the user how an action went, so a success or an error looks, sits and lasts the same
 * everywhere: a success briefly at the bottom, an error longer in the middle and announced at once to screen readers.
 * The text is shown as text, never as HTML.
 */
public final class Notifications {

    static final int SUCCESS_MILLIS = 5000;
    /** Long enough to read a refusal of a few sentences, or to note the reference of an unexpected error. */
    static final int ERROR_MILLIS = 8000;

    private Notifications() {
    }

    /** Confirms that an action was done. */
    public static Notification success(String text) {
        var notification = Notification.show(text, SUCCESS_MILLIS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** Says why an action was refused or failed. */
    public static Notification error(String text) {
        var notification = Notification.show(text, ERROR_MILLIS, Notification.Position.MIDDLE, true);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }
}
