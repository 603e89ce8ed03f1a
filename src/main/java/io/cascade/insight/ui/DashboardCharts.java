package io.cascade.insight.ui;

import io.cascade.base.ui.chart.ChartKind;
import io.cascade.base.ui.chart.ChartOptions;
import io.cascade.base.ui.chart.ChartSeries;
import io.cascade.base.ui.chart.ColorRange;
import io.cascade.insight.CourseRef;
import io.cascade.insight.DepartmentCourseStatus;
import io.cascade.insight.LeadershipMatrix;
import io.cascade.insight.TrainingTrend;
import io.cascade.insight.TrickleDownCell;
import io.cascade.insight.TrickleDownReport;
import io.cascade.organization.Level;
import io.cascade.trickledown.Share;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/** Turns the insight records into the dashboard's chart options. Pure: no services, no components. */
final class DashboardCharts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private DashboardCharts() {
    }

    /** The heatmap and, for clicks, which department each row and which course each column stands for. */
    record Heatmap(ChartOptions options, List<Long> departmentIds, List<CourseRef> courses) {
    }

    /**
     * Departments (rows, in tree order) times courses (columns, by code), each cell coloured by
     * the status of the department with everything below it. Departments without anybody in them are left out.
     */
    static Heatmap heatmap(TrickleDownReport report) {
        Map<Long, List<DepartmentCourseStatus>> byDepartment = new LinkedHashMap<>();
        report.rows().forEach(row -> byDepartment.computeIfAbsent(row.departmentId(), id -> new ArrayList<>()).add(row));
        List<List<DepartmentCourseStatus>> shown = byDepartment.values().stream()
                .filter(rows -> rows.stream().anyMatch(row -> members(row.rolledUp()) > 0))
                .toList();
        List<ChartSeries> series = shown.stream().map(rows -> ChartSeries.of(rows.getFirst().departmentName(),
                        report.courses().stream()
                                .map(course -> StatusLook.of(cell(rows, course.id()).status()).heatCode())
                                .toList()))
                .toList();
        ChartOptions options = ChartOptions.of(ChartKind.HEATMAP)
                .withCategories(report.courses().stream().map(CourseRef::code).toList())
                .withSeries(series)
                .withColorRanges(StatusLook.colorRanges().toArray(ColorRange[]::new))
                .withHeight(Math.max(200, 30 * series.size() + 90));
        return new Heatmap(options, shown.stream().map(rows -> rows.getFirst().departmentId()).toList(),
                report.courses());
    }

    private static TrickleDownCell cell(List<DepartmentCourseStatus> rowsOfDepartment, long courseId) {
        return rowsOfDepartment.stream().filter(row -> row.courseId() == courseId).findFirst().orElseThrow()
                .rolledUp();
    }

    private static int members(TrickleDownCell cell) {
        return cell.managers() + cell.staff();
    }

    /**
     * The course to compare departments in when no course is chosen: the one most people are trained in, where
     * the rollout is furthest along.
     */
    static CourseRef busiestCourse(TrickleDownReport report) {
        return report.courses().stream()
                .max(Comparator.comparingInt((CourseRef course) -> report.rows().stream()
                        .filter(row -> row.courseId() == course.id())
                        .mapToInt(row -> row.own().managersTrained() + row.own().staffTrained())
                        .sum()).thenComparing(Comparator.comparingLong(CourseRef::id).reversed()))
                .orElseThrow();
    }

    /**
     * One bar per department with staff, its length the department's size: managers trained and not yet, staff
     * trained in order, before their manager, and not yet.
     */
    static DepartmentBars departmentBars(TrickleDownReport report, long courseId) {
        List<DepartmentCourseStatus> rows = report.rows().stream()
                .filter(row -> row.courseId() == courseId && row.own().staff() > 0)
                .toList();
        ChartOptions options = ChartOptions.of(ChartKind.STACKED_BAR)
                .withCategories(rows.stream().map(DepartmentCourseStatus::departmentName).toList())
                .withSeries(
                        series("Managers trained", rows, TrickleDownCell::managersTrained),
                        series("Managers not yet", rows, cell -> cell.managers() - cell.managersTrained()),
                        series("Staff trained after their managers", rows,
                                cell -> cell.staffTrained() - cell.violations()),
                        series("Staff trained before a manager", rows, TrickleDownCell::violations),
                        series("Staff not yet", rows, cell -> cell.staff() - cell.staffTrained()))
                // the "not yet" parts pale, yet dark enough for their white numbers
                .withColors("#1e5bd8", "#8eaae0", StatusLook.IN_ORDER.color(), StatusLook.OUT_OF_ORDER.color(),
                        "#a3acb9")
                .withHorizontalBars()
                .withDataLabels(true)
                .withHeight(Math.max(200, 34 * rows.size() + 100));
        return new DepartmentBars(options, rows.stream().map(DepartmentCourseStatus::departmentId).toList(), courseId);
    }

    /** The department bars and, for clicks, which department each bar stands for. */
    record DepartmentBars(ChartOptions options, List<Long> departmentIds, long courseId) {
    }

    private static ChartSeries series(String name, List<DepartmentCourseStatus> rows,
                                      ToIntFunction<TrickleDownCell> value) {
        return ChartSeries.of(name, rows.stream().map(row -> value.applyAsInt(row.own())).toList());
    }

    /** Per course, the percentage of leaders who attended one of its classes; the label says "k of N". */
    static ChartOptions leadershipCoverage(LeadershipMatrix matrix) {
        List<CourseRef> courses = matrix.courses();
        return ChartOptions.of(ChartKind.BAR)
                .withCategories(courses.stream().map(course -> {
                    Share share = matrix.coverageByCourse().get(course.id());
                    return course.code() + " (" + share.count() + " of " + share.total() + ")";
                }).toList())
                .withSeries(ChartSeries.of("Leaders who attended (%)", courses.stream()
                        .map(course -> Math.round(matrix.coverageByCourse().get(course.id()).percent().orElse(0)))
                        .toList()))
                .withColors("#13a89e")
                .withHorizontalBars()
                .withValueAxisMax(100)
                .withLegend(false)
                .withDataLabels(true)
                .withHeight(Math.max(180, 36 * courses.size() + 70));
    }

    /** Trainings per month, stacked by level from the top of the organisation down. */
    static ChartOptions trainedPerMonth(TrainingTrend trend) {
        List<ChartSeries> series = new ArrayList<>();
        List<String> colors = new ArrayList<>();
        for (Level level : Level.values()) {
            List<Integer> counts = trend.trainedByLevel().getOrDefault(level, List.of());
            if (counts.stream().anyMatch(count -> count > 0)) {
                series.add(ChartSeries.of(levelLabel(level), counts));
                colors.add(levelColor(level));
            }
        }
        return ChartOptions.of(ChartKind.STACKED_BAR)
                .withCategories(months(trend))
                .withSeries(series)
                .withColors(colors.toArray(String[]::new))
                .withHeight(300);
    }

    static ChartOptions violationsPerMonth(TrainingTrend trend) {
        return ChartOptions.of(ChartKind.BAR)
                .withCategories(months(trend))
                .withSeries(ChartSeries.of("Staff trained before a manager", trend.violations()))
                .withColors(StatusLook.OUT_OF_ORDER.color())
                .withLegend(false)
                .withDataLabels(true)
                .withHeight(300);
    }

    private static List<String> months(TrainingTrend trend) {
        return trend.months().stream().map(MONTH::format).toList();
    }

    static String levelLabel(Level level) {
        return switch (level) {
            case EXECUTIVE -> "Executives";
            case SENIOR_LEADER -> "Senior leaders";
            case MANAGER -> "Managers";
            case SUPERVISOR -> "Supervisors";
            case STAFF -> "Staff";
        };
    }

    /** The top of the organisation darkest, staff lightest. */
    private static String levelColor(Level level) {
        return switch (level) {
            case EXECUTIVE -> "#14213d";
            case SENIOR_LEADER -> "#1e5bd8";
            case MANAGER -> "#13a89e";
            case SUPERVISOR -> "#7cc9bd";
            case STAFF -> "#a3b8e3";
        };
    }
}
