package io.cascade.insight.ui;

import io.cascade.base.i18n.Text;
import io.cascade.base.ui.chart.ChartKind;
import io.cascade.base.ui.chart.ChartOptions;
import io.cascade.base.ui.chart.ChartSeries;
import io.cascade.insight.CourseRef;
import io.cascade.insight.LeadershipMatrixSummary;
import io.cascade.insight.OverviewRow;
import io.cascade.insight.TrainingTrend;
import io.cascade.insight.TrickleDownCell;
import io.cascade.organization.Level;
import io.cascade.trickledown.Share;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Turns the insight records into the dashboard's chart options, their names in the language of {@code locale}. Pure:
 * no services, no components.
 */
final class DashboardCharts {

    /** A month as the language writes it: "Sept 2026" in British English, "Sept. 2026", "sept. 2026", "sept 2026". */
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofLocalizedPattern("yMMM");

    private DashboardCharts() {
    }

    /** No chart draws more departments than this: more cannot be read. */
    static final int MAX_CHART_ROWS = 40;

    /**
     * One bar per department with staff (everything below it included), its length the department's size: managers
     * trained and not yet, staff trained in order, before their manager, and not yet, in the course of the rows'
     * cell {@code cellIndex}. More than {@link #MAX_CHART_ROWS} departments: the largest.
     */
    static DepartmentBars departmentBars(List<OverviewRow> candidates, int cellIndex, long courseId, Locale locale) {
        List<OverviewRow> rows = candidates.stream().filter(row -> row.cells().get(cellIndex).staff() > 0).toList();
        if (rows.size() > MAX_CHART_ROWS) {
            rows = rows.stream().sorted(Comparator.comparingInt((OverviewRow row) -> row.managers() + row.staff())
                    .reversed()).limit(MAX_CHART_ROWS).toList();
        }
        List<TrickleDownCell> cells = rows.stream().map(row -> row.cells().get(cellIndex)).toList();
        ChartOptions options = ChartOptions.of(ChartKind.STACKED_BAR)
                .withCategories(rows.stream().map(OverviewRow::name).toList())
                .withSeries(
                        series(text(locale, "insight.charts.bars.managersTrained"), cells,
                                TrickleDownCell::managersTrained),
                        series(text(locale, "insight.charts.bars.managersNotYet"), cells,
                                cell -> cell.managers() - cell.managersTrained()),
                        series(text(locale, "insight.charts.bars.staffInOrder"), cells,
                                cell -> cell.staffTrained() - cell.violations()),
                        series(text(locale, "insight.charts.bars.staffOutOfOrder"), cells,
                                TrickleDownCell::violations),
                        series(text(locale, "insight.charts.bars.staffNotYet"), cells,
                                cell -> cell.staff() - cell.staffTrained()))
                // the "not yet" parts pale, yet dark enough for their white numbers
                .withColors("#1e5bd8", "#8eaae0", StatusLook.IN_ORDER.color(), StatusLook.OUT_OF_ORDER.color(),
                        "#a3acb9")
                .withHorizontalBars()
                .withDataLabels(true)
                .withHeight(Math.max(200, 34 * rows.size() + 100));
        return new DepartmentBars(options, rows.stream().map(OverviewRow::departmentId).toList(), courseId);
    }

    /** The department bars and, for clicks, which department each bar stands for. */
    record DepartmentBars(ChartOptions options, List<Long> departmentIds, long courseId) {
    }

    private static ChartSeries series(String name, List<TrickleDownCell> cells, ToIntFunction<TrickleDownCell> value) {
        return ChartSeries.of(name, cells.stream().map(value::applyAsInt).toList());
    }

    /** Per course, the percentage of leaders who attended one of its classes; the label says "k of N". */
    static ChartOptions leadershipCoverage(LeadershipMatrixSummary matrix, Locale locale) {
        List<CourseRef> courses = matrix.courses();
        return ChartOptions.of(ChartKind.BAR)
                .withCategories(courses.stream().map(course -> {
                    Share share = matrix.coverageByCourse().get(course.id());
                    return text(locale, "insight.charts.leaders.course", course.code(), share.count(), share.total());
                }).toList())
                .withSeries(ChartSeries.of(text(locale, "insight.charts.leaders.series"), courses.stream()
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
    static ChartOptions trainedPerMonth(TrainingTrend trend, Locale locale) {
        List<ChartSeries> series = new ArrayList<>();
        List<String> colors = new ArrayList<>();
        for (Level level : Level.values()) {
            List<Integer> counts = trend.trainedByLevel().getOrDefault(level, List.of());
            if (counts.stream().anyMatch(count -> count > 0)) {
                series.add(ChartSeries.of(levelLabel(level, locale), counts));
                colors.add(levelColor(level));
            }
        }
        return ChartOptions.of(ChartKind.STACKED_BAR)
                .withCategories(months(trend, locale))
                .withSeries(series)
                .withColors(colors.toArray(String[]::new))
                .withHeight(300);
    }

    static ChartOptions violationsPerMonth(TrainingTrend trend, Locale locale) {
        return ChartOptions.of(ChartKind.BAR)
                .withCategories(months(trend, locale))
                .withSeries(ChartSeries.of(text(locale, "insight.charts.violations.series"), trend.violations()))
                .withColors(StatusLook.OUT_OF_ORDER.color())
                .withLegend(false)
                .withDataLabels(true)
                .withHeight(300);
    }

    /** The trend's last {@code months} months, so a long history still reads as bars. */
    static TrainingTrend latestMonths(TrainingTrend trend, int months) {
        int drop = Math.max(0, trend.months().size() - months);
        if (drop == 0) {
            return trend;
        }
        Map<Level, List<Integer>> byLevel = new EnumMap<>(Level.class);
        trend.trainedByLevel().forEach((level, counts) -> byLevel.put(level, counts.subList(drop, counts.size())));
        return new TrainingTrend(trend.months().subList(drop, trend.months().size()), byLevel,
                trend.violations().subList(drop, trend.violations().size()));
    }

    private static List<String> months(TrainingTrend trend, Locale locale) {
        DateTimeFormatter month = MONTH.withLocale(locale);
        return trend.months().stream().map(month::format).toList();
    }

    /** The people of a level, as a series is named: "Senior leaders". */
    static String levelLabel(Level level, Locale locale) {
        return text(locale, "insight.charts.level." + level.name());
    }

    private static String text(Locale locale, String key, Object... args) {
        return Text.of(key, args).in(locale);
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
