package io.cascade.catalog.ui;

import io.cascade.catalog.Audience;
import io.cascade.catalog.ModuleKind;

/** How catalog values read in the UI. */
final class CourseLabels {

    private CourseLabels() {
    }

    static String audience(Audience audience) {
        return switch (audience) {
            case LEADERSHIP -> "Leadership";
            case STAFF -> "Staff";
            case ALL -> "Everyone";
        };
    }

    static String kind(ModuleKind kind) {
        return switch (kind) {
            case TEXT -> "Text";
            case VIDEO -> "Video";
            case DOCUMENT -> "Document";
            case QUIZ -> "Quiz";
            case REFLECTION -> "Reflection";
        };
    }
}
