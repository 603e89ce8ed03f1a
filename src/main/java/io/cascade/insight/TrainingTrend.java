package io.cascade.insight;

import io.cascade.organization.Level;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Training month by month (calendar months in UTC, like the instants stored), every month from the first to the
 * last shown, empty ones included so a gap reads as a gap.
 *
 * @param months         the months, oldest first, from the first to the last with training or a violation;
 *                       empty when there is neither
 * @param trainedByLevel per level, the trainings in each month (a person trained in two courses counts twice, like
 *                       the violations)
 * @param violations     per month, the staff members trained before their manager in that month (per course)
 */
public record TrainingTrend(List<YearMonth> months, Map<Level, List<Integer>> trainedByLevel,
                            List<Integer> violations) {

    public TrainingTrend {
        months = List.copyOf(months);
        var copy = new EnumMap<Level, List<Integer>>(Level.class);
        trainedByLevel.forEach((level, counts) -> copy.put(level, List.copyOf(counts)));
        trainedByLevel = Map.copyOf(copy);
        violations = List.copyOf(violations);
    }

    /** Whether anybody was trained in any of the months. */
    public boolean hasTraining() {
        return trainedByLevel.values().stream().flatMap(List::stream).anyMatch(count -> count > 0);
    }

    /** Whether any staff member was trained out of order in any of the months. */
    public boolean hasViolations() {
        return violations.stream().anyMatch(count -> count > 0);
    }
}
