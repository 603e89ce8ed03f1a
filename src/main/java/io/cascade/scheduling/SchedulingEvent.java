package io.cascade.scheduling;

/**
 * Something people must be told about, published when it happens and acted on (mail, calendar) after commit.
 */
public sealed interface SchedulingEvent {

    long sessionId();

    /** A person got a seat or a waitlist place. */
    record Enrolled(long sessionId, long personId, EnrolmentStatus status) implements SchedulingEvent {
    }

    /** A waitlisted person got a seat that came free. */
    record PromotedFromWaitlist(long sessionId, long personId) implements SchedulingEvent {
    }

    /**
     * New sessions of a course were scheduled (the id is the first of them). A course's first class changes what
     * "trained" means for it: from then on only attendance counts, no longer completing its modules.
     */
    record Scheduled(long sessionId) implements SchedulingEvent {
    }

    /** The session's time or place changed. */
    record Rescheduled(long sessionId) implements SchedulingEvent {
    }

    record Cancelled(long sessionId, String reason) implements SchedulingEvent {
    }

    /**
     * Attendance in the session was marked or changed (roll call, walk-in, import): who is trained, and when, may
     * have changed. Published inside the transaction that wrote it.
     */
    record AttendanceMarked(long sessionId) implements SchedulingEvent {
    }
}
