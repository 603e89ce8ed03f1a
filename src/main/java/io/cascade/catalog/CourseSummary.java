package io.cascade.catalog;

/** A row of the course list; {@code refresherMonths} is null for a course taken once. */
public record CourseSummary(long id, String code, String title, Audience audience, CourseStatus status,
        Integer refresherMonths, long moduleCount) {
}
