package io.cascade.insight;

import io.cascade.trickledown.TrickleDownPolicy;

import java.util.List;

/**
 * The dashboard's first screen for a scope, sized for reading whatever the size of the organisation: the top of
 * the scope's tree with its direct sub-departments, a handful of course columns, and the first page of each "worst
 * first" list.
 *
 * @param path          the scope's department and the ones above it, from the top of the tree; empty for the whole
 *                      organisation
 * @param courses       every course of the scope, the most trained first (the columns to choose from)
 * @param columns       the courses shown as columns, at most {@link TrickleDownOverviewService#MAX_COLUMNS}
 * @param rows          the top of the scope's tree (its department, or the organisation's top departments), each
 *                      with its direct sub-departments
 * @param anybodyTrained whether anybody of the scope is trained in any of its courses
 */
public record TrickleDownOverview(TrickleDownPolicy policy, List<DepartmentRef> path, TrickleDownHeadlines headlines,
                                  List<CourseActivity> courses, List<CourseRef> columns, List<OverviewRow> rows,
                                  OverviewPage<DepartmentIssue> outOfOrder,
                                  OverviewPage<ReadyForStaff> readyForStaff,
                                  OverviewPage<LeaderGap> leaders, LeadershipMatrixSummary leadership,
                                  boolean anybodyTrained) {

    public TrickleDownOverview {
        path = List.copyOf(path);
        courses = List.copyOf(courses);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
