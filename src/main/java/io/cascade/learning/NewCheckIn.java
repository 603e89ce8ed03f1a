package io.cascade.learning;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A check-in a manager logs after a report was trained in a course. */
public record NewCheckIn(long personId, long courseId,
        @NotNull(message = "Enter the day of the check-in") @PastOrPresent(message = "The check-in cannot be in the future") LocalDate occurredOn,
        @NotNull(message = "Choose coaching or observation") CheckInKind kind,
        @Size(max = 1000, message = "Keep the note under 1,000 characters") String note) {
}
