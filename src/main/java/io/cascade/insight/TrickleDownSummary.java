package io.cascade.insight;

import io.cascade.trickledown.TrickleDownPolicy;

import java.util.List;

/**
 * The top of a scope's tree and one level below it, rolled up in every course of the scope.
 *
 * @param rows the scope's top departments, each with all of its direct sub-departments; every row's cells follow
 *             {@code courses}
 */
public record TrickleDownSummary(TrickleDownPolicy policy, List<CourseRef> courses, List<OverviewRow> rows) {

    public TrickleDownSummary {
        courses = List.copyOf(courses);
        rows = List.copyOf(rows);
    }
}
