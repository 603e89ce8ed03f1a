package io.cascade.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.cascade.CascadeSpringTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/**
 * Reminder mails are written in each recipient's language: theirs when they chose one, else the organisation's. The
 * same real SMTP server (GreenMail) and committed rows as {@link ReminderMailTest}, which checks the English.
 */
@CascadeSpringTest
@TestPropertySource(properties = {"cascade.mail.transport=smtp", "spring.mail.host=127.0.0.1",
        "spring.mail.port=3095"})
@WithMockUser(username = "admin", roles = "ADMIN")
class ReminderMailLanguageTest {

    static final DateTimeFormatter GERMAN_DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(3095, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    ReminderService reminders;

    @Autowired
    JdbcClient jdbc;

    ReminderFixtures fixtures;
    final List<Long> accounts = new ArrayList<>();

    @BeforeEach
    void aRecurringCourse() {
        fixtures = new ReminderFixtures(jdbc).course(12);
    }

    @AfterEach
    void removeIt() {
        accounts.forEach(person -> jdbc.sql("delete from user_account where person_id = :p").param("p", person)
                .update());
        fixtures.cleanUp();
    }

    /** The person signs in to Cascade and chose {@code language} in their profile menu. */
    void chose(long personId, String language) {
        jdbc.sql("""
                insert into user_account (username, password_hash, person_id, created_at)
                values (:username, 'not-a-hash', :person, :now)""")
                .param("username", "reminded-" + personId).param("person", personId)
                .param("now", LocalDateTime.now(ZoneOffset.UTC)).update();
        accounts.add(personId);
        jdbc.sql("update user_account set language = :language where person_id = :p").param("language", language)
                .param("p", personId).update();
    }

    record Received(String subject, String text) {
    }

    List<Received> mailsTo(long personId) throws Exception {
        String address = fixtures.email(personId);
        List<Received> mails = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            String to = ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
            if (to.equals(address)) {
                mails.add(new Received(message.getSubject(), message.getContent().toString()));
            }
        }
        return mails;
    }

    @Test
    void shouldRemindSomeoneWhoChoseGermanInGerman() throws Exception {
        long greta = fixtures.person("Greta", "STAFF", null);
        Instant trained = ZonedDateTime.now(ZoneOffset.UTC).minusMonths(13).withHour(10).toInstant();
        fixtures.completed(greta, trained);
        chose(greta, "de");
        long olle = fixtures.person("Olle", "STAFF", null);
        fixtures.completed(olle, trained);
        String organisation = jdbc.sql("select value from app_setting where name = 'organisation.name'")
                .query(String.class).optional().orElse("Cascade");
        String dueOn = GERMAN_DAY.format(LocalDate.ofInstant(trained, ZoneOffset.UTC).plusMonths(12));

        reminders.sendDueReminders();

        assertThat(mailsTo(greta)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Auffrischung überfällig: " + fixtures.courseTitle + ", seit "
                    + dueOn);
            assertThat(mail.text()).startsWith("Hallo Greta,")
                    .contains("Ihre Auffrischung für " + fixtures.courseTitle + " war am " + dueOn + " fällig")
                    .contains("alle 12 Monate").endsWith("Schulungsteam " + organisation);
        });
        assertThat(mailsTo(olle)).as("in the organisation's language: English in the demo").singleElement()
                .satisfies(mail -> assertThat(mail.text()).startsWith("Hello Olle,"));
    }

    @Test
    void shouldListTheCheckInsOwedToAManagerWhoChoseGermanInGerman() throws Exception {
        long manager = fixtures.person("Hanna", "MANAGER", null);
        chose(manager, "de");
        long trained = fixtures.person("Till", "STAFF", manager);
        Instant trainedAt = Instant.now().minus(Duration.ofDays(3));
        fixtures.attended(trained, trainedAt);
        LocalDate trainedOn = LocalDate.ofInstant(trainedAt, ZoneOffset.UTC);

        reminders.sendDueReminders();

        assertThat(mailsTo(manager)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Nachgespräch fällig: " + fixtures.name(trained) + ", "
                    + fixtures.courseTitle);
            assertThat(mail.text()).startsWith("Hallo Hanna,")
                    .contains("Eine Person aus Ihrem Team wurde kürzlich geschult.")
                    .contains("- " + fixtures.name(trained) + ", " + fixtures.courseTitle + ": geschult am "
                            + GERMAN_DAY.format(trainedOn) + ", Nachgespräch bis "
                            + GERMAN_DAY.format(trainedOn.plusDays(fixtures.windowDays())))
                    .contains("unter „Mein Team“ in Cascade");
        });
    }
}
