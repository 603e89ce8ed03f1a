package io.cascade.insight;

public record CourseRef(long id, String code, String title) {
}
