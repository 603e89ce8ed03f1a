package io.cascade.scheduling;

import java.time.Duration;
import java.time.Instant;

/**
 * A row of the session list. {@code location} and {@code onlineUrl} may both be set (a hybrid class);
 * {@code enrolledCount} and {@code waitlistedCount} leave withdrawn enrolments out.
 */
public record SessionListItem(long id, long courseId, String courseTitle, Instant startsAt, int durationMinutes,
        String location, String onlineUrl, int capacity, long enrolledCount, long waitlistedCount, Long trainerId,
        String trainerName, boolean cancelled) {

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public boolean isOnline() {
        return onlineUrl != null && !onlineUrl.isBlank();
    }

    public long seatsLeft() {
        return Math.max(0, capacity - enrolledCount);
    }
}
