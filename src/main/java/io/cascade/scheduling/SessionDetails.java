package io.cascade.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * A session with everything a trainer edits, its {@code version} for optimistic locking, and its seats. A cancelled
 * session keeps its enrolments and attendance.
 */
public record SessionDetails(long id, long version, long courseId, String courseTitle, Instant startsAt,
        int durationMinutes, String timeZone, String location, String onlineUrl, int capacity, Long trainerId,
        String trainerName, Set<Long> departmentIds, SessionAudience audience, String notes, long enrolledCount,
        long waitlistedCount, Instant cancelledAt, String cancelReason) {

    public SessionDetails {
        departmentIds = Set.copyOf(departmentIds);
    }

    /** The start as the wall-clock time of the session's own zone. */
    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(startsAt, ZoneId.of(timeZone));
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public SessionDraft toDraft() {
        return new SessionDraft(courseId, localStart(), durationMinutes, timeZone, location, onlineUrl, capacity,
                trainerId, departmentIds, audience, notes);
    }
}
