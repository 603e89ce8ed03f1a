package io.cascade.insight;

import java.time.Instant;

/**
 * A staff member a trainer let into a class before the managers of their department were trained, and why.
 *
 * @param overriddenBy the username of whoever let them in (null for an override recorded before that was kept)
 */
public record GateOverride(long courseId, String courseTitle, Instant sessionStartsAt, long personId,
        String personName, String departmentName, String overriddenBy, String reason) {
}
