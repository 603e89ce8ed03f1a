package io.cascade.insight;

/** A course of the scope and how many of the scope's people are trained in it (managers and staff). */
public record CourseActivity(CourseRef course, int trained) {
}
