package io.cascade.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
@Import(SchedulingFixtures.class)
@WithMockUser(username = "trainer", roles = "TRAINER")
class SessionSchedulingTest {

    @Autowired
    SchedulingService scheduling;
    @Autowired
    EnrolmentService enrolment;
    @Autowired
    SchedulingFixtures fixtures;

    static SessionDraft with(SessionDraft draft, UnaryOperator<SessionDraft> change) {
        return change.apply(draft);
    }

    @Test
    void shouldScheduleASessionAtTheWallClockTimeOfItsZone() {
        long course = fixtures.freshCourse();
        LocalDateTime start = SchedulingFixtures.farFuture();
        var draft = new SessionDraft(course, start, 120, "America/New_York", null, "https://meet.example.com/abc", 12,
                5L, Set.of(), SessionAudience.MANAGERS, "Bring a case");

        SessionDetails session = scheduling.scheduleSession(draft);

        assertThat(session.startsAt()).isEqualTo(start.atZone(ZoneId.of("America/New_York")).toInstant());
        assertThat(session.localStart()).isEqualTo(start);
        assertThat(session.onlineUrl()).isEqualTo("https://meet.example.com/abc");
        assertThat(session.trainerName()).isNotBlank();
        assertThat(session.audience()).isEqualTo(SessionAudience.MANAGERS);
        assertThat(scheduling.findSession(session.id())).contains(session);
    }

