package io.cascade.scheduling;

/** Marked by the trainer after a class. */
public enum AttendanceStatus {
    PRESENT,
    LATE,
    EXCUSED,
    ABSENT;

    /** Whether this attendance makes the person trained in the session's course (late arrivals still count). */
    public boolean countsAsAttended() {
        return this == PRESENT || this == LATE;
    }
}
