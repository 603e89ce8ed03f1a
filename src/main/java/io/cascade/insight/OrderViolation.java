package io.cascade.insight;

import java.time.Instant;

/**
 * "Staff X trained on D1, manager Y not until D2 (or not yet)".
 *
 * @param managerTrainedAt {@code null}: the manager is not trained (in the round) yet
 */
public record OrderViolation(long courseId, String courseTitle, long departmentId, String departmentName,
                             long staffPersonId, String staffName, Instant staffTrainedAt,
                             Long managerPersonId, String managerName, Instant managerTrainedAt) {
}
