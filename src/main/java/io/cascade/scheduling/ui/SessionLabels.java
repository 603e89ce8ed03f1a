package io.cascade.scheduling.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import io.cascade.scheduling.AttendanceStatus;
import io.cascade.scheduling.SessionAudience;
import io.cascade.trickledown.TrickleDownStatus;

/** How scheduling values read in the UI, in the page's language. */
final class SessionLabels {

    private SessionLabels() {
    }

    static String audience(SessionAudience audience) {
        return I18NProvider.translate("scheduling.audience." + audience.name());
    }

    static String attendance(AttendanceStatus attendance) {
        return I18NProvider.translate("scheduling.attendanceStatus." + attendance.name());
    }

    static String trickleDown(TrickleDownStatus status) {
        return I18NProvider.translate("scheduling.trickleDownStatus." + status.name());
    }

    static Span badge(String text, String tone) {
        var badge = new Span(text);
        badge.addClassNames("badge", tone);
        return badge;
    }
}
