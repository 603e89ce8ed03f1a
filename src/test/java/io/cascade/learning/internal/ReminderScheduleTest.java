package io.cascade.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.cascade.CascadeSpringTest;
import io.cascade.SignIn;
import io.cascade.base.mail.SendsMailToTestServer;
import io.cascade.base.mail.TestMailServer;
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
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.core.context.SecurityContextHolder;

/** The daily job: scheduled by cron, and able to send as the system with nobody signed in. */
@CascadeSpringTest
@SendsMailToTestServer
@Import(ReminderFixtures.class)
class ReminderScheduleTest {

    @RegisterExtension
    static GreenMailExtension greenMail = TestMailServer.start();

    @Autowired
    ScheduledTaskHolder scheduler;

    @Autowired
    ReminderService reminders;

    @Autowired
    ReminderFixtures fixtures;

    @Autowired
    SignIn signIn;

    long overdue;

    @BeforeEach
    void someoneOverdue() {
        fixtures.course(12);
        overdue = fixtures.person("Nils", "STAFF", null);
        fixtures.completed(overdue, ZonedDateTime.now(ZoneOffset.UTC).minusMonths(13).toInstant());
        signIn.out();
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
