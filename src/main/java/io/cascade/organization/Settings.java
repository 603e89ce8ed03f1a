package io.cascade.organization;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cascade.base.i18n.Language;
import io.cascade.trickledown.TrickleDownPolicy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The organisation-wide settings an admin chooses, read by every module through {@link SettingsReader}.
 * {@code version} is what the admin saw, so a save over someone else's change is refused.
 *
 * @param trickleDownPolicy   STRICT: every manager of a department trained before its staff; LENIENT: one is enough
 * @param gateMode            WARN: a trainer may let staff in before their managers with a reason; BLOCK: refused
 * @param reinforcementWindow days after training within which a manager's check-in counts as on time (in the audit
 *                            log still {@code reinforcementWindowDays}, a number, as in the entries before it)
 * @param refresherReminders  whether people due for a refresher are reminded by email
 * @param mailSender          the sender address of Cascade's emails
 * @param organisationName    shown to everyone
 * @param language            the language of pages, mails and certificates for everyone who chose none and whose
 *                            browser asks for none Cascade speaks
 */
public record Settings(
        @NotNull(message = "{organization.settings.policy.required}") TrickleDownPolicy trickleDownPolicy,
        @NotNull(message = "{organization.settings.gate.required}") GateMode gateMode,
        @JsonProperty("reinforcementWindowDays") @NotNull(message = "{organization.settings.window.required}") @Valid
        ReinforcementWindow reinforcementWindow,
        boolean refresherReminders,
        @NotBlank(message = "{organization.settings.sender.required}")
        @Email(message = "{organization.settings.sender.invalid}") String mailSender,
        @NotBlank(message = "{organization.settings.name.required}")
        @Size(max = 120, message = "{organization.settings.name.tooLong}") String organisationName,
        @NotNull(message = "{organization.settings.language.required}") Language language,
        long version) {
}
