package io.cascade.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import io.cascade.CascadeSpringTest;
import io.cascade.base.MutableClock;
import io.cascade.scheduling.AttendanceStatus;
import io.cascade.scheduling.EnrolmentService;
import io.cascade.scheduling.RollCallEntry;
import io.cascade.scheduling.SchedulingService;
import io.cascade.scheduling.SessionAudience;
import io.cascade.scheduling.SessionDetails;
import io.cascade.scheduling.SessionDraft;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

@CascadeSpringTest
@WithUserDetails("trainer")
class SessionViewsTest extends SpringBrowserlessTest {

    @Autowired
    SchedulingService scheduling;
    @Autowired
    EnrolmentService enrolment;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    long publishedCourse() {
        return jdbc.sql("select id from course where code = 'SVC-100'").query(Long.class).single();
    }

    SessionEditorView editor(String id) {
        return AopTestUtils.getUltimateTargetObject(navigate(SessionEditorView.class, Map.of("sessionId", id)));
    }

    SessionDetails scheduleInDays(int days, int capacity) {
        LocalDateTime start = LocalDateTime.now(ZoneId.systemDefault()).plusDays(days).truncatedTo(ChronoUnit.HOURS)
                .plusMinutes(System.nanoTime() % 50);
        return scheduling.scheduleSession(new SessionDraft(publishedCourse(), start, 60,
                ZoneId.systemDefault().getId().contains("/") ? ZoneId.systemDefault().getId() : "Europe/London",
                "Browserless Room", null, capacity, 5L, Set.of(), SessionAudience.MIXED, null));
    }

    @Test
    void shouldShowThisWeeksSessionsInTheAgendaAndFilterThemByCourseAndTrainer() {
        // today is next Wednesday at noon, so a session an hour from now is in this week's agenda
        LocalDateTime noon = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY)).atTime(12, 0);
        clock.pinAt(noon.atZone(ZoneId.systemDefault()).toInstant());
        LocalDateTime start = noon.plusHours(1);
        SessionDetails session = scheduling.scheduleSession(new SessionDraft(publishedCourse(), start, 30,
                ZoneId.systemDefault().getId(), "Browserless Room", null, 5, 5L, Set.of(), SessionAudience.MIXED,
                null));
        SessionsView view = AopTestUtils.getUltimateTargetObject(navigate(SessionsView.class));

        assertThat(view.tabs.getSelectedTab()).isEqualTo(view.week);
        assertThat(find(Div.class).withClassName("agenda-session").all())
                .anySatisfy(card -> assertThat(card.getElement().getTextRecursively())
                        .contains(session.courseTitle()).contains("Browserless Room"));
        test(view.agenda.course).selectItem(view.agenda.course.getListDataView().getItems()
                .filter(course -> course.id() != publishedCourse()).findFirst().orElseThrow().title());
        assertThat(find(Div.class).withClassName("agenda-session").all())
                .noneSatisfy(card -> assertThat(card.getElement().getTextRecursively()).contains("Browserless Room"));
        test(view.agenda.trainer).selectItem(session.trainerName());
        test(view.agenda.course).selectItem(session.courseTitle());
        assertThat(find(Div.class).withClassName("agenda-session").all())
                .anySatisfy(card -> assertThat(card.getElement().getTextRecursively()).contains("Browserless Room"));
    }

    @Test
    void shouldRefuseAPastStartAtTheFieldAndSaveNothing() {
        long before = jdbc.sql("select count(*) from class_session").query(Long.class).single();
        SessionEditorView view = editor("new");
        test(view.course).selectItem(view.course.getListDataView().getItems().findFirst().orElseThrow().title());
        view.start.setValue(LocalDateTime.now().minusDays(2));
        test(view.location).setValue("Room 4");

        test(view.save).click();

        assertThat(view.start.isInvalid()).isTrue();
        assertThat(view.start.getErrorMessage()).isEqualTo("A new session must start in the future");
        assertThat(jdbc.sql("select count(*) from class_session").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAMalformedLinkAndAMissingPlaceAtTheirFields() {
        SessionEditorView view = editor("new");
        test(view.course).selectItem(view.course.getListDataView().getItems().findFirst().orElseThrow().title());
        test(view.onlineUrl).setValue("teams/meeting");

        test(view.save).click();

        assertThat(view.onlineUrl.isInvalid()).isTrue();
        assertThat(view.onlineUrl.getErrorMessage()).isEqualTo("Enter a web address starting with https://");
        test(view.onlineUrl).setValue("");
        test(view.save).click();
        assertThat(view.location.isInvalid()).isTrue();
        assertThat(view.location.getErrorMessage()).isEqualTo("Give a place, an online link, or both");
    }

    @Test
    void shouldScheduleAManagersOnlySessionPrefilledFromTheRollout() {
        long department = jdbc.sql("select min(id) from department").query(Long.class).single();
        UI.getCurrent().navigate("sessions/new", QueryParameters.fromString("course=" + publishedCourse()
                + "&audience=MANAGERS&departments=" + department));
        SessionEditorView view = AopTestUtils.getUltimateTargetObject(getCurrentView());
        assertThat(view.audience.getValue()).isEqualTo(SessionAudience.MANAGERS);
        assertThat(view.departments.getValue()).extracting(node -> node.id()).containsExactly(department);
        test(view.location).setValue("Board room");

        test(view.save).click();

        SessionEditorView saved = AopTestUtils.getUltimateTargetObject(getCurrentView());
        assertThat(saved.heading.getText()).startsWith(view.course.getValue().title());
        assertThat(saved.status.getText()).isEqualTo("0 / 12 seats taken");
    }

    @Test
    void shouldRefuseTheSecondTrainersSaveWithAClearMessage() {
        SessionDetails session = scheduleInDays(30, 5);
        SessionEditorView first = editor(String.valueOf(session.id()));
        scheduling.updateSession(session.id(), session.version(), new SessionDraft(session.courseId(),
                session.localStart(), 60, session.timeZone(), "Moved by a colleague", null, 5, 5L, Set.of(),
                SessionAudience.MIXED, null));

        test(first.capacity).setValue(8);
        test(first.save).click();

        assertThat(first.formError.getText()).contains("Someone else changed this session");
        assertThat(scheduling.findSession(session.id()).orElseThrow().capacity()).isEqualTo(5);
    }

    @Test
    void shouldTakeTheRollOfASessionThatHasStarted() {
        SessionDetails session = scheduleInDays(40, 5);
        long attendee = jdbc.sql("select min(id) from person where active = true").query(Long.class).single();
        enrolment.enrol(session.id(), attendee, "test");
        jdbc.sql("update class_session set starts_at = :past where id = :id")
                .param("past", LocalDateTime.now(ZoneId.of("UTC")).minus(Duration.ofMinutes(20)))
                .param("id", session.id()).update();
        SessionEditorView view = editor(String.valueOf(session.id()));
        RollCallPanel roll = find(RollCallPanel.class).single();

        test(roll.markAllPresent).click();

        assertThat(enrolment.rollCall(session.id())).extracting(RollCallEntry::attendance)
                .containsExactly(AttendanceStatus.PRESENT);
        assertThat(find(Select.class).all()).isNotEmpty();
        assertThat(view.heading.getText()).isNotBlank();
    }
}
