package io.cascade.learning;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A check-in a manager logs after a report was trained in a course. */
public record NewCheckIn(long personId, long courseId,
        @NotNull(message = "{learning.checkIn.occurredOn.required}") @PastOrPresent(message = "{learning.checkIn.occurredOn.future}") LocalDate occurredOn,
        @NotNull(message = "{learning.checkIn.kind.required}") CheckInKind kind,
        @Size(max = 1000, message = "{learning.checkIn.note.tooLong}") String note) {
}
