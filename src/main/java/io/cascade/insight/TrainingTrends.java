package io.cascade.insight;

import io.cascade.insight.internal.TrickleDownQueries.MonthlyTrainingRow;
import io.cascade.organization.Level;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Lays the monthly counts and the violations on one axis of consecutive months. */
final class TrainingTrends {

    private TrainingTrends() {
    }

    static TrainingTrend of(List<MonthlyTrainingRow> trained, List<OrderViolation> violations) {
        Map<YearMonth, Integer> violationsByMonth = new TreeMap<>();
        violations.forEach(violation -> violationsByMonth.merge(
                YearMonth.from(violation.staffTrainedAt().atZone(ZoneOffset.UTC)), 1, Integer::sum));
        return of(trained, violationsByMonth);
    }

    /** With the violations already counted per month (UTC). */
    static TrainingTrend of(List<MonthlyTrainingRow> trained, Map<YearMonth, Integer> violationsByMonth) {
        Map<YearMonth, Map<Level, Integer>> trainedByMonth = new TreeMap<>();
        trained.forEach(row -> trainedByMonth
                .computeIfAbsent(YearMonth.of(row.year(), row.month()), month -> new EnumMap<>(Level.class))
                .merge(Level.valueOf(row.level()), row.trainings(), Integer::sum));

        List<YearMonth> months = consecutiveMonths(trainedByMonth, violationsByMonth);
        Map<Level, List<Integer>> byLevel = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            byLevel.put(level, months.stream()
                    .map(month -> trainedByMonth.getOrDefault(month, Map.of()).getOrDefault(level, 0))
                    .toList());
        }
        return new TrainingTrend(months, byLevel,
                months.stream().map(month -> violationsByMonth.getOrDefault(month, 0)).toList());
    }

    /** Every month from the first to the last one with data; none without data. */
    private static List<YearMonth> consecutiveMonths(Map<YearMonth, ?> some, Map<YearMonth, ?> other) {
        List<YearMonth> withData = new ArrayList<>(some.keySet());
        withData.addAll(other.keySet());
        if (withData.isEmpty()) {
            return List.of();
        }
        YearMonth last = Collections.max(withData);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = Collections.min(withData); !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }
}
