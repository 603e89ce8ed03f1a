package io.cascade.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.cascade.CascadeSpringTest;
import io.cascade.base.mail.SendsMailToTestServer;
import io.cascade.base.mail.TestMailServer;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Refresher and check-in reminders through a real SMTP server (GreenMail). No test transaction: what was sent is
 * committed, as in production. The run covers the whole shared database, so the assertions look only at mails to
 * this test's own people.
 */
@CascadeSpringTest
@SendsMailToTestServer
@Import(ReminderFixtures.class)
@WithMockUser(username = "admin", roles = "ADMIN")
class ReminderMailTest {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @RegisterExtension
    static GreenMailExtension greenMail = TestMailServer.start();

    @Autowired
    ReminderService reminders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReminderFixtures fixtures;

    Optional<String> refresherSetting;
    Optional<String> senderSetting;

    /** A mail as its recipient reads it. */
    record Received(String to, String from, String subject, String text) {
    }

    @BeforeEach
    void aRecurringCourse() {
        fixtures.course(12);
        refresherSetting = setting("refresher.reminders");
        senderSetting = setting("mail.from");
    }

    @AfterEach
    void removeIt() {
        restore("refresher.reminders", refresherSetting);
        restore("mail.from", senderSetting);
        fixtures.cleanUp();
    }

    Optional<String> setting(String name) {
        return jdbc.sql("select value from app_setting where name = :n").param("n", name).query(String.class)
                .optional();
    }

    void set(String name, String value) {
        jdbc.sql("delete from app_setting where name = :n").param("n", name).update();
        jdbc.sql("insert into app_setting (name, value) values (:n, :v)").param("n", name).param("v", value).update();
    }

    void restore(String name, Optional<String> value) {
        jdbc.sql("delete from app_setting where name = :n").param("n", name).update();
        value.ifPresent(v -> set(name, v));
    }

