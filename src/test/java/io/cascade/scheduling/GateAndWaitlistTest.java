package io.cascade.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import io.cascade.organization.AccountLookup;
import io.cascade.scheduling.internal.ClassSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
@Import(SchedulingFixtures.class)
@WithMockUser(username = "trainer", roles = "TRAINER")
class GateAndWaitlistTest {

    @Autowired
    SchedulingService scheduling;
    @Autowired
    EnrolmentService enrolment;
    @Autowired
    SchedulingFixtures fixtures;
    @Autowired
    AccountLookup accounts;
    @Autowired
    JdbcClient jdbc;

    /** The managers attended a past class of the course: they are trained. */
    void train(long course, List<Long> managers) {
        fixtures.pastSession(course, Instant.now().minus(Duration.ofDays(10)), SessionAudience.MANAGERS, managers,
                AttendanceStatus.PRESENT);
    }

    @Test
    void shouldWarnBeforeEnrollingStaffWhoseManagersAreNotTrainedAndRecordAnOverride() {
        long course = fixtures.freshCourse();
        long department = fixtures.departmentWithManagersAndStaff();
        long staff = fixtures.staffOf(department).getFirst();
        SessionDetails session = fixtures.upcomingStaffSession(course, 5);

        assertThatThrownBy(() -> enrolment.enrol(session.id(), staff, null))
                .isInstanceOfSatisfying(GateException.class, e -> {
                    assertThat(e.overridable()).isTrue();
                    assertThat(e.managersFirst()).hasSize(fixtures.managersOf(department).size());
                    assertThat(e.getMessage()).contains("Give a reason");
                });
        EnrolmentOutcome outcome = enrolment.enrol(session.id(), staff, "Covering the holiday rush");

        assertThat(outcome.status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(enrolment.rollCall(session.id())).singleElement()
                .satisfies(entry -> assertThat(entry.gateOverride()).isEqualTo("Covering the holiday rush"));
    }

    @Test
    void shouldOpenTheGateOnceAllManagersAreTrainedUnderTheStrictPolicy() {
        long course = fixtures.freshCourse();
        long department = fixtures.departmentWithManagersAndStaff();
        List<Long> managers = fixtures.managersOf(department);
        long staff = fixtures.staffOf(department).getFirst();
        SessionDetails session = fixtures.upcomingStaffSession(course, 5);

        train(course, managers.subList(0, managers.size() - 1));
        assertThatThrownBy(() -> enrolment.enrol(session.id(), staff, null)).isInstanceOf(GateException.class);

        train(course, managers.subList(managers.size() - 1, managers.size()));
        assertThat(enrolment.enrol(session.id(), staff, null).status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(enrolment.rollCall(session.id()).getFirst().gateOverride()).isNull();
    }

    @Test
    void shouldLetOneTrainedManagerOpenTheGateUnderTheLenientPolicy() {
        jdbc.sql("update app_setting set value = 'LENIENT' where name = 'trickle-down.policy'").update();
        long course = fixtures.freshCourse();
        long department = fixtures.departmentWithManagersAndStaff();
        train(course, fixtures.managersOf(department).subList(0, 1));

        assertThat(enrolment.enrol(fixtures.upcomingStaffSession(course, 5).id(),
                fixtures.staffOf(department).getFirst(), null).status()).isEqualTo(EnrolmentStatus.ENROLLED);
    }

    @Test
    void shouldBlockWithoutOverrideWhenTheAdminChoseBlock() {
        jdbc.sql("update app_setting set value = 'BLOCK' where name = 'gate.mode'").update();
        long course = fixtures.freshCourse();
        long department = fixtures.departmentWithManagersAndStaff();
        SessionDetails session = fixtures.upcomingStaffSession(course, 5);

        assertThatThrownBy(() -> enrolment.enrol(session.id(), fixtures.staffOf(department).getFirst(), "Please"))
                .isInstanceOfSatisfying(GateException.class, e -> assertThat(e.overridable()).isFalse());
        assertThat(enrolment.rollCall(session.id())).isEmpty();
    }

    @Test
    void shouldEnrolAWholeDepartmentManagersFirstAndWaitlistBeyondCapacity() {
        long course = fixtures.freshCourse();
        long department = fixtures.departmentWithManagersAndStaff();
        List<Long> managers = fixtures.managersOf(department);
        SessionDetails session = scheduling.scheduleSession(new SessionDraft(course, SchedulingFixtures.farFuture(),
                60, "Europe/London", "Room", null, 1, null, Set.of(department), SessionAudience.MANAGERS, null));

        List<EnrolmentOutcome> outcomes = enrolment.enrolDepartment(session.id(), department, null);

        assertThat(outcomes).extracting(EnrolmentOutcome::personId).containsExactlyInAnyOrderElementsOf(
                jdbc.sql("""
                        select p.id from person p join department d on d.id = p.department_id
                        where p.active = true and p.level <> 'STAFF' and d.archived = false
                          and d.tree_path like concat((select tree_path from department where id = :d), '%')""")
                        .param("d", department).query(Long.class).list());
        assertThat(outcomes).filteredOn(outcome -> outcome.status() == EnrolmentStatus.ENROLLED).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome.status() == EnrolmentStatus.WAITLISTED)
                .extracting(EnrolmentOutcome::waitlistPosition)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, outcomes.size() - 1).boxed()
                        .toList());
        assertThat(managers).isNotEmpty();
    }

    @Test
    void shouldPromoteTheWaitlistInOrderWhenTheRoomGetsBigger() {
        long course = fixtures.freshCourse();
        List<Long> people = fixtures.activePeople(4);
        var start = SchedulingFixtures.farFuture();
        SessionDetails session = scheduling.scheduleSession(SchedulingFixtures.draft(course, start, 2));
        people.forEach(person -> enrolment.enrol(session.id(), person, "test"));
        long version = scheduling.findSession(session.id()).orElseThrow().version();

        scheduling.updateSession(session.id(), version, SchedulingFixtures.draft(course, start, 3));

        List<RollCallEntry> roll = enrolment.rollCall(session.id());
        assertThat(roll).filteredOn(entry -> entry.status() == EnrolmentStatus.ENROLLED)
                .extracting(RollCallEntry::personId).containsExactlyInAnyOrder(people.get(0), people.get(1),
                        people.get(2));
        assertThat(roll).filteredOn(entry -> entry.status() == EnrolmentStatus.WAITLISTED).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.personId()).isEqualTo(people.get(3));
                    assertThat(entry.waitlistPosition()).isEqualTo(1);
                });
    }

    @Test
    void shouldPromoteTheFirstOnTheWaitlistWhenASeatFrees() {
        long course = fixtures.freshCourse();
        List<Long> people = fixtures.activePeople(4);
        SessionDetails session = fixtures.upcomingSession(course, 2);
        people.forEach(person -> enrolment.enrol(session.id(), person, "test"));

        enrolment.withdraw(session.id(), people.get(0));

        List<RollCallEntry> roll = enrolment.rollCall(session.id());
        assertThat(roll).filteredOn(entry -> entry.status() == EnrolmentStatus.ENROLLED)
                .extracting(RollCallEntry::personId).containsExactlyInAnyOrder(people.get(1), people.get(2));
        assertThat(roll).filteredOn(entry -> entry.status() == EnrolmentStatus.WAITLISTED).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.personId()).isEqualTo(people.get(3));
                    assertThat(entry.waitlistPosition()).isEqualTo(1);
                });
    }

    @Test
    @WithUserDetails("employee")
    void shouldRefuseSelfEnrolmentOfStaffBeforeTheirManagersSayingWhoGoesFirst() {
        long me = accounts.findCredentials("employee").orElseThrow().personId();
        long myDepartment = jdbc.sql("select department_id from person where id = :id").param("id", me)
                .query(Long.class).single();
        // a course of its own, so that no manager of Emma's department has trained it, whatever the demo holds
        String code = "GATE-" + System.nanoTime() % 1_000_000;
        jdbc.sql("""
                insert into course (code, title, audience, status, created_at, updated_at)
                values (:code, 'Who Goes First', 'ALL', 'PUBLISHED', current_timestamp, current_timestamp)""")
                .param("code", code).update();
        long course = jdbc.sql("select id from course where code = :code").param("code", code)
                .query(Long.class).single();
        ClassSession future = fixtures.pastSession(course, Instant.now().plus(Duration.ofDays(3650)),
                SessionAudience.STAFF);
        List<String> untrained = jdbc.sql("""
                select concat(p.first_name, ' ', p.last_name) from person p
                where p.department_id = :d and p.active = true and p.level <> 'STAFF'
                  and not exists (select 1 from enrolment e join class_session s on s.id = e.session_id
                                  where e.person_id = p.id and s.course_id = :c and s.cancelled_at is null
                                    and e.attendance in ('PRESENT', 'LATE'))""")
                .param("d", myDepartment).param("c", course).query(String.class).list();
        assertThat(untrained).as("Emma's department has managers, none trained in a new course").isNotEmpty();

        assertThatThrownBy(() -> enrolment.enrolMe(future.getId()))
                .isInstanceOfSatisfying(GateException.class, e -> {
                    assertThat(e.overridable()).isFalse();
                    assertThat(e.getMessage()).contains("before their staff").contains(untrained.getFirst());
                });
    }
}
