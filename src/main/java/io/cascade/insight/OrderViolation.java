package io.cascade.insight;

import java.time.Instant;

/**
 * "Staff X trained on D1, manager Y not until D2 (or not yet)".
 *
 * @param managerTrainedAt when the named manager was trained, at or after the staff member: all time their first
 *                         training; in a round their next training after the staff member's, which may fall after
 *                         the round; {@code null}: not (re)trained yet
 */
public record OrderViolation(long courseId, String courseTitle, long departmentId, String departmentName,
                             long staffPersonId, String staffName, Instant staffTrainedAt,
                             Long managerPersonId, String managerName, Instant managerTrainedAt) {
}
