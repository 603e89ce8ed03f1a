package io.cascade.scheduling;

import io.cascade.catalog.Audience;
import java.time.Instant;

/**
 * An upcoming, not cancelled class a person may ask to join: meant for their department (or for everybody), open to
 * their level, of a published course, and one they are not in yet. {@code courseAudience} is the course's track, so
 * the caller can keep to the courses assigned to the person. The managers-first gate is judged only on joining.
 */
public record JoinableSession(long sessionId, long courseId, String courseTitle, Audience courseAudience,
        Instant startsAt, int durationMinutes, String timeZone, String location, String onlineUrl,
        String trainerName, SessionAudience audience, int capacity, long enrolledCount, long waitlistedCount) {

    public long seatsLeft() {
        return Math.max(0, capacity - enrolledCount);
    }

    /** No seat is left: joining puts the person on the waitlist. */
    public boolean full() {
        return seatsLeft() == 0;
    }

    public boolean isOnline() {
        return onlineUrl != null && !onlineUrl.isBlank();
    }
}
