package io.cascade.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import io.cascade.audit.AuditTrail;
import io.cascade.scheduling.EnrolmentOutcome;
import io.cascade.scheduling.EnrolmentService;
import io.cascade.scheduling.EnrolmentStatus;
import io.cascade.scheduling.GateException;
import io.cascade.scheduling.JoinableSession;
import io.cascade.scheduling.PersonSessionItem;
import io.cascade.scheduling.SchedulingService;
import io.cascade.scheduling.SessionRejectedException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Emma (staff, Front Office) finds the classes of her courses she can join, and joins one past the gate. */
@CascadeSpringTest
@Transactional
@Import(LearnerFixtures.class)
@WithUserDetails("employee")
class JoinClassTest {

    @Autowired
    LearnerFixtures fixtures;

    @Autowired
    LearningService learning;

    @Autowired
    SchedulingService scheduling;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @BeforeEach
    void theCourse() {
        fixtures.course();
    }

    /** The classes of the fixture course that Emma may join (other courses' classes are left out). */
    List<Long> joinable() {
        return learning.classesICanJoin().stream().filter(session -> session.courseId() == fixtures.courseId)
                .map(JoinableSession::sessionId).toList();
    }

    @Test
    void shouldListUpcomingClassesMeantForMyDepartmentItsParentsOrEverybody() {
        long front = fixtures.departmentOf("employee");
        long hotels = fixtures.parentOf(front);
        long housekeeping = jdbc.sql("select id from department where parent_id = :p and id <> :f order by id "
                + "limit 1").param("p", hotels).param("f", front).query(Long.class).single();
        long forEverybody = fixtures.classIn(20, "MIXED", 10);
        long forMyDepartment = fixtures.classIn(21, "STAFF", 10, front);
        long forMyDivision = fixtures.classIn(22, "MIXED", 10, hotels);
        long forAnotherDepartment = fixtures.classIn(23, "MIXED", 10, housekeeping);
        long managersOnly = fixtures.classIn(24, "MANAGERS", 10);
        long cancelled = fixtures.classIn(25, "MIXED", 10);
        jdbc.sql("update class_session set cancelled_at = current_timestamp, cancel_reason = 'Trainer ill' "
                + "where id = :id").param("id", cancelled).update();
        long past = fixtures.classIn(-2, "MIXED", 10);

        assertThat(joinable()).containsExactly(forEverybody, forMyDepartment, forMyDivision)
                .doesNotContain(forAnotherDepartment, managersOnly, cancelled, past);
    }

    @Test
    void shouldShowSeatsLeftAndWhenOnlyTheWaitlistIsLeft() {
        long roomy = fixtures.classIn(20, "MIXED", 3);
        long full = fixtures.classIn(21, "MIXED", 1);
        fixtures.enrol(roomy, fixtures.personId("manager"), "ENROLLED", null);
        fixtures.enrol(full, fixtures.personId("manager"), "ENROLLED", null);

        List<JoinableSession> sessions = learning.classesICanJoin().stream()
                .filter(session -> session.courseId() == fixtures.courseId).toList();

        assertThat(sessions).extracting(JoinableSession::sessionId).containsExactly(roomy, full);
        assertThat(sessions.get(0).seatsLeft()).isEqualTo(2);
        assertThat(sessions.get(0).full()).isFalse();
        assertThat(sessions.get(1).full()).isTrue();
        assertThat(sessions.get(0).location()).isEqualTo("Room 5");
        assertThat(sessions.get(0).courseTitle()).isEqualTo("Calm on the Phone");
    }

    @Test
    void shouldLeaveOutCoursesOfTheOtherTrack() {
        fixtures.classIn(20, "MIXED", 10);
        jdbc.sql("update course set audience = 'LEADERSHIP' where id = :id").param("id", fixtures.courseId).update();

        assertThat(joinable()).isEmpty();
    }

