package io.cascade.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The organisation-wide settings an admin chooses. {@code version} is what the admin saw, so a save over someone
 * else's change is refused.
 *
 * @param trickleDownPolicy      STRICT: every manager of a department trained before its staff; LENIENT: one is enough
 * @param gateMode               WARN: a trainer may let staff in before their managers with a reason; BLOCK: refused
 * @param reinforcementWindowDays days after training within which a manager's check-in counts as on time
 * @param refresherReminders     whether people due for a refresher are reminded by email
 * @param mailSender             the sender address of Cascade's emails
 * @param organisationName       shown to everyone
 */
public record Settings(
        @NotNull @Pattern(regexp = "STRICT|LENIENT", message = "Choose strict or lenient") String trickleDownPolicy,
        @NotNull @Pattern(regexp = "WARN|BLOCK", message = "Choose warn or block") String gateMode,
        @Min(value = 1, message = "At least 1 day") @Max(value = 365, message = "At most 365 days") int reinforcementWindowDays,
        boolean refresherReminders,
        @NotBlank(message = "Enter the address Cascade's emails come from") @Email(message = "Not an email address") String mailSender,
        @NotBlank(message = "Enter the organisation's name") @Size(max = 120, message = "At most 120 characters") String organisationName,
        long version) {
}
