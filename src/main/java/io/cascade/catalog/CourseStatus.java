package io.cascade.catalog;

/** Only PUBLISHED courses can be scheduled and taken; ARCHIVED ones keep their history. */
public enum CourseStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
