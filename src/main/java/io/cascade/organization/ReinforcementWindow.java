package io.cascade.organization;

import com.fasterxml.jackson.annotation.JsonValue;
import io.cascade.trickledown.TrickleDownRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How many days after a training a manager's reinforcement check-in counts as on time
 * ({@link TrickleDownRules#isCheckInOnTime}). An admin chooses 1 to 365; written as the bare number of days.
 */
public record ReinforcementWindow(
        @JsonValue
        @Min(value = 1, message = "{organization.settings.window.min}")
        @Max(value = 365, message = "{organization.settings.window.max}") int days) {

    /** Until an admin chooses one. */
    public static final ReinforcementWindow DEFAULT = new ReinforcementWindow(TrickleDownRules.DEFAULT_WINDOW_DAYS);

    public static ReinforcementWindow ofDays(int days) {
        return new ReinforcementWindow(days);
    }

    @Override
    public String toString() {
        return days + " days";
    }
}
