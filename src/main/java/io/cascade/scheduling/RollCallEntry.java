package io.cascade.scheduling;

/** A person on a session's roll: enrolled or waitlisted (or withdrawn), with attendance once marked. */
public record RollCallEntry(long enrolmentId, long personId, String personName, String departmentName, String level,
        EnrolmentStatus status, Integer waitlistPosition, AttendanceStatus attendance, String note, boolean walkIn,
        String gateOverride) {
}
