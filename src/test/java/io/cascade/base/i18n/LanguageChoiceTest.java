package io.cascade.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeSpringTest;
import io.cascade.organization.Settings;
import io.cascade.organization.SettingsService;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** A page opens in the person's own language, else their browser's, else the organisation's. */
@CascadeSpringTest
@WithUserDetails("employee")
class LanguageChoiceTest {

    private static final List<Locale> JAPANESE_THEN_CANADIAN_FRENCH = List.of(Locale.JAPANESE, Locale.CANADA_FRENCH);

    @Autowired
    LanguageInstaller installer;
    @Autowired
    LanguagePreferences preferences;
    @Autowired
    SettingsService settings;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetTheChoice() {
        jdbc.sql("update user_account set language = null where username = 'employee'").update();
    }

    @Test
    void aPageOpensInTheFirstLanguageOfTheBrowserThatCascadeSpeaks() {
        assertThat(installer.choose(JAPANESE_THEN_CANADIAN_FRENCH)).isEqualTo(Language.FRENCH);
    }

    @Test
    void aPersonsOwnChoiceWinsOverTheirBrowser() {
        preferences.choose(Language.GERMAN);

        assertThat(installer.choose(JAPANESE_THEN_CANADIAN_FRENCH)).isEqualTo(Language.GERMAN);
        assertThat(jdbc.sql("select language from user_account where username = 'employee'").query(String.class)
                .single()).isEqualTo("de");
    }

    @Test
    @WithUserDetails("admin")
    void aBrowserAskingForNoLanguageCascadeSpeaksGetsTheOrganisationsDefault() {
        Settings before = settings.current();
        try {
            settings.update(new Settings(before.trickleDownPolicy(), before.gateMode(), before.reinforcementWindow(),
                    before.refresherReminders(), before.mailSender(), before.organisationName(), Language.SPANISH,
                    before.version()));

            assertThat(installer.choose(List.of(Locale.JAPANESE))).isEqualTo(Language.SPANISH);
            assertThat(installer.choose(List.of())).isEqualTo(Language.SPANISH);
        } finally {
            Settings now = settings.current();
            settings.update(new Settings(now.trickleDownPolicy(), now.gateMode(), now.reinforcementWindow(),
                    now.refresherReminders(), now.mailSender(), now.organisationName(), before.language(),
                    now.version()));
        }
    }
}