    /** The mails received so far addressed to one of the given people. */
    List<Received> mailsTo(long... personIds) throws Exception {
        List<String> addresses = new ArrayList<>();
        for (long id : personIds) {
            addresses.add(fixtures.email(id));
        }
        List<Received> mails = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            String to = ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
            if (addresses.contains(to)) {
                mails.add(new Received(to, message.getFrom()[0].toString(), message.getSubject(),
                        message.getContent().toString()));
            }
        }
        return mails;
    }

    static Instant monthsAgo(int months, int plusDays) {
        return ZonedDateTime.now(ZoneOffset.UTC).minusMonths(months).plusDays(plusDays).withHour(10).toInstant();
    }

    static String day(Instant instant, int months) {
        return DAY.format(LocalDate.ofInstant(instant, ZoneOffset.UTC).plusMonths(months));
    }

    @Test
    void shouldRemindPeopleWhoseRefresherFallsDueWithinTwoWeeksOrIsOverdueOnce() throws Exception {
        long soon = fixtures.person("Sofia", "STAFF", null);
        Instant soonTrained = monthsAgo(12, 10);
        fixtures.completed(soon, soonTrained);
        long late = fixtures.person("Lars", "MANAGER", null);
        Instant lateTrained = monthsAgo(13, 0);
        fixtures.attended(late, lateTrained);
        long fresh = fixtures.person("Frida", "STAFF", null);
        fixtures.completed(fresh, monthsAgo(6, 0));
        long booked = fixtures.person("Bo", "STAFF", null);
        fixtures.completed(booked, monthsAgo(13, 0));
        fixtures.booked(booked, Instant.now().plus(Duration.ofDays(9)));

        ReminderRun first = reminders.sendDueReminders();

        assertThat(first.refresherRemindersOn()).isTrue();
        assertThat(mailsTo(soon)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Refresher due: " + fixtures.courseTitle + ", by "
                    + day(soonTrained, 12));
            assertThat(mail.text()).startsWith("Hello Sofia,").contains(fixtures.courseTitle)
                    .contains("is due on " + day(soonTrained, 12));
        });
        assertThat(mailsTo(late)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Refresher overdue: " + fixtures.courseTitle + ", since "
                    + day(lateTrained, 12));
            assertThat(mail.text()).contains("was due on " + day(lateTrained, 12));
        });
        assertThat(mailsTo(fresh, booked)).as("not due yet, or already booked on a class").isEmpty();

        reminders.sendDueReminders();

        assertThat(mailsTo(soon, late)).as("nothing twice").hasSize(2);
        assertThat(jdbc.sql("select count(*) from refresher_reminder where course_id = :c")
                .param("c", fixtures.courseId).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void shouldSendNoRefresherRemindersWhileTheSettingIsOff() throws Exception {
        set("refresher.reminders", "false");
        long overdue = fixtures.person("Olga", "STAFF", null);
        fixtures.completed(overdue, monthsAgo(13, 0));

        ReminderRun run = reminders.sendDueReminders();

        assertThat(run.refresherRemindersOn()).isFalse();
        assertThat(run.refresherMails()).isZero();
        assertThat(mailsTo(overdue)).isEmpty();

        set("refresher.reminders", "true");
        reminders.sendDueReminders();

        assertThat(mailsTo(overdue)).as("sent once the setting is back on").hasSize(1);
    }

    @Test
    void shouldListTheCheckInsAManagerOwesInOneMailAndNeverRepeatThem() throws Exception {
        long manager = fixtures.person("Maja", "MANAGER", null);
        long trained = fixtures.person("Tove", "STAFF", manager);
        Instant trainedAt = Instant.now().minus(Duration.ofDays(5));
        fixtures.attended(trained, trainedAt);
        long alsoTrained = fixtures.person("Axel", "STAFF", manager);
        fixtures.attended(alsoTrained, Instant.now().minus(Duration.ofDays(2)));
        long checkedIn = fixtures.person("Cleo", "STAFF", manager);
        fixtures.attended(checkedIn, Instant.now().minus(Duration.ofDays(3)));
        fixtures.checkIn(manager, checkedIn, LocalDate.now(ZoneOffset.UTC));
        long windowPassed = fixtures.person("Wilma", "STAFF", manager);
        fixtures.attended(windowPassed, Instant.now().minus(Duration.ofDays(fixtures.windowDays() + 3L)));
        int window = fixtures.windowDays();

        reminders.sendDueReminders();

        String dueBy = DAY.format(LocalDate.ofInstant(trainedAt, ZoneOffset.UTC).plusDays(window));
        assertThat(mailsTo(manager)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Check-ins due with your team (2)");
            assertThat(mail.text()).startsWith("Hello Maja,")
                    .contains("- " + fixtures.name(trained) + ", " + fixtures.courseTitle + ": trained "
                            + DAY.format(LocalDate.ofInstant(trainedAt, ZoneOffset.UTC)) + ", check in by " + dueBy)
                    .contains(fixtures.name(alsoTrained))
                    .doesNotContain(fixtures.name(checkedIn)).doesNotContain(fixtures.name(windowPassed));
        });
        assertThat(mailsTo(trained, alsoTrained)).as("the reminder goes to the manager only").isEmpty();

        long later = fixtures.person("Lina", "STAFF", manager);
        fixtures.attended(later, Instant.now().minus(Duration.ofDays(1)));
        reminders.sendDueReminders();

        assertThat(mailsTo(manager)).hasSize(2).last().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Check-in due: " + fixtures.name(later) + ", "
                    + fixtures.courseTitle);
            assertThat(mail.text()).doesNotContain(fixtures.name(trained));
        });
    }

    @Test
    void shouldSendFromTheSenderAndOrganisationInSettings() throws Exception {
        set("mail.from", "learning@northwind.example");
        long overdue = fixtures.person("Stig", "STAFF", null);
        fixtures.completed(overdue, monthsAgo(13, 0));
        String organisation = setting("organisation.name").orElse("Cascade");

        reminders.sendDueReminders();

        assertThat(mailsTo(overdue)).singleElement().satisfies(mail -> {
            assertThat(mail.from()).contains("learning@northwind.example").contains(organisation);
            assertThat(mail.text()).endsWith(organisation + " training");
        });
    }

    @Test
    void shouldTryAFailedMailAgainOnTheNextRun() throws Exception {
        long overdue = fixtures.person("Ebba", "STAFF", null);
        fixtures.completed(overdue, monthsAgo(13, 0));
        greenMail.stop();

        ReminderRun failed = reminders.sendDueReminders();

        assertThat(failed.failedMails()).isPositive();
        assertThat(jdbc.sql("select count(*) from refresher_reminder where person_id = :p").param("p", overdue)
                .query(Long.class).single()).as("released for the next run").isZero();

        greenMail.start();
        reminders.sendDueReminders();

        assertThat(mailsTo(overdue)).hasSize(1);
    }

    @Test
    @WithMockUser(username = "employee", roles = "EMPLOYEE")
    void shouldLetOnlyAdminsRunTheReminders() {
        assertThatThrownBy(() -> reminders.sendDueReminders()).isInstanceOf(AccessDeniedException.class);
    }
}
