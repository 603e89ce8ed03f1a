package io.cascade.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeSpringTest;
import io.cascade.audit.AuditTrail;
import io.cascade.audit.AuditTrail.Entry;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Scheduling, rescheduling and cancelling a class, and who is enrolled, withdrawn or promoted, are audited. */
@CascadeSpringTest
@Transactional
@Import(SchedulingFixtures.class)
@WithMockUser(username = "session-planner", roles = "TRAINER")
class SchedulingAuditTest {

    @Autowired
    SchedulingService scheduling;
    @Autowired
    EnrolmentService enrolment;
    @Autowired
    SchedulingFixtures fixtures;
    @Autowired
    AuditTrail audit;

    long course;

    @BeforeEach
    void aPublishedCourse() {
        course = fixtures.freshCourse();
    }

    static void byThePlanner(Entry entry, String summaryPart) {
        assertThat(entry.actor()).isEqualTo("session-planner");
        assertThat(entry.summary()).contains(summaryPart);
    }

    static String enrolmentOf(long sessionId, long personId) {
        return "session " + sessionId + ", person " + personId;
    }

    @Test
    void schedulingASessionRecordsWhoScheduledWhichSession() {
        SessionDetails session = scheduling.scheduleSession(SchedulingFixtures.draft(course,
                SchedulingFixtures.farFuture(), 10));

        Entry entry = audit.last("Class session", session.id(), "SCHEDULE");
        byThePlanner(entry, "Scheduled Test Course, ");
        assertThat(entry.before()).isNull();
        assertThat(entry.after()).contains("\"capacity\":10", "\"location\":\"Room 1\"");
    }

    @Test
    void reschedulingASessionRecordsTheOldAndTheNewTime() {
        LocalDateTime start = SchedulingFixtures.farFuture();
        SessionDetails session = scheduling.scheduleSession(SchedulingFixtures.draft(course, start, 10));

        scheduling.updateSession(session.id(), session.version(), SchedulingFixtures.draft(course,
                start.plusDays(1), 10));

        Entry entry = audit.last("Class session", session.id(), "RESCHEDULE");
        byThePlanner(entry, "Rescheduled Test Course");
        assertThat(entry.before()).contains(session.startsAt().toString());
        assertThat(entry.after()).doesNotContain(session.startsAt().toString());
    }

    @Test
    void editingASessionWithoutMovingItIsRecordedAsAnUpdate() {
        LocalDateTime start = SchedulingFixtures.farFuture();
        SessionDetails session = scheduling.scheduleSession(SchedulingFixtures.draft(course, start, 10));

        scheduling.updateSession(session.id(), session.version(), SchedulingFixtures.draft(course, start, 12));

        Entry entry = audit.last("Class session", session.id(), "UPDATE");
        byThePlanner(entry, "Edited Test Course");
        assertThat(entry.before()).contains("\"capacity\":10");
        assertThat(entry.after()).contains("\"capacity\":12");
    }

    @Test
    void cancellingASessionRecordsTheReason() {
        SessionDetails session = scheduling.scheduleSession(SchedulingFixtures.draft(course,
                SchedulingFixtures.farFuture(), 10));

        scheduling.cancelSession(session.id(), "Trainer ill");

        Entry entry = audit.last("Class session", session.id(), "CANCEL");
        byThePlanner(entry, "Trainer ill");
        assertThat(entry.before()).doesNotContain("Trainer ill");
        assertThat(entry.after()).contains("\"cancelReason\":\"Trainer ill\"");
    }

    @Test
    void enrollingAPersonRecordsWhomInWhichSessionAndTheGateOverride() {
        SessionDetails session = scheduling.scheduleSession(SchedulingFixtures.draft(course,
                SchedulingFixtures.farFuture(), 10));
        long person = fixtures.activePeople(1).getFirst();

        enrolment.enrol(session.id(), person, "Covering for a colleague");

        Entry entry = audit.last("Enrolment", enrolmentOf(session.id(), person), "ENROL");
        byThePlanner(entry, "Enrolled ");
        assertThat(entry.summary()).contains("Test Course");
        assertThat(entry.after()).contains("\"status\":\"ENROLLED\"", "\"personId\":" + person);
    }

    @Test
    void enrollingADepartmentRecordsEveryoneEnrolled() {
        SessionDetails session = scheduling.scheduleSession(new SessionDraft(course, SchedulingFixtures.farFuture(),
                90, "Europe/London", "Room 1", null, 100, null, Set.of(), SessionAudience.MIXED, null));
        long department = fixtures.departmentWithManagersAndStaff();

        List<EnrolmentOutcome> outcomes = enrolment.enrolDepartment(session.id(), department, "Whole team");

        assertThat(outcomes).isNotEmpty().allSatisfy(outcome -> byThePlanner(audit.last("Enrolment",
                enrolmentOf(session.id(), outcome.personId()), "ENROL"), outcome.personName()));
    }

    @Test
    void withdrawingSomeoneRecordsItAndWhoGotTheSeatFromTheWaitlist() {
        SessionDetails session = scheduling.scheduleSession(SchedulingFixtures.draft(course,
                SchedulingFixtures.farFuture(), 1));
        List<Long> people = fixtures.activePeople(2);
        people.forEach(person -> enrolment.enrol(session.id(), person, "test"));

        enrolment.withdraw(session.id(), people.get(0));

        Entry withdrawn = audit.last("Enrolment", enrolmentOf(session.id(), people.get(0)), "WITHDRAW");
        byThePlanner(withdrawn, "Withdrew ");
        assertThat(withdrawn.before()).contains("\"status\":\"ENROLLED\"");
        assertThat(withdrawn.after()).contains("\"status\":\"WITHDRAWN\"");
        Entry promoted = audit.last("Enrolment", enrolmentOf(session.id(), people.get(1)), "PROMOTE");
        byThePlanner(promoted, "Seated from the waitlist");
    }
}
