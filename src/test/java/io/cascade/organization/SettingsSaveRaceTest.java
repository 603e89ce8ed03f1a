package io.cascade.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeSpringTest;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    PlatformTransactionManager transactions;

    Settings original;

    static void signInAsAdmin(String name) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                name, null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    @AfterEach
    void putTheSettingsBack() {
        if (original != null) {
            signInAsAdmin("race-admin");
            Settings now = settings.current();
            settings.update(new Settings(original.trickleDownPolicy(), original.gateMode(),
                    original.reinforcementWindow(), original.refresherReminders(), original.mailSender(),
                    original.organisationName(), original.language(), now.version()));
        }
        SecurityContextHolder.clearContext();
    }

    static Settings withWindow(Settings seen, int days) {
        return new Settings(seen.trickleDownPolicy(), seen.gateMode(), ReinforcementWindow.ofDays(days),
                seen.refresherReminders(),
                seen.mailSender(), seen.organisationName(), seen.language(), seen.version());
    }

    @Test
    void twoAdminsSavingTheSameSettingsAtOnceCannotBothWin() throws Exception {
        signInAsAdmin("race-admin");
        original = settings.current();
        Settings seen = original;

        CountDownLatch firstSaved = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        // the first admin's save has checked and written, but not yet committed
        Future<?> first = pool.submit(() -> {
            signInAsAdmin("first-admin");
            try {
                new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    settings.update(withWindow(seen, 21));
                    firstSaved.countDown();
                    try {
                        firstMayCommit.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
            return null;
        });
        assertThat(firstSaved.await(30, TimeUnit.SECONDS)).isTrue();
        Future<Exception> second = pool.submit(() -> {
            signInAsAdmin("second-admin");
            try {
                settings.update(withWindow(seen, 45));
                return null;
            } catch (RuntimeException e) {
                return e;
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        Thread.sleep(1000);
        firstMayCommit.countDown();
        first.get(60, TimeUnit.SECONDS);
        Exception refusal = second.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(refusal).isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(jdbc.sql("select value from app_setting where name = 'reinforcement.window-days'")
                .query(String.class).single()).as("the first save stands").isEqualTo("21");
    }

    @Test
    void aSettingSavedForTheFirstTimeStillMovesTheVersionOn() {
        signInAsAdmin("race-admin");
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
