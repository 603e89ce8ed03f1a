package io.cascade.insight;

import io.cascade.insight.internal.OverviewQueries;
import io.cascade.insight.internal.OverviewQueries.FoundDepartment;
import io.cascade.trickledown.Judged;
import io.cascade.trickledown.Share;
import io.cascade.trickledown.TrickleDownRules;
import io.cascade.trickledown.TrickleDownStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The executives' dashboard sized for reading, from 20 departments to 2,000: the top of the scope's tree with one
 * level below it, a handful of course columns, and "worst first" lists a page at a time. Built on the figures of
 * {@link TrickleDownService} (the ledger, or a training round), so it runs the same fixed number of statements
 * whatever the size of the organisation, and hands the screen only what it shows.
 */
@Service
@PreAuthorize("hasAnyRole('EXECUTIVE','ADMIN')")
@Transactional(readOnly = true)
public class TrickleDownOverviewService {

    /** At most this many course columns: more cannot be read side by side. */
    public static final int MAX_COLUMNS = 12;
    /** At most this many sub-departments of one department are listed; beyond, the ones needing attention most. */
    public static final int MAX_ROWS = 40;
    /** Rows per page of the "worst first" lists. */
    public static final int PAGE_SIZE = 8;

    private static final String PATH_SEPARATOR = " › ";

    private final TrickleDownService trickleDown;
    private final OverviewQueries queries;

    TrickleDownOverviewService(TrickleDownService trickleDown, OverviewQueries queries) {
        this.trickleDown = trickleDown;
        this.queries = queries;
    }

    /**
     * The first screen of the dashboard for the scope.
     *
     * @param columnIds the courses to show as columns, in this order (unknown ones ignored); empty for the
     *                  {@link #MAX_COLUMNS} courses of the scope with the most people trained
     */
    public TrickleDownOverview overview(TrickleDownScope scope, List<Long> columnIds) {
        TrickleDownDashboard dashboard = trickleDown.dashboard(scope);
        Tree tree = new Tree(dashboard.report());
        List<CourseActivity> courses = tree.courseActivity();
        List<CourseRef> columns = columns(courses, columnIds);
        List<OverviewRow> rows = new ArrayList<>();
        for (int root : tree.roots()) {
            rows.add(tree.row(root, columns, tree.childRows(root, columns)));
        }
        List<DepartmentRef> path = scope.divisionId() == null ? List.of()
                : pathRefs(queries.path(scope.divisionId()));
        LeadershipMatrix matrix = dashboard.leadershipMatrix();
        return new TrickleDownOverview(dashboard.report().policy(), path, dashboard.headlines(), courses, columns,
                rows, OverviewPage.of(tree.outOfOrder(), 0, PAGE_SIZE),
                OverviewPage.of(tree.readyForStaff(), 0, PAGE_SIZE),
                OverviewPage.of(leaderGaps(matrix, columns), 0, PAGE_SIZE), leadership(matrix, columns),
                tree.anybodyTrained());
    }

    /**
     * The top of the scope's tree and the departments one level below, each rolled up in every course of the scope
     * (not only a screen's columns): for BI tools, a summary that stays small whatever the size of the organisation.
     */
    public TrickleDownSummary summary(TrickleDownScope scope) {
        TrickleDownReport report = trickleDown.report(scope);
        Tree tree = new Tree(report);
        List<OverviewRow> rows = new ArrayList<>();
        for (int root : tree.roots()) {
            rows.add(tree.row(root, report.courses(), tree.allChildRows(root, report.courses())));
        }
        return new TrickleDownSummary(report.policy(), report.courses(), rows);
    }

    /** A department's sub-departments with everything below each, in the given columns (as {@link #overview}). */
    public List<OverviewRow> children(TrickleDownScope scope, long departmentId, List<Long> columnIds) {
        Tree tree = new Tree(trickleDown.report(scope.inDivision(departmentId)));
        List<CourseRef> columns = columns(tree.courseActivity(), columnIds);
        return tree.index(departmentId) < 0 ? List.of() : tree.childRows(tree.index(departmentId), columns);
    }