    @Test
    void shouldJoinAClassAndThenFindItInMyUpcomingClassesInsteadOfTheJoinList() {
        fixtures.trainManagersOf("employee");
        long first = fixtures.classIn(20, "STAFF", 10);
        long second = fixtures.classIn(27, "STAFF", 10);
        assertThat(joinable()).containsExactly(first, second);

        EnrolmentOutcome outcome = learning.joinClass(first);

        assertThat(outcome.status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(learning.myLearning().upcomingClasses()).filteredOn(c -> c.sessionId() == first)
                .singleElement().extracting(PersonSessionItem::status).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(joinable()).as("neither the class I am in nor another class of the same course").isEmpty();
    }

    @Test
    void shouldNotOfferAnotherClassOfACourseIAttendedUntilMyRefresherFallsDue() {
        fixtures.trainManagersOf("employee");
        long attended = fixtures.classYesterdayWith("employee");
        fixtures.markAttendance(attended, "employee", "PRESENT");
        long nextMonth = fixtures.classIn(30, "STAFF", 10);

        assertThat(joinable()).as("trained yesterday, no refresher").doesNotContain(nextMonth);

        jdbc.sql("update course set refresher_months = 12 where id = :id").param("id", fixtures.courseId).update();
        assertThat(joinable()).as("refresher due in a year").doesNotContain(nextMonth);

        jdbc.sql("update course set refresher_months = 1 where id = :id").param("id", fixtures.courseId).update();
        assertThat(joinable()).as("refresher due within 90 days of the class").contains(nextMonth);

        fixtures.markAttendance(attended, "employee", "ABSENT");
        jdbc.sql("update course set refresher_months = null where id = :id").param("id", fixtures.courseId).update();
        assertThat(joinable()).as("absent is not trained").contains(nextMonth);
    }

    @Test
    void shouldPutMeOnTheWaitlistOfAFullClassAndStillOfferTheOthers() {
        fixtures.trainManagersOf("employee");
        long full = fixtures.classIn(20, "MIXED", 1);
        long later = fixtures.classIn(27, "MIXED", 10);
        fixtures.enrol(full, fixtures.personId("manager"), "ENROLLED", null);

        EnrolmentOutcome outcome = learning.joinClass(full);

        assertThat(outcome.status()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(outcome.waitlistPosition()).isEqualTo(1);
        assertThat(joinable()).as("a waitlisted learner may still take a seat in another class").containsExactly(later);
    }

    @Test
    void shouldRefuseBeforeMyManagersAreTrainedSayingWhoGoesFirstAndSaveNothing() {
        fixtures.gateMode("BLOCK");
        long session = fixtures.classIn(20, "STAFF", 10);
        List<String> managers = fixtures.managersOf("employee");

        assertThatThrownBy(() -> learning.joinClass(session)).isInstanceOfSatisfying(GateException.class, e -> {
            assertThat(e.getMessage()).contains("Calm on the Phone").contains(managers)
                    .doesNotContain("ask a trainer");
            assertThat(e.managersFirst()).containsExactlyInAnyOrderElementsOf(managers);
        });
        assertThat(jdbc.sql("select count(*) from enrolment where session_id = :s").param("s", session)
                .query(Long.class).single()).isZero();
    }

    @Test
    void shouldTellMeWhomToAskWhenTheGateOnlyWarns() {
        fixtures.gateMode("WARN");
        long session = fixtures.classIn(20, "STAFF", 10);

        assertThatThrownBy(() -> learning.joinClass(session)).isInstanceOf(GateException.class)
                .hasMessageContaining("ask a trainer");
    }

    @Test
    void shouldRefuseToJoinAClassThatIsNotOpenToMe() {
        long front = fixtures.departmentOf("employee");
        long elsewhere = jdbc.sql("""
                select d.id from department d, department mine where mine.id = :f
                and mine.tree_path not like concat(d.tree_path, '%') order by d.id limit 1""")
                .param("f", front).query(Long.class).single();
        long notForMe = fixtures.classIn(20, "MIXED", 10, elsewhere);

        assertThatThrownBy(() -> learning.joinClass(notForMe)).isInstanceOf(SessionRejectedException.class)
                .hasMessageContaining("not open to you");
    }

    @Test
    void shouldNotShowAnotherPersonsJoinableClasses() {
        assertThatThrownBy(() -> scheduling.joinableSessionsOf(fixtures.personId("manager")))
                .isInstanceOf(AccessDeniedException.class);
    }

    long anotherDepartment() {
        return jdbc.sql("""
                select d.id from department d, department mine where mine.id = :f
                and mine.tree_path not like concat(d.tree_path, '%') order by d.id limit 1""")
                .param("f", fixtures.departmentOf("employee")).query(Long.class).single();
    }

    @Test
    void enrollingMyselfInAClassOfTheOtherTrackIsRefusedByTheEnrolmentService() {
        fixtures.trainManagersOf("employee");
        long session = fixtures.classIn(20, "MIXED", 10);
        jdbc.sql("update course set audience = 'LEADERSHIP' where id = :id").param("id", fixtures.courseId).update();

        assertThatThrownBy(() -> enrolment.enrolMe(session)).isInstanceOf(SessionRejectedException.class)
                .hasMessageContaining("not part of your track");
        assertThat(seats(session)).isZero();
    }

    @Test
    void enrollingMyselfInAClassMeantForAnotherDepartmentIsRefusedByTheEnrolmentService() {
        fixtures.trainManagersOf("employee");
        long session = fixtures.classIn(20, "MIXED", 10, anotherDepartment());

        assertThatThrownBy(() -> enrolment.enrolMe(session)).isInstanceOf(SessionRejectedException.class)
                .hasMessageContaining("meant for other departments");
        assertThat(seats(session)).isZero();
    }

    @Test
    void enrollingMyselfInAClassMeantForMyDivisionIsAuditedAsMyOwnEnrolment() {
        fixtures.trainManagersOf("employee");
        long session = fixtures.classIn(20, "MIXED", 10, fixtures.parentOf(fixtures.departmentOf("employee")));

        enrolment.enrolMe(session);

        var entry = audit.last("Enrolment", "session " + session + ", person "
                + fixtures.personId("employee"), "ENROL_SELF");
        assertThat(entry.actor()).isEqualTo("employee");
        assertThat(entry.summary()).contains("Enrolled Emma Lindqvist in Calm on the Phone");
    }

    @Test
    void leavingAClassIsAudited() {
        long session = fixtures.classIn(20, "MIXED", 10);
        fixtures.enrol(session, fixtures.personId("employee"), "ENROLLED", null);

        learning.leaveClass(session);

        var entry = audit.last("Enrolment", "session " + session + ", person "
                + fixtures.personId("employee"), "WITHDRAW");
        assertThat(entry.actor()).isEqualTo("employee");
        assertThat(entry.summary()).contains("Withdrew Emma Lindqvist");
    }

    @Test
    void leavingAClassThatHasStartedIsRefusedAndNobodyIsPromoted() {
        long started = fixtures.classIn(0, "MIXED", 1);
        jdbc.sql("update class_session set starts_at = :t where id = :id")
                .param("t", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(10))
                .param("id", started).update();
        fixtures.enrol(started, fixtures.personId("employee"), "ENROLLED", null);
        fixtures.enrol(started, fixtures.personId("manager"), "WAITLISTED", 1);

        assertThatThrownBy(() -> learning.leaveClass(started)).isInstanceOf(SessionRejectedException.class)
                .hasMessageContaining("has started");
        assertThat(statusOf(started, "employee")).isEqualTo("ENROLLED");
        assertThat(statusOf(started, "manager")).as("nobody promoted into a class under way").isEqualTo("WAITLISTED");
    }

    @Test
    void leavingACancelledClassIsRefusedAndNobodyIsPromoted() {
        long cancelled = fixtures.classIn(20, "MIXED", 1);
        fixtures.enrol(cancelled, fixtures.personId("employee"), "ENROLLED", null);
        fixtures.enrol(cancelled, fixtures.personId("manager"), "WAITLISTED", 1);
        jdbc.sql("update class_session set cancelled_at = current_timestamp, cancel_reason = 'Trainer ill' "
                + "where id = :id").param("id", cancelled).update();

        assertThatThrownBy(() -> learning.leaveClass(cancelled)).isInstanceOf(SessionRejectedException.class)
                .hasMessageContaining("cancelled");
        assertThat(statusOf(cancelled, "employee")).isEqualTo("ENROLLED");
        assertThat(statusOf(cancelled, "manager")).isEqualTo("WAITLISTED");
    }

    long seats(long session) {
        return jdbc.sql("select count(*) from enrolment where session_id = :s").param("s", session)
                .query(Long.class).single();
    }

    String statusOf(long session, String username) {
        return jdbc.sql("select status from enrolment where session_id = :s and person_id = :p")
                .param("s", session).param("p", fixtures.personId(username)).query(String.class).single();
    }
}
