package io.cascade.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.cascade.CascadeSpringTest;
import io.cascade.security.CurrentUser;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

@CascadeSpringTest
@Transactional
@Import(SchedulingFixtures.class)
@WithUserDetails("trainer")
class CalendarServiceTest {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Autowired
    CalendarService calendar;
    @Autowired
    SchedulingService scheduling;
    @Autowired
    EnrolmentService enrolment;
    @Autowired
    SchedulingFixtures fixtures;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String value(Calendar calendar, String property) {
        return calendar.getProperty(property).map(Property::getValue).orElse(null);
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    SessionDetails managersSession(long course) {
        return fixtures.upcomingSession(course, 10);
    }

    @Test
    void shouldInviteAttendeesWithAStableUidAndASequenceThatGrowsWhenTheSessionMoves() throws Exception {
        long course = fixtures.freshCourse();
        SessionDetails session = managersSession(course);
        long manager = fixtures.managersOf(fixtures.departmentWithManagersAndStaff()).getFirst();
        enrolment.enrol(session.id(), manager, null);

        Calendar invitation = parse(calendar.sessionInvitation(session.id()));

        assertThat(value(invitation, "METHOD")).isEqualTo("REQUEST");
        VEvent event = invitation.<VEvent>getComponents().getFirst();
        assertThat(value(event, "UID")).isEqualTo("session-" + session.id() + "@cascade");
        assertThat(value(event, "SUMMARY")).isEqualTo(session.courseTitle());
        assertThat(value(event, "DTSTART")).isEqualTo(UTC.format(session.startsAt()));
        assertThat(value(event, "DTEND")).isEqualTo(UTC.format(session.endsAt()));
        assertThat(value(event, "LOCATION")).isEqualTo("Room 1");
        String managerEmail = fixtures.jdbc.sql("select email from person where id = :id").param("id", manager)
                .query(String.class).single();
        assertThat(event.<Property>getProperties("ATTENDEE").stream().map(Property::getValue).toList())
                .containsExactly("mailto:" + managerEmail);
        assertThat(value(event, "ORGANIZER")).startsWith("mailto:");
        int sequence = Integer.parseInt(value(event, "SEQUENCE"));

        SessionDraft moved = session.toDraft();
        SessionDetails updated = scheduling.updateSession(session.id(), session.version(),
                new SessionDraft(moved.courseId(), moved.start().plusHours(2), moved.durationMinutes(),
                        moved.timeZone(), moved.location(), moved.onlineUrl(), moved.capacity(), moved.trainerId(),
                        moved.departmentIds(), moved.audience(), moved.notes()));
        fixtures.entityManager.flush();
        VEvent changed = parse(calendar.sessionInvitation(session.id())).<VEvent>getComponents().getFirst();

        assertThat(value(changed, "UID")).isEqualTo(value(event, "UID"));
        assertThat(Integer.parseInt(value(changed, "SEQUENCE"))).isGreaterThan(sequence);
        assertThat(value(changed, "DTSTART")).isEqualTo(UTC.format(updated.startsAt()));
    }

    @Test
    void shouldSendACancellationForACancelledSession() throws Exception {
        SessionDetails session = managersSession(fixtures.freshCourse());
        scheduling.cancelSession(session.id(), "Trainer ill");
        fixtures.entityManager.flush();

        Calendar cancellation = parse(calendar.sessionInvitation(session.id()));

        assertThat(value(cancellation, "METHOD")).isEqualTo("CANCEL");
        VEvent event = cancellation.<VEvent>getComponents().getFirst();
        assertThat(value(event, "UID")).isEqualTo("session-" + session.id() + "@cascade");
        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
    }

    @Test
    void shouldServeMySessionsAtMySecretAddressWithoutLoginAndForgetReplacedOrRevokedAddresses() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        SessionDetails session = managersSession(fixtures.freshCourse());
        enrolment.enrol(session.id(), currentUser.requirePersonId(), null);
        CalendarLink link = calendar.regenerateMyCalendarLink();
        assertThat(calendar.myCalendarLinkCreatedAt()).isPresent();

        MockHttpServletResponse response = fetch(http, link.path());
        assertThat(response.getContentType()).startsWith("text/calendar");
        String feed = response.getContentAsString();
        Calendar subscription = parse(feed);
        assertThat(value(subscription, "METHOD")).isEqualTo("PUBLISH");
        assertThat(subscription.<VEvent>getComponents()).extracting(event -> value(event, "UID"))
                .contains("session-" + session.id() + "@cascade");

        CalendarLink replaced = calendar.regenerateMyCalendarLink();
        assertThat(status(http, link.path())).isEqualTo(404);
        assertThat(status(http, replaced.path())).isEqualTo(200);
        calendar.revokeMyCalendarLink();
        assertThat(status(http, replaced.path())).isEqualTo(404);
        assertThat(status(http, "/calendar/" + "0".repeat(40) + ".ics")).isEqualTo(404);
        assertThat(calendar.myCalendarLinkCreatedAt()).isEmpty();
    }

    @Test
    void calendarFeedStopsWhenItsOwnerLeavesOrIsLockedAndComesBackWhenLetIn() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        long me = currentUser.requirePersonId();
        CalendarLink link = calendar.regenerateMyCalendarLink();
        assertThat(status(http, link.path())).isEqualTo(200);

        jdbc.sql("update user_account set locked = true where person_id = :me").param("me", me).update();
        assertThat(status(http, link.path())).as("locked").isEqualTo(404);
        jdbc.sql("update user_account set locked = false, enabled = false where person_id = :me").param("me", me)
                .update();
        assertThat(status(http, link.path())).as("disabled").isEqualTo(404);
        jdbc.sql("update user_account set enabled = true where person_id = :me").param("me", me).update();
        assertThat(status(http, link.path())).as("let back in").isEqualTo(200);

        jdbc.sql("update person set active = false where id = :me").param("me", me).update();
        assertThat(status(http, link.path())).as("left").isEqualTo(404);
    }

    @Test
    void calendarFeedTokenIsStoredOnlyAsItsHash() {
        CalendarLink link = calendar.regenerateMyCalendarLink();

        String stored = jdbc.sql("select token from calendar_feed where person_id = :me")
                .param("me", currentUser.requirePersonId()).query(String.class).single();
        assertThat(stored).isNotEqualTo(link.token()).doesNotContain(link.token()).matches("[0-9a-f]{64}");
        assertThat(calendar.feed(stored)).as("the stored value opens nothing").isEmpty();
        assertThat(calendar.feed(link.token())).isPresent();
    }

    private static int status(MockMvc http, String path) throws Exception {
        return fetch(http, path).getStatus();
    }

    /** A calendar app's request: no login. The test's own sign-in is restored afterwards. */
    private static MockHttpServletResponse fetch(MockMvc http, String path) throws Exception {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        try {
            return http.perform(get(path).with(anonymous())).andReturn().getResponse();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(signedIn);
        }
    }
}