    /** Departments whose own staff were trained before a manager, the most violations first. */
    public OverviewPage<DepartmentIssue> outOfOrder(TrickleDownScope scope, int offset, int limit) {
        return OverviewPage.of(new Tree(trickleDown.report(scope)).outOfOrder(), offset, limit);
    }

    /** Departments and courses whose managers are all trained and whose staff have not begun, largest first. */
    public OverviewPage<ReadyForStaff> readyForStaff(TrickleDownScope scope, int offset, int limit) {
        return OverviewPage.of(new Tree(trickleDown.report(scope)).readyForStaff(), offset, limit);
    }

    /** Executives and senior leaders, those who sat in on the fewest courses first. */
    public OverviewPage<LeaderGap> leaders(TrickleDownScope scope, List<Long> columnIds, int offset, int limit) {
        LeadershipMatrix matrix = trickleDown.leadershipMatrix(scope);
        List<CourseRef> columns = matrix.courses().stream().filter(course -> columnIds.contains(course.id()))
                .toList();
        return OverviewPage.of(leaderGaps(matrix, columns), offset, limit);
    }

    /** Departments whose name contains the text, with the names above each: for the dashboard's search box. */
    public List<DepartmentRef> searchDepartments(String text, int offset, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return queries.search(text, offset, Math.min(limit, 50)).stream()
                .map(found -> new DepartmentRef(found.id(), found.name(), String.join(PATH_SEPARATOR, found.above())))
                .toList();
    }

    private static List<DepartmentRef> pathRefs(List<FoundDepartment> path) {
        List<DepartmentRef> refs = new ArrayList<>();
        List<String> above = new ArrayList<>();
        for (FoundDepartment step : path) {
            refs.add(new DepartmentRef(step.id(), step.name(), String.join(PATH_SEPARATOR, above)));
            above.add(step.name());
        }
        return refs;
    }

    private static List<CourseRef> columns(List<CourseActivity> courses, List<Long> columnIds) {
        Map<Long, CourseRef> byId = new HashMap<>();
        courses.forEach(activity -> byId.put(activity.course().id(), activity.course()));
        Set<CourseRef> chosen = new LinkedHashSet<>();
        for (Long id : columnIds) {
            if (byId.containsKey(id) && chosen.size() < MAX_COLUMNS) {
                chosen.add(byId.get(id));
            }
        }
        if (chosen.isEmpty()) {
            courses.stream().limit(MAX_COLUMNS).forEach(activity -> chosen.add(activity.course()));
        }
        return List.copyOf(chosen);
    }

    private static LeadershipMatrixSummary leadership(LeadershipMatrix matrix, List<CourseRef> columns) {
        Map<Long, Share> byCourse = new HashMap<>();
        columns.forEach(course -> byCourse.put(course.id(),
                matrix.coverageByCourse().getOrDefault(course.id(), Share.of(0, 0))));
        return new LeadershipMatrixSummary(columns, byCourse, matrix.overall(), matrix.leaders().size());
    }

    private static List<LeaderGap> leaderGaps(LeadershipMatrix matrix, List<CourseRef> columns) {
        Set<Long> courseIds = new HashSet<>();
        matrix.courses().forEach(course -> courseIds.add(course.id()));
        List<LeaderGap> gaps = new ArrayList<>(matrix.leaders().size());
        for (LeaderAttendance leader : matrix.leaders()) {
            int attended = (int) leader.attendedCourseIds().stream().filter(courseIds::contains).count();
            Set<Long> inColumns = new HashSet<>();
            columns.forEach(course -> {
                if (leader.attended(course.id())) {
                    inColumns.add(course.id());
                }
            });
            gaps.add(new LeaderGap(leader.personId(), leader.name(), leader.level(), leader.departmentName(),
                    attended, courseIds.size(), inColumns));
        }
        gaps.sort(Comparator.comparingInt((LeaderGap gap) -> gap.attended()).thenComparing(LeaderGap::name)
                .thenComparingLong(LeaderGap::personId));
        return gaps;
    }

