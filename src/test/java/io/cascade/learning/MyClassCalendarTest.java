package io.cascade.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import io.cascade.SignIn;
import io.cascade.scheduling.CalendarService;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** A learner adds one of their classes to their calendar with an .ics file, and nobody else's. */
@CascadeSpringTest
@Transactional
@Import(LearnerFixtures.class)
@WithUserDetails("employee")
class MyClassCalendarTest {

    @Autowired
    LearnerFixtures fixtures;
    @Autowired
    SignIn signIn;

    @Autowired
    CalendarService calendar;

    @BeforeEach
    void theCourse() {
        fixtures.course();
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void shouldGiveMeAnIcsOfAClassIHaveASeatInWithItsCourseStartAndPlace() throws Exception {
        long session = fixtures.classIn(20, "MIXED", 10);
        fixtures.enrol(session, fixtures.personId("employee"), "ENROLLED", null);

        Calendar file = new CalendarBuilder().build(new ByteArrayInputStream(calendar.myClassCalendar(session)));

        VEvent event = file.<VEvent>getComponents("VEVENT").getFirst();
        String start = LocalDate.now(ZoneOffset.UTC).plusDays(20).toString().replace("-", "") + "T090000Z";
        assertThat(file.getComponents("VEVENT")).hasSize(1);
        assertThat(value(event, "SUMMARY")).isEqualTo("Calm on the Phone");
        assertThat(value(event, "DTSTART")).isEqualTo(start);
        assertThat(value(event, "LOCATION")).isEqualTo("Room 5");
        assertThat(value(event, "UID")).isEqualTo("session-" + session + "@cascade");
        assertThat(file.getProperty("METHOD").map(Property::getValue)).hasValue("PUBLISH");
    }

    @Test
    void shouldRefuseTheIcsOfAClassIAmNotSeatedIn() {
        long someoneElses = fixtures.classIn(20, "MIXED", 10);
        fixtures.enrol(someoneElses, fixtures.personId("manager"), "ENROLLED", null);
        long waitlisted = fixtures.fullClassWaitlisting("employee");

        assertThatThrownBy(() -> calendar.myClassCalendar(someoneElses)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendar.myClassCalendar(waitlisted)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldRefuseAVisitorWhoIsNotSignedIn() {
        long session = fixtures.classIn(20, "MIXED", 10);
        fixtures.enrol(session, fixtures.personId("employee"), "ENROLLED", null);
        signIn.asVisitor();

        assertThatThrownBy(() -> calendar.myClassCalendar(session)).isInstanceOf(AccessDeniedException.class);
    }
}
