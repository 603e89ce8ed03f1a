package io.cascade.scheduling.ui;

import com.vaadin.flow.component.html.Span;
import io.cascade.scheduling.AttendanceStatus;
import io.cascade.scheduling.SessionAudience;

/** How scheduling values read in the UI. */
final class SessionLabels {

    private SessionLabels() {
    }

    static String audience(SessionAudience audience) {
        return switch (audience) {
            case MANAGERS -> "Managers only";
            case STAFF -> "Staff";
            case MIXED -> "Managers and staff";
        };
    }

    static String attendance(AttendanceStatus attendance) {
        return switch (attendance) {
            case PRESENT -> "Present";
            case LATE -> "Late";
            case EXCUSED -> "Excused";
            case ABSENT -> "Absent";
        };
    }

    static Span badge(String text, String tone) {
        var badge = new Span(text);
        badge.addClassNames("badge", tone);
        return badge;
    }
}
