package io.cascade.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import io.cascade.audit.AuditEntry;
import io.cascade.audit.AuditLog;
import io.cascade.audit.AuditQuery;
import io.cascade.scheduling.internal.ClassSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
@Import(SchedulingFixtures.class)
@WithMockUser(username = "trainer", roles = "TRAINER")
class AttendanceTest {

    @Autowired
    EnrolmentService enrolment;
    @Autowired
    SchedulingFixtures fixtures;
    @Autowired
    AuditLog auditLog;

    ClassSession sessionWith(Instant startsAt, List<Long> people) {
        return fixtures.pastSession(fixtures.freshCourse(), startsAt, SessionAudience.MIXED, people, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    io.cascade.base.MutableClock testClock;

    AttendanceStatus attendanceOf(long sessionId, long personId) {
        return enrolment.rollCall(sessionId).stream().filter(entry -> entry.personId() == personId).findFirst()
                .orElseThrow().attendance();
    }

    @Test
    void shouldMarkEachAttendeeAndMarkTheRestPresentAtOnce() {
        // marked on the class's own day (a mark on a later day is an audited change): noon, not near midnight
        Instant noon = java.time.LocalDate.now(java.time.ZoneOffset.UTC).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
        testClock.pinAt(noon);
        List<Long> people = fixtures.activePeople(3);
        ClassSession session = sessionWith(noon.minus(Duration.ofMinutes(30)), people);

        enrolment.markAttendance(session.getId(), people.get(0), AttendanceStatus.LATE, "Traffic");
        int marked = enrolment.markAllPresent(session.getId());

        assertThat(marked).isEqualTo(2);
        assertThat(attendanceOf(session.getId(), people.get(0))).isEqualTo(AttendanceStatus.LATE);
        assertThat(attendanceOf(session.getId(), people.get(1))).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(enrolment.rollCall(session.getId()).stream().filter(e -> e.personId() == people.get(0))
                .findFirst().orElseThrow().note()).isEqualTo("Traffic");
        assertThat(enrolment.attendanceChanges(session.getId())).isEmpty();
    }

    @Test
    void shouldRecordWhoChangedAttendanceAfterTheSessionDay() {
        List<Long> people = fixtures.activePeople(1);
        ClassSession session = sessionWith(Instant.now().minus(Duration.ofDays(3)), people);
        enrolment.markAttendance(session.getId(), people.getFirst(), AttendanceStatus.ABSENT, null);

        enrolment.markAttendance(session.getId(), people.getFirst(), AttendanceStatus.EXCUSED, "Doctor's note");

        assertThat(enrolment.attendanceChanges(session.getId())).hasSize(2).first().satisfies(change -> {
            assertThat(change.changedBy()).isEqualTo("trainer");
            assertThat(change.from()).isEqualTo(AttendanceStatus.ABSENT);
            assertThat(change.to()).isEqualTo(AttendanceStatus.EXCUSED);
        });
    }

    @Test
    void shouldAddAWalkInAsPresent() {
        List<Long> people = fixtures.activePeople(2);
        ClassSession session = sessionWith(Instant.now().minus(Duration.ofMinutes(10)), people.subList(0, 1));

        enrolment.addWalkIn(session.getId(), people.get(1));

        assertThat(enrolment.rollCall(session.getId())).filteredOn(RollCallEntry::walkIn).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.personId()).isEqualTo(people.get(1));
                    assertThat(entry.attendance()).isEqualTo(AttendanceStatus.PRESENT);
                });
        assertThatThrownBy(() -> enrolment.addWalkIn(session.getId(), people.get(0)))
                .isInstanceOf(SessionRejectedException.class).hasMessageContaining("Already on the roll");
    }

    @Test
    void shouldRefuseAttendanceBeforeTheSessionStarts() {
        List<Long> people = fixtures.activePeople(1);
        SessionDetails future = fixtures.upcomingSession(fixtures.freshCourse(), 3);
        enrolment.enrol(future.id(), people.getFirst(), "test");

        assertThatThrownBy(() -> enrolment.markAttendance(future.id(), people.getFirst(), AttendanceStatus.PRESENT,
                null)).hasMessage("Attendance is taken once the session has started");
    }

    @Test
    @WithMockUser(username = "audited-trainer", roles = {"TRAINER", "ADMIN"})
    void shouldAuditEveryMarkAndWalkInWithWhoAndBeforeAndAfter() {
        List<Long> people = fixtures.activePeople(4);
        ClassSession session = sessionWith(Instant.parse("2024-03-05T09:00:00Z"), people.subList(0, 3));
        String course = fixtures.jdbc.sql("select title from course where id = :id")
                .param("id", session.getCourseId()).query(String.class).single();

        enrolment.markAttendance(session.getId(), people.get(0), AttendanceStatus.ABSENT, null);
        enrolment.markAttendance(session.getId(), people.get(0), AttendanceStatus.EXCUSED, "Doctor's note");
        enrolment.markAttendance(session.getId(), people.get(0), AttendanceStatus.EXCUSED, "Doctor's note");
        enrolment.markAllPresent(session.getId());
        enrolment.addWalkIn(session.getId(), people.get(3));

        List<AuditEntry> entries = auditLog.search(new AuditQuery("audited-trainer", "Attendance",
                "session " + session.getId() + ",", null, null), 0, 20).reversed();
        assertThat(entries).extracting(AuditEntry::action, AuditEntry::entityId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MARK", "session " + session.getId() + ", person " + people.get(0)),
                org.assertj.core.groups.Tuple.tuple("MARK", "session " + session.getId() + ", person " + people.get(0)),
                org.assertj.core.groups.Tuple.tuple("MARK", "session " + session.getId() + ", person " + people.get(1)),
                org.assertj.core.groups.Tuple.tuple("MARK", "session " + session.getId() + ", person " + people.get(2)),
                org.assertj.core.groups.Tuple.tuple("WALK_IN", "session " + session.getId() + ", person "
                        + people.get(3)));
        assertThat(entries.get(0).summary()).startsWith("Attendance of ").contains(" in " + course
                + ", 2024-03-05 09:00 (Europe/London): not marked → ABSENT");
        assertThat(entries.get(0).before()).isNull();
        assertThat(entries.get(1).summary()).endsWith(": ABSENT → EXCUSED");
        assertThat(entries.get(1).before()).contains("\"attendance\":\"ABSENT\"");
        assertThat(entries.get(1).after()).contains("\"attendance\":\"EXCUSED\"").contains("Doctor's note");
        assertThat(entries.get(4).summary()).startsWith("Walk-in: ").endsWith(", not on the roll → PRESENT");
        assertThat(entries.get(4).after()).contains("\"walkIn\":true").contains("\"attendance\":\"PRESENT\"");
    }
}
