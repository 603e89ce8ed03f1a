package io.cascade.trickledown;

import java.time.Instant;

/**
 * A staff member trained out of order, with the manager who makes it so, so a screen can say "staff X trained on
 * D1, manager Y not until D2" or "... manager Y not yet".
 *
 * @param staffPersonId    the staff member trained out of order
 * @param staffTrainedAt   when the staff member was trained
 * @param managerPersonId  the manager named as the reason; {@code null} only when a violation has no manager to name
 *                         (never produced by {@link TrickleDownRules}, which judges no department without managers)
 * @param managerTrainedAt when that manager was trained (at or after {@code staffTrainedAt}), {@code null} = not yet
 */
public record Violation(long staffPersonId, Instant staffTrainedAt, Long managerPersonId, Instant managerTrainedAt) {
}
