package io.cascade.scheduling;

import java.time.Instant;

/** A person booked in two sessions whose times overlap: the trainer, or an attendee enrolled in both. */
public record SessionConflict(Kind kind, long personId, String personName, long otherSessionId,
        String otherCourseTitle, Instant otherStartsAt) {

    public enum Kind {
        TRAINER,
        ATTENDEE
    }
}
