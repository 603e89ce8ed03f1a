package io.cascade.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeSpringTest;
import io.cascade.trickledown.TrickleDownPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The one reader of the settings, read without anyone signed in, as the scheduled jobs and the mailer do. */
@CascadeSpringTest
@Transactional
class SettingsReaderTest {

    @Autowired
    SettingsReader reader;

    @Autowired
    JdbcClient jdbc;

    private void set(String name, String value) {
        jdbc.sql("delete from app_setting where name = :name").param("name", name).update();
        jdbc.sql("insert into app_setting (name, value) values (:name, :value)").param("name", name)
                .param("value", value).update();
    }

    private void remove(String name) {
        jdbc.sql("delete from app_setting where name = :name").param("name", name).update();
    }

    @Test
    void shouldReadEverySettingTyped() {
        set("trickle-down.policy", " lenient ");
        set("gate.mode", "BLOCK");
        set("reinforcement.window-days", "21");
        set("refresher.reminders", "false");
        set("mail.from", " learning@northwind.example ");
        set("organisation.name", "Northwind");

        Settings settings = reader.current();

        assertThat(settings.trickleDownPolicy()).isEqualTo(TrickleDownPolicy.LENIENT);
        assertThat(settings.gateMode()).isEqualTo(GateMode.BLOCK);
        assertThat(settings.reinforcementWindow()).isEqualTo(ReinforcementWindow.ofDays(21));
        assertThat(settings.refresherReminders()).isFalse();
        assertThat(settings.mailSender()).isEqualTo("learning@northwind.example");
        assertThat(settings.organisationName()).isEqualTo("Northwind");
    }

    @Test
    void shouldReadAnUnreadableValueAsItsDefault() {
        set("trickle-down.policy", "MOSTLY");
        set("gate.mode", "SOMETIMES");
        set("reinforcement.window-days", "a month");
        set("organisation.name", "  ");

        Settings settings = reader.current();

        assertThat(settings.trickleDownPolicy()).isEqualTo(TrickleDownPolicy.STRICT);
        assertThat(settings.gateMode()).isEqualTo(GateMode.WARN);
        assertThat(settings.reinforcementWindow()).isEqualTo(ReinforcementWindow.DEFAULT);
        assertThat(settings.organisationName()).isEqualTo("Cascade");

        set("reinforcement.window-days", "-3");
        assertThat(reader.current().reinforcementWindow()).as("a negative window")
                .isEqualTo(ReinforcementWindow.DEFAULT);
    }

    @Test
    void shouldReadAMissingRowAsItsDefault() {
        for (String name : new String[] {"trickle-down.policy", "gate.mode", "reinforcement.window-days",
                "refresher.reminders", "mail.from", "organisation.name"}) {
            remove(name);
        }

        Settings settings = reader.current();

        assertThat(settings.trickleDownPolicy()).isEqualTo(TrickleDownPolicy.STRICT);
        assertThat(settings.gateMode()).isEqualTo(GateMode.WARN);
        assertThat(settings.reinforcementWindow().days()).isEqualTo(30);
        assertThat(settings.refresherReminders()).isTrue();
        assertThat(settings.mailSender()).as("the configured cascade.mail.from").isEqualTo("training@cascade.example");
        assertThat(settings.organisationName()).isEqualTo("Cascade");
    }
}
