package io.cascade.scheduling;

import java.time.Instant;

/** A staff member let into a session of the course before their managers were trained, by whom and why. */
public record GateOverrideItem(long sessionId, Instant sessionStartsAt, long personId, String personName,
        String overriddenBy, String reason, Instant enrolledAt) {
}
