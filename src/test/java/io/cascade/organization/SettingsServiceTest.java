package io.cascade.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import io.cascade.trickledown.TrickleDownPolicy;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
class SettingsServiceTest {

    @Autowired
    SettingsService settings;

    @Autowired
    JdbcClient jdbc;

    private static Settings with(Settings s, TrickleDownPolicy policy, GateMode gate, int days) {
        return new Settings(policy, gate, ReinforcementWindow.ofDays(days), s.refresherReminders(), s.mailSender(),
                s.organisationName(), s.language(), s.version());
    }

    @Test
    @WithUserDetails("admin")
    void shouldSaveTheLenientPolicyWhereTheAnalyticsAndTheGateReadIt() {
        Settings saved = settings.update(with(settings.current(), TrickleDownPolicy.LENIENT, GateMode.BLOCK, 21));

        assertThat(saved.trickleDownPolicy()).isEqualTo(TrickleDownPolicy.LENIENT);
        assertThat(jdbc.sql("select value from app_setting where name = 'trickle-down.policy'").query(String.class)
                .single()).isEqualTo("LENIENT");
        assertThat(jdbc.sql("select value from app_setting where name = 'gate.mode'").query(String.class).single())
                .isEqualTo("BLOCK");
        assertThat(jdbc.sql("select value from app_setting where name = 'reinforcement.window-days'")
                .query(String.class).single()).isEqualTo("21");
    }

    @Test
    @WithUserDetails("admin")
    void shouldRecordTheChangeInTheAuditLog() {
        long before = jdbc.sql("select count(*) from audit_event where entity_type = 'Settings'").query(Long.class)
                .single();

        settings.update(with(settings.current(), TrickleDownPolicy.LENIENT, GateMode.WARN, 30));

        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'Settings'").query(Long.class)
                .single()).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("admin")
    void shouldRecordTheSettingsInTheAuditLogAsBeforeTheyWereTyped() {
        settings.update(with(settings.current(), TrickleDownPolicy.LENIENT, GateMode.BLOCK, 21));

        String after = jdbc.sql("select after_json from audit_event where entity_type = 'Settings' order by id desc "
                + "limit 1").query(String.class).single();
        assertThat(after).contains("\"trickleDownPolicy\":\"LENIENT\"", "\"gateMode\":\"BLOCK\"",
                "\"reinforcementWindowDays\":21");
    }

    @Test
    @WithUserDetails("admin")
    void shouldRefuseASaveOverSomeoneElsesChange() {
        Settings seen = settings.current();
        settings.update(with(seen, TrickleDownPolicy.LENIENT, GateMode.WARN, 30));

        assertThatThrownBy(() -> settings.update(with(seen, TrickleDownPolicy.STRICT, GateMode.BLOCK, 14)))
                .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("changed by someone else");
    }

    @Test
    @WithUserDetails("admin")
    void shouldRefuseAWindowOutsideOneToThreeHundredSixtyFiveDays() {
        assertThatThrownBy(() -> settings.update(with(settings.current(), TrickleDownPolicy.STRICT, GateMode.WARN, 0)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("At least 1 day");
    }

    @Test
    @WithMockUser(roles = "TRAINER")
    void shouldLetOnlyAnAdminChangeSettings() {
        Settings current = settings.current();

        assertThatThrownBy(() -> settings.update(current)).isInstanceOf(AccessDeniedException.class);
    }
}
