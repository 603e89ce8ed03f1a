package io.cascade.scheduling;

import java.time.Instant;

/** An attendance mark changed after the session day. */
public record AttendanceChangeItem(String personName, String changedBy, Instant changedAt, AttendanceStatus from,
        AttendanceStatus to) {
}
