package io.cascade.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.cascade.CascadeSpringTest;
import io.cascade.learning.ReminderFixtures;
import io.cascade.learning.ReminderService;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/** The daily job: scheduled by cron, and able to send as the system with nobody signed in. */
@CascadeSpringTest
@TestPropertySource(properties = {"cascade.mail.transport=smtp", "spring.mail.host=127.0.0.1",
        "spring.mail.port=3095"})
class ReminderScheduleTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(3095, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    ScheduledTaskHolder scheduler;

    @Autowired
    ReminderService reminders;

    @Autowired
    JdbcClient jdbc;

    ReminderFixtures fixtures;
    long overdue;

    @BeforeEach
    void someoneOverdue() {
        fixtures = new ReminderFixtures(jdbc).course(12);
        overdue = fixtures.person("Nils", "STAFF", null);
        fixtures.completed(overdue, ZonedDateTime.now(ZoneOffset.UTC).minusMonths(13).toInstant());
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void removeIt() {
        fixtures.cleanUp();
    }

    long mailsToOverdue() throws Exception {
        String address = fixtures.email(overdue);
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.toString(message.getRecipients(Message.RecipientType.TO)).contains(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    @Test
    void shouldScheduleTheRemindersDailyAtSevenByDefault() {
        assertThat(scheduler.getScheduledTasks()).map(task -> task.getTask())
                .filteredOn(task -> task.toString().contains("ReminderSchedule.sendDueReminders"))
                .singleElement().isInstanceOfSatisfying(CronTask.class,
                        task -> assertThat(task.getExpression()).isEqualTo("0 0 7 * * *"));
    }

    @Test
    void shouldSendAsTheSystemWithNobodySignedInAndLeaveNobodySignedIn() throws Exception {
        new ReminderSchedule(reminders, true).sendDueReminders();

        assertThat(mailsToOverdue()).isEqualTo(1);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void shouldDoNothingWhenSwitchedOff() throws Exception {
        new ReminderSchedule(reminders, false).sendDueReminders();

        assertThat(mailsToOverdue()).isZero();
    }
}
