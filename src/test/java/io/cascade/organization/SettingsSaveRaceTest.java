package io.cascade.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeSpringTest;
import io.cascade.Race;
import io.cascade.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two admins who opened the same settings save at the same moment, each in their own transaction on their own
 * thread, on the real MariaDB. Not transactional itself; the settings are put back afterwards.
 */
@CascadeSpringTest
class SettingsSaveRaceTest {

    @Autowired
    SettingsService settings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignIn signIn;
    @Autowired
    Race race;

    Settings original;

    @AfterEach
    void putTheSettingsBack() {
        if (original != null) {
            signIn.as("admin");
            Settings now = settings.current();
            settings.update(new Settings(original.trickleDownPolicy(), original.gateMode(),
                    original.reinforcementWindow(), original.refresherReminders(), original.mailSender(),
                    original.organisationName(), original.language(), now.version()));
        }
    }

    static Settings withWindow(Settings seen, int days) {
        return new Settings(seen.trickleDownPolicy(), seen.gateMode(), ReinforcementWindow.ofDays(days),
                seen.refresherReminders(),
                seen.mailSender(), seen.organisationName(), seen.language(), seen.version());
    }

    @Test
    void twoAdminsSavingTheSameSettingsAtOnceCannotBothWin() throws Exception {
        signIn.as("admin");
        original = settings.current();
        Settings seen = original;

        // the first admin's save has checked and written, but not yet committed, when the second saves
        Exception refusal = race.secondWhileFirstIsOpen("admin", () -> settings.update(withWindow(seen, 21)),
                () -> settings.update(withWindow(seen, 45)));

        assertThat(refusal).isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(jdbc.sql("select value from app_setting where name = 'reinforcement.window-days'")
                .query(String.class).single()).as("the first save stands").isEqualTo("21");
    }

    @Test
    void aSettingSavedForTheFirstTimeStillMovesTheVersionOn() {
        signIn.as("admin");
        original = settings.current();
        jdbc.sql("delete from app_setting where name = 'refresher.reminders'").update();
        Settings seen = settings.current();

        Settings saved = settings.update(new Settings(seen.trickleDownPolicy(), seen.gateMode(),
                seen.reinforcementWindow(), !seen.refresherReminders(), seen.mailSender(),
                seen.organisationName(), seen.language(), seen.version()));

        assertThat(saved.version()).isGreaterThan(seen.version());
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> settings.update(withWindow(seen, 60))))
                .isInstanceOf(ConcurrentChangeException.class);
    }
}