    /**
     * The report's departments as a tree, indexed once: rows of department d and course c are found by index, not
     * by searching the report's rows.
     */
    private static final class Tree {

        private final TrickleDownReport report;
        private final List<CourseRef> courses;
        private final Map<Long, Integer> courseIndex = new HashMap<>();
        private final List<DepartmentCourseStatus[]> cells = new ArrayList<>();
        private final Map<Long, Integer> departmentIndex = new HashMap<>();
        private final List<List<Integer>> children = new ArrayList<>();
        private final List<Integer> roots = new ArrayList<>();

        Tree(TrickleDownReport report) {
            this.report = report;
            this.courses = report.courses();
            for (int c = 0; c < courses.size(); c++) {
                courseIndex.put(courses.get(c).id(), c);
            }
            for (DepartmentCourseStatus row : report.rows()) {
                Integer d = departmentIndex.get(row.departmentId());
                if (d == null) {
                    d = cells.size();
                    departmentIndex.put(row.departmentId(), d);
                    cells.add(new DepartmentCourseStatus[courses.size()]);
                    children.add(new ArrayList<>());
                    Integer parent = row.parentDepartmentId() == null ? null
                            : departmentIndex.get(row.parentDepartmentId());
                    // rows come in tree order, so a parent in the scope is always indexed before its children
                    if (parent == null) {
                        roots.add(d);
                    } else {
                        children.get(parent).add(d);
                    }
                }
                cells.get(d)[courseIndex.get(row.courseId())] = row;
            }
        }

        int index(long departmentId) {
            return departmentIndex.getOrDefault(departmentId, -1);
        }

        List<Integer> roots() {
            return roots;
        }

        /** Any row of the department: its name and place in the tree are the same in every course. */
        private DepartmentCourseStatus any(int d) {
            return cells.get(d)[0];
        }

