package io.cascade.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.cascade.CascadeSpringTest;
import io.cascade.OrganisationRows;
import io.cascade.base.mail.SendsMailToTestServer;
import io.cascade.base.mail.TestMailServer;
import io.cascade.catalog.CourseFixtures;
import io.cascade.organization.Settings;
import io.cascade.organization.SettingsService;
import io.cascade.scheduling.internal.SessionMailer;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Mail after each committed change, received by a GreenMail SMTP server (no test transaction: mail goes on commit). */
@CascadeSpringTest
@SendsMailToTestServer
@WithMockUser(username = "trainer", roles = "TRAINER")
class SessionMailTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @RegisterExtension
    static GreenMailExtension greenMail = TestMailServer.start();

    @Autowired
    SchedulingService scheduling;
    @Autowired
    EnrolmentService enrolment;
    @Autowired
    CourseFixtures courseFixtures;
    @Autowired
    SessionMailer mailer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SettingsService settings;

    /** The courses this test made: committed, so removed after it (published for everybody, they would be assigned). */
    final List<Long> coursesMade = new ArrayList<>();

    /** A mail as the recipient reads it: addressee, subject, text and the calendar attachment decoded. */
    record Received(String to, String subject, String text, String calendar) {
    }

    @AfterEach
    void removeTheCourses() {
        coursesMade.forEach(new OrganisationRows(jdbc)::removeCourse);
    }

    SessionDetails session(int capacity) {
        long course = courseFixtures.publishedCourse("ML-" + System.nanoTime() % 100_000_000, "Mail Course "
                + SEQUENCE.incrementAndGet());
        coursesMade.add(course);
        LocalDateTime start = LocalDateTime.now().plusYears(30).plusMinutes(System.nanoTime() % 500_000)
                .truncatedTo(ChronoUnit.MINUTES);
        return scheduling.scheduleSession(new SessionDraft(course, start, 90, "Europe/London", "Room 7", null,
                capacity, null, Set.of(), SessionAudience.MANAGERS, null));
    }

    /** Active managers: the gate never stops them, so enrolment is plain. */
    List<Long> managers(int count) {
        return jdbc.sql("select id from person where active = true and level = 'MANAGER' order by id limit :n")
                .param("n", count).query(Long.class).list();
    }

    String email(long personId) {
        return jdbc.sql("select email from person where id = :id").param("id", personId).query(String.class)
                .single();
    }

    List<Received> received(int expected) throws Exception {
        assertThat(greenMail.waitForIncomingEmail(5000, expected)).as("%d mails arrive", expected).isTrue();
        List<Received> mails = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            var text = new StringBuilder();
            var calendar = new StringBuilder();
            collect(message, text, calendar);
            mails.add(new Received(Arrays.toString(message.getRecipients(Message.RecipientType.TO))
                    .replaceAll("[\\[\\]]", ""), message.getSubject(), text.toString(), calendar.toString()));
        }
        return mails;
    }

    private static void collect(Part part, StringBuilder text, StringBuilder calendar) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, text, calendar);
            }
        } else if (part.isMimeType("text/calendar")) {
            calendar.append(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        }
    }

    @Test
    void shouldMailAnInvitationWithTheCalendarFileWhenSomeoneGetsASeat() throws Exception {
        SessionDetails session = session(5);
        long manager = managers(1).getFirst();

        enrolment.enrol(session.id(), manager, null);

        assertThat(received(1)).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo(email(manager));
            assertThat(mail.subject()).startsWith("Invitation: " + session.courseTitle());
            assertThat(mail.text()).contains("You have a seat").contains("Room 7").contains("90 minutes");
            assertThat(mail.calendar()).contains("METHOD:REQUEST").contains("UID:session-" + session.id() + "@cascade");
        });
    }

    @Test
    void shouldTellEveryAttendeeWhenTheSessionMovesAndWhenItIsCancelled() throws Exception {
        SessionDetails session = session(5);
        List<Long> attendees = managers(2);
        attendees.forEach(person -> enrolment.enrol(session.id(), person, null));
        received(2);
        greenMail.purgeEmailFromAllMailboxes();

        SessionDraft draft = session.toDraft();
        SessionDetails moved = scheduling.updateSession(session.id(), session.version(), new SessionDraft(
                draft.courseId(), draft.start(), draft.durationMinutes(), draft.timeZone(), "Room 9", null,
                draft.capacity(), null, Set.of(), draft.audience(), null));

        assertThat(received(2)).extracting(Received::to)
                .containsExactlyInAnyOrder(email(attendees.get(0)), email(attendees.get(1)));
        assertThat(received(2)).allSatisfy(mail -> {
            assertThat(mail.subject()).startsWith("Changed: " + session.courseTitle());
            assertThat(mail.text()).contains("Room 9");
            assertThat(mail.calendar()).contains("METHOD:REQUEST").contains("SEQUENCE:" + moved.version());
        });
        greenMail.purgeEmailFromAllMailboxes();

        scheduling.cancelSession(session.id(), "The trainer is ill");

        assertThat(received(2)).allSatisfy(mail -> {
            assertThat(mail.subject()).startsWith("Cancelled: " + session.courseTitle());
            assertThat(mail.text()).contains("The trainer is ill");
            assertThat(mail.calendar()).contains("METHOD:CANCEL").contains("STATUS:CANCELLED");
        });
    }

    @Test
    void shouldTellTheFirstOnTheWaitlistThatASeatCameFree() throws Exception {
        SessionDetails session = session(1);
        List<Long> people = managers(2);
        enrolment.enrol(session.id(), people.get(0), null);
        assertThat(enrolment.enrol(session.id(), people.get(1), null).status()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(received(1)).extracting(Received::to).containsExactly(email(people.get(0)));
        greenMail.purgeEmailFromAllMailboxes();

        enrolment.withdraw(session.id(), people.get(0));

        assertThat(received(1)).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo(email(people.get(1)));
            assertThat(mail.subject()).startsWith("A seat came free: " + session.courseTitle());
            assertThat(mail.calendar()).contains("METHOD:REQUEST");
        });
    }

    @Test
    @WithMockUser(username = "trainer-and-admin", roles = {"TRAINER", "ADMIN"})
    void shouldSendFromTheSenderChosenInSettings() throws Exception {
        String saved = jdbc.sql("select value from app_setting where name = 'mail.from'").query(String.class)
                .optional().orElse(null);
        try {
            Settings current = settings.current();
            settings.update(new Settings(current.trickleDownPolicy(), current.gateMode(),
                    current.reinforcementWindow(), current.refresherReminders(), "learning@northwind.example",
                    current.organisationName(), current.language(), current.version()));
            SessionDetails session = session(5);
            long manager = managers(1).getFirst();

            enrolment.enrol(session.id(), manager, null);

            assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
            MimeMessage mail = greenMail.getReceivedMessages()[0];
            assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("learning@northwind.example");
            var calendar = new StringBuilder();
            collect(mail, new StringBuilder(), calendar);
            assertThat(calendar.toString().replaceAll("\\r\\n ", "")).as("the organiser, when there is no trainer")
                    .contains("mailto:learning@northwind.example");
        } finally {
            if (saved == null) {
                jdbc.sql("delete from app_setting where name = 'mail.from'").update();
            } else {
                jdbc.sql("update app_setting set value = :value where name = 'mail.from'").param("value", saved)
                        .update();
            }
        }
    }

    @Test
    void shouldSendFromTheConfiguredAddressUntilSettingsChooseOne() throws Exception {
        String saved = jdbc.sql("select value from app_setting where name = 'mail.from'").query(String.class)
                .optional().orElse(null);
        jdbc.sql("delete from app_setting where name = 'mail.from'").update();
        try {
            SessionDetails session = session(5);

            enrolment.enrol(session.id(), managers(1).getFirst(), null);

            assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
            assertThat(greenMail.getReceivedMessages()[0].getFrom()).extracting(Object::toString)
                    .containsExactly("training@cascade.example");
        } finally {
            if (saved != null) {
                jdbc.sql("insert into app_setting (name, value) values ('mail.from', :value)").param("value", saved)
                        .update();
            }
        }
    }

    @Test
    void shouldWriteToEachAttendeeInTheLanguageTheyChose() throws Exception {
        long manager = jdbc.sql("""
                select p.id from person p join user_account a on a.person_id = p.id
                where p.active = true and p.level = 'MANAGER' order by p.id limit 1""").query(Long.class).single();
        String chosen = jdbc.sql("select language from user_account where person_id = :id").param("id", manager)
                .query(String.class).optional().orElse(null);
        jdbc.sql("update user_account set language = 'de' where person_id = :id").param("id", manager).update();
        try {
            SessionDetails session = session(5);

            enrolment.enrol(session.id(), manager, null);

            assertThat(received(1)).singleElement().satisfies(mail -> {
                assertThat(mail.subject()).startsWith("Einladung: " + session.courseTitle() + ", ")
                        .contains(" um ").contains(" Uhr (Europe/London)");
                assertThat(mail.text()).startsWith("Guten Tag ")
                        .contains("Sie sind für diesen Schulungstermin angemeldet.").contains("90 Minuten")
                        .contains("Wo: Room 7").doesNotContain("When:");
            });
            greenMail.purgeEmailFromAllMailboxes();

            scheduling.cancelSession(session.id(), "Die Trainerin ist krank");

            assertThat(received(1)).singleElement().satisfies(mail -> {
                assertThat(mail.subject()).startsWith("Abgesagt: " + session.courseTitle());
                assertThat(mail.text()).contains("Dieser Schulungstermin ist abgesagt: Die Trainerin ist krank");
                assertThat(mail.calendar().replaceAll("\\r\\n ", ""))
                        .contains("DESCRIPTION:Abgesagt: Die Trainerin ist krank");
            });
        } finally {
            jdbc.sql("update user_account set language = :language where person_id = :id")
                    .param("language", chosen).param("id", manager).update();
        }
    }

    @Test
    void shouldRemindAttendeesTheDayBefore() throws Exception {
        SessionDetails session = session(5);
        long manager = managers(1).getFirst();
        enrolment.enrol(session.id(), manager, null);
        received(1);
        greenMail.purgeEmailFromAllMailboxes();

        int sent = mailer.remindSessionsStartingBetween(session.startsAt(), session.startsAt().plusSeconds(60));

        assertThat(sent).isEqualTo(1);
        assertThat(received(1)).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo(email(manager));
            assertThat(mail.subject()).startsWith("Reminder: " + session.courseTitle());
            assertThat(mail.text()).contains("your class is tomorrow");
        });
    }
}
