package io.cascade.scheduling;

import java.time.Instant;

/** A session a person is enrolled or waitlisted in; {@code attendance} is null until the trainer marks it. */
public record PersonSessionItem(long sessionId, long courseId, String courseTitle, Instant startsAt,
        int durationMinutes, String location, String onlineUrl, String trainerName, EnrolmentStatus status,
        Integer waitlistPosition, AttendanceStatus attendance, boolean cancelled) {
}
