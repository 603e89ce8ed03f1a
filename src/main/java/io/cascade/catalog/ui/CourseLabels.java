package io.cascade.catalog.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import io.cascade.catalog.Audience;
import io.cascade.catalog.CourseStatus;
import io.cascade.catalog.ModuleKind;

/** How catalog values read in the UI, in the page's language. */
final class CourseLabels {

    private CourseLabels() {
    }

    static String audience(Audience audience) {
        return I18NProvider.translate("catalog.audience." + audience.name());
    }

    static String kind(ModuleKind kind) {
        return I18NProvider.translate("catalog.moduleKind." + kind.name());
    }

    static String status(CourseStatus status) {
        return I18NProvider.translate("catalog.courseStatus." + status.name());
    }

    /** The colour of a status badge. */
    static String statusTone(CourseStatus status) {
        return switch (status) {
            case DRAFT -> "warning";
            case PUBLISHED -> "success";
            case ARCHIVED -> "contrast";
        };
    }

    static Span audienceBadge(Audience audience) {
        var badge = new Span(audience(audience));
        badge.addClassNames("badge", audience == Audience.LEADERSHIP ? "info" : "contrast");
        return badge;
    }

    static Span statusBadge(CourseStatus status) {
        var badge = new Span(status(status));
        badge.addClassNames("badge", statusTone(status));
        return badge;
    }
}