    @Test
    void shouldCreateOneSessionPerWeekOfARecurringSeries() {
        long course = fixtures.freshCourse();
        LocalDateTime firstTuesday = SchedulingFixtures.farFuture().with(java.time.temporal.TemporalAdjusters
                .next(DayOfWeek.TUESDAY));

        List<SessionDetails> series = scheduling.scheduleSeries(SchedulingFixtures.draft(course, firstTuesday, 8), 6,
                1);

        assertThat(series).hasSize(6).extracting(SessionDetails::localStart)
                .allSatisfy(start -> assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY))
                .containsExactly(firstTuesday, firstTuesday.plusWeeks(1), firstTuesday.plusWeeks(2),
                        firstTuesday.plusWeeks(3), firstTuesday.plusWeeks(4), firstTuesday.plusWeeks(5));
        assertThat(series).extracting(SessionDetails::id).doesNotHaveDuplicates();
    }

    @Test
    void shouldRefuseEachBadInputNamingItsFieldAndSaveNothing() {
        long course = fixtures.freshCourse();
        SessionDraft good = SchedulingFixtures.draft(course, SchedulingFixtures.farFuture(), 5);
        record Case(String field, SessionDraft draft) {
        }
        List<Case> cases = List.of(
                new Case("start", new SessionDraft(course, LocalDateTime.now().minusDays(1), 90, "Europe/London",
                        "Room", null, 5, null, Set.of(), SessionAudience.MIXED, null)),
                new Case("durationMinutes", new SessionDraft(course, good.start(), 0, "Europe/London", "Room", null,
                        5, null, Set.of(), SessionAudience.MIXED, null)),
                new Case("location", new SessionDraft(course, good.start(), 90, "Europe/London", " ", "", 5, null,
                        Set.of(), SessionAudience.MIXED, null)),
                new Case("onlineUrl", new SessionDraft(course, good.start(), 90, "Europe/London", null,
                        "meet.example.com/abc", 5, null, Set.of(), SessionAudience.MIXED, null)),
                new Case("capacity", new SessionDraft(course, good.start(), 90, "Europe/London", "Room", null, 0,
                        null, Set.of(), SessionAudience.MIXED, null)),
                new Case("timeZone", new SessionDraft(course, good.start(), 90, "Mars/Olympus", "Room", null, 5,
                        null, Set.of(), SessionAudience.MIXED, null)),
                new Case("courseId", new SessionDraft(null, good.start(), 90, "Europe/London", "Room", null, 5,
                        null, Set.of(), SessionAudience.MIXED, null)));
        long before = scheduling.agenda(new AgendaFilter(Instant.now().minus(Duration.ofDays(2)),
                Instant.now().plus(Duration.ofDays(365 * 30)), null, course, null)).size();

        for (Case bad : cases) {
            assertThatThrownBy(() -> scheduling.scheduleSession(bad.draft())).as(bad.field())
                    .isInstanceOfSatisfying(SessionRejectedException.class,
                            e -> assertThat(e.field()).isEqualTo(bad.field()));
        }
        assertThat(scheduling.agenda(new AgendaFilter(Instant.now().minus(Duration.ofDays(2)),
                Instant.now().plus(Duration.ofDays(365 * 30)), null, course, null))).hasSize((int) before);
    }

    @Test
    void shouldRefuseACapacityBelowTheEnrolledCount() {
        long course = fixtures.freshCourse();
        SessionDetails session = scheduling.scheduleSession(SchedulingFixtures.draft(course,
                SchedulingFixtures.farFuture(), 5));
        fixtures.activePeople(3).stream().limit(3)
                .forEach(person -> enrolment.enrol(session.id(), person, "test"));
        SessionDetails current = scheduling.findSession(session.id()).orElseThrow();
        SessionDraft smaller = new SessionDraft(course, current.localStart(), 90, "Europe/London", "Room 1", null, 2,
                null, Set.of(), SessionAudience.MIXED, null);

        assertThatThrownBy(() -> scheduling.updateSession(session.id(), current.version(), smaller))
                .isInstanceOfSatisfying(SessionRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo("capacity");
                    assertThat(e.getMessage()).startsWith("3 people are enrolled already");
                });
        assertThat(scheduling.findSession(session.id()).orElseThrow().capacity()).isEqualTo(5);
    }

    @Test
    void shouldRefuseTheSecondOfTwoTrainersSavingTheSameSession() {
        long course = fixtures.freshCourse();
        SessionDetails opened = scheduling.scheduleSession(SchedulingFixtures.draft(course,
                SchedulingFixtures.farFuture(), 5));
        SessionDraft first = new SessionDraft(course, opened.localStart(), 90, "Europe/London", "Room A", null, 6,
                null, Set.of(), SessionAudience.MIXED, null);
        SessionDraft second = new SessionDraft(course, opened.localStart(), 90, "Europe/London", "Room B", null, 7,
                null, Set.of(), SessionAudience.MIXED, null);

        scheduling.updateSession(opened.id(), opened.version(), first);

        assertThatThrownBy(() -> scheduling.updateSession(opened.id(), opened.version(), second))
                .isInstanceOf(SessionChangedException.class).hasMessageContaining("Someone else changed this session");
        assertThat(scheduling.findSession(opened.id()).orElseThrow().location()).isEqualTo("Room A");
    }

    @Test
    void shouldWarnWhenATrainerOrAnAttendeeIsDoubleBooked() {
        long course = fixtures.freshCourse();
        LocalDateTime start = SchedulingFixtures.farFuture();
        var draft = new SessionDraft(course, start, 120, "Europe/London", "Room 1", null, 5, 5L, Set.of(),
                SessionAudience.MIXED, null);
        SessionDetails first = scheduling.scheduleSession(draft);
        var overlapping = new SessionDraft(course, start.plusMinutes(60), 60, "Europe/London", "Room 2", null, 5, 5L,
                Set.of(), SessionAudience.MIXED, null);
        assertThat(scheduling.trainerConflicts(overlapping, null)).singleElement()
                .satisfies(conflict -> assertThat(conflict.otherSessionId()).isEqualTo(first.id()));
        SessionDetails second = scheduling.scheduleSession(overlapping);
        long attendee = fixtures.activePeople(1).getFirst();
        enrolment.enrol(first.id(), attendee, "test");
        enrolment.enrol(second.id(), attendee, "test");

        assertThat(scheduling.conflicts(second.id())).extracting(SessionConflict::kind)
                .containsExactlyInAnyOrder(SessionConflict.Kind.TRAINER, SessionConflict.Kind.ATTENDEE);
        var later = new SessionDraft(course, start.plusMinutes(120), 60, "Europe/London", "Room 2", null, 5, 5L,
                Set.of(), SessionAudience.MIXED, null);
        assertThat(scheduling.trainerConflicts(later, null)).isEmpty();
    }

    @Test
    void shouldKeepEnrolmentsOfACancelledSessionAndShowItCancelled() {
        long course = fixtures.freshCourse();
        SessionDetails session = scheduling.scheduleSession(SchedulingFixtures.draft(course,
                SchedulingFixtures.farFuture(), 5));
        enrolment.enrol(session.id(), fixtures.activePeople(1).getFirst(), "test");

        assertThatThrownBy(() -> scheduling.cancelSession(session.id(), " "))
                .isInstanceOfSatisfying(SessionRejectedException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        SessionDetails cancelled = scheduling.cancelSession(session.id(), "Trainer ill");

        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.cancelReason()).isEqualTo("Trainer ill");
        assertThat(cancelled.enrolledCount()).isEqualTo(1);
        assertThat(enrolment.rollCall(session.id())).hasSize(1);
        assertThat(scheduling.agenda(new AgendaFilter(cancelled.startsAt(), cancelled.endsAt(), null, course, null)))
                .singleElement().satisfies(item -> assertThat(item.cancelled()).isTrue());
    }

    @Test
    void shouldFilterTheAgendaByTrainerCourseAndDepartment() {
        long course = fixtures.freshCourse();
        long department = fixtures.departmentWithManagersAndStaff();
        LocalDateTime start = SchedulingFixtures.farFuture();
        var forDepartment = new SessionDraft(course, start, 60, "Europe/London", "Room", null, 5, 5L,
                Set.of(department), SessionAudience.MANAGERS, null);
        SessionDetails mine = scheduling.scheduleSession(forDepartment);
        scheduling.scheduleSession(SchedulingFixtures.draft(course, start.plusDays(1), 5));
        Instant from = mine.startsAt().minus(Duration.ofHours(1));
        Instant to = mine.startsAt().plus(Duration.ofDays(3));

        assertThat(scheduling.agenda(new AgendaFilter(from, to, null, course, null))).hasSize(2);
        assertThat(scheduling.agenda(new AgendaFilter(from, to, 5L, course, null))).extracting(SessionListItem::id)
                .containsExactly(mine.id());
        assertThat(scheduling.agenda(new AgendaFilter(from, to, null, course, department)))
                .extracting(SessionListItem::id).containsExactly(mine.id());
    }

    @Test
    @WithMockUser(roles = "EMPLOYEE")
    void shouldRefuseSchedulingToEmployees() {
        assertThatThrownBy(() -> scheduling.scheduleSession(SchedulingFixtures.draft(1L,
                SchedulingFixtures.farFuture(), 5))).isInstanceOf(AccessDeniedException.class);
    }
}
