package io.cascade.catalog;

import io.cascade.catalog.internal.Course;
import io.cascade.catalog.internal.CourseModule;

/** How the catalog's services name a course in the audit trail, hand out a module, and store a blank text. */
final class CatalogRecords {

    private CatalogRecords() {
    }

    /** "SVC-100 The Northwind Service Standard" */
    static String describe(Course course) {
        return course.getCode() + " " + course.getTitle();
    }

    static CourseModuleItem toItem(CourseModule module) {
        return new CourseModuleItem(module.getId(), module.getPosition(), module.getTitle(), module.getKind(),
                module.getBody(), module.getUrl(), module.isRequired(), module.getPassMark(),
                module.getMaxAttempts());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