        boolean anybodyTrained() {
            for (DepartmentCourseStatus[] byCourse : cells) {
                for (DepartmentCourseStatus row : byCourse) {
                    if (row.own().managersTrained() + row.own().staffTrained() > 0) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Every course of the report, the most people trained first, then by title as the report has them. */
        List<CourseActivity> courseActivity() {
            int[] trained = new int[courses.size()];
            for (DepartmentCourseStatus[] byCourse : cells) {
                for (int c = 0; c < byCourse.length; c++) {
                    trained[c] += byCourse[c].own().managersTrained() + byCourse[c].own().staffTrained();
                }
            }
            List<CourseActivity> activity = new ArrayList<>(courses.size());
            for (int c = 0; c < courses.size(); c++) {
                activity.add(new CourseActivity(courses.get(c), trained[c]));
            }
            activity.sort(Comparator.comparingInt(CourseActivity::trained).reversed());
            return activity;
        }

        OverviewRow row(int d, List<CourseRef> columns, List<OverviewRow> childRows) {
            DepartmentCourseStatus[] byCourse = cells.get(d);
            DepartmentCourseStatus first = byCourse.length == 0 ? null : byCourse[0];
            List<TrickleDownCell> shown = new ArrayList<>(columns.size());
            for (CourseRef column : columns) {
                shown.add(byCourse[courseIndex.get(column.id())].rolledUp());
            }
            List<Judged> parts = new ArrayList<>(byCourse.length);
            int violations = 0;
            for (DepartmentCourseStatus row : byCourse) {
                parts.add(row.rolledUp());
                violations += row.rolledUp().violations();
            }
            String name = first == null ? "" : first.departmentName();
            return new OverviewRow(first == null ? 0 : first.departmentId(), name, first == null ? 0 : first.depth(),
                    children.get(d).size(), first == null ? 0 : first.rolledUp().managers(),
                    first == null ? 0 : first.rolledUp().staff(), TrickleDownRules.rollUpStatus(parts), violations,
                    shown, childRows);
        }

        /**
         * The department's sub-departments in tree order; more than {@link #MAX_ROWS} of them, the ones needing
         * attention most: out of order first, then by violations.
         */
        List<OverviewRow> childRows(int d, List<CourseRef> columns) {
            if (courses.isEmpty()) {
                return List.of();
            }
            List<OverviewRow> rows = new ArrayList<>();
            for (int child : children.get(d)) {
                rows.add(row(child, columns, List.of()));
            }
            if (rows.size() <= MAX_ROWS) {
                return rows;
            }
            rows.sort(Comparator.comparingInt((OverviewRow row) -> severity(row.overall()))
                    .thenComparing(Comparator.comparingInt(OverviewRow::violations).reversed()));
            return List.copyOf(rows.subList(0, MAX_ROWS));
        }

        /** Every sub-department, in tree order. */
        List<OverviewRow> allChildRows(int d, List<CourseRef> columns) {
            List<OverviewRow> rows = new ArrayList<>();
            for (int child : children.get(d)) {
                rows.add(row(child, columns, List.of()));
            }
            return rows;
        }

        List<DepartmentIssue> outOfOrder() {
            List<DepartmentIssue> issues = new ArrayList<>();
            for (int d = 0; d < cells.size(); d++) {
                DepartmentCourseStatus[] byCourse = cells.get(d);
                int coursesOutOfOrder = 0;
                int violations = 0;
                int worst = -1;
                for (int c = 0; c < byCourse.length; c++) {
                    TrickleDownCell own = byCourse[c].own();
                    if (own.status() == TrickleDownStatus.OUT_OF_ORDER) {
                        coursesOutOfOrder++;
                        violations += own.violations();
                        if (worst < 0 || own.violations() > byCourse[worst].own().violations()) {
                            worst = c;
                        }
                    }
                }
                if (coursesOutOfOrder > 0) {
                    issues.add(new DepartmentIssue(any(d).departmentId(), any(d).departmentName(), parentName(d),
                            coursesOutOfOrder, violations, courses.get(worst)));
                }
            }
            issues.sort(Comparator.comparingInt((DepartmentIssue issue) -> issue.violations()).reversed()
                    .thenComparing(DepartmentIssue::name).thenComparingLong(DepartmentIssue::departmentId));
            return issues;
        }

        List<ReadyForStaff> readyForStaff() {
            List<ReadyForStaff> ready = new ArrayList<>();
            for (int d = 0; d < cells.size(); d++) {
                DepartmentCourseStatus[] byCourse = cells.get(d);
                for (int c = 0; c < byCourse.length; c++) {
                    TrickleDownCell own = byCourse[c].own();
                    if (own.status() == TrickleDownStatus.READY_FOR_STAFF && own.staff() > 0) {
                        ready.add(new ReadyForStaff(any(d).departmentId(), any(d).departmentName(), parentName(d),
                                courses.get(c), own.managers(), own.staff()));
                    }
                }
            }
            ready.sort(Comparator.comparingInt((ReadyForStaff item) -> item.staff()).reversed().thenComparing(ReadyForStaff::name)
                    .thenComparing(item -> item.course().title()));
            return ready;
        }

        private String parentName(int d) {
            Long parent = any(d).parentDepartmentId();
            Integer index = parent == null ? null : departmentIndex.get(parent);
            return index == null ? null : any(index).departmentName();
        }

        private static int severity(TrickleDownStatus status) {
            return switch (status) {
                case OUT_OF_ORDER -> 0;
                case NO_MANAGERS -> 1;
                case MANAGERS_IN_PROGRESS -> 2;
                case READY_FOR_STAFF -> 3;
                case IN_ORDER -> 4;
                case NOT_STARTED -> 5;
            };
        }
    }
}
