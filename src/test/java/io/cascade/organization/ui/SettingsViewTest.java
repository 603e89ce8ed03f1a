package io.cascade.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.cascade.CascadeSpringTest;
import io.cascade.organization.SettingsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

@CascadeSpringTest
class SettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    SettingsService settings;

    @Test
    @WithUserDetails("admin")
    void shouldShowAMessageAtTheWindowAndSaveNothingWhenItIsOutOfRange() {
        SettingsView view = AopTestUtils.getUltimateTargetObject(navigate(SettingsView.class));
        long version = settings.current().version();

        test(view.windowDays).setValue(400);
        test(view.save).click();

        assertThat(view.windowDays.isInvalid()).isTrue();
        assertThat(view.windowDays.getErrorMessage()).isEqualTo("Between 1 and 365 days");
        assertThat(settings.current().version()).isEqualTo(version);
    }

    @Test
    @WithUserDetails("admin")
    void shouldShowTheCurrentPolicyAndGateMode() {
        SettingsView view = AopTestUtils.getUltimateTargetObject(navigate(SettingsView.class));

        assertThat(view.policy.getValue()).isEqualTo(settings.current().trickleDownPolicy());
        assertThat(view.gate.getValue()).isEqualTo(settings.current().gateMode());
        assertThat(view.name.getValue()).isEqualTo("Northwind Service Group");
    }
}
