package io.cascade.learning;

import io.cascade.catalog.Audience;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A published course whose track fits the person's level, with where they stand.
 *
 * @param trainedAt       when they first attended a class of it, or null
 * @param completedAt     their latest completion, or null
 * @param modulesDone     required modules done in the current round
 * @param modulesRequired required modules of the course
 * @param refresherDueOn  when they are due again (last trained or completed plus the refresher interval), or null
 * @param overdue         the refresher due day has passed
 */
public record AssignedCourse(long courseId, String code, String title, Audience audience, Integer refresherMonths,
        Instant trainedAt, Instant completedAt, int modulesDone, int modulesRequired, LocalDate refresherDueOn,
        boolean overdue) {

    public boolean isTrained() {
        return trainedAt != null;
    }

    /** Complete and not due again. */
    public boolean isComplete() {
        return completedAt != null && !overdue;
    }
}
