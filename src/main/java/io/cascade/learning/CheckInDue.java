package io.cascade.learning;

import java.time.LocalDate;

/** A reinforcement check-in the manager still owes: due by {@code dueBy}, overdue once that day has passed. */
public record CheckInDue(long personId, String personName, long courseId, String courseTitle, LocalDate trainedOn,
        LocalDate dueBy, boolean overdue) {
}
