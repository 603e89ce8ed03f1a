package io.cascade.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeSpringTest;
import io.cascade.trickledown.TrickleDownStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
@Import(SchedulingFixtures.class)
@WithMockUser(username = "trainer", roles = "TRAINER")
class RolloutServiceTest {

    @Autowired
    RolloutService rollout;
    @Autowired
    EnrolmentService enrolment;
    @Autowired
    SchedulingFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    void attended(long course, Instant startsAt, List<Long> people) {
        fixtures.pastSession(course, startsAt, SessionAudience.MIXED, people, AttendanceStatus.PRESENT);
    }

    DepartmentReadiness row(RolloutReport report, long department) {
        return report.departments().stream().filter(row -> row.departmentId() == department).findFirst()
                .orElseThrow();
    }

    @Test
    void shouldListEveryDepartmentWithMembersAsNotStartedForANewCourse() {
        long course = fixtures.freshCourse();
        long department = fixtures.departmentWithManagersAndStaff();

        RolloutReport report = rollout.rollout(course);

        long departmentsWithMembers = jdbc.sql("select count(distinct p.department_id) from person p "
                + "join department d on d.id = p.department_id where p.active = true and d.archived = false")
                .query(Long.class).single();
        assertThat(report.departments()).hasSize((int) departmentsWithMembers)
                .allSatisfy(row -> assertThat(row.managersTrained() + row.staffTrained()).isZero());
        assertThat(row(report, department)).satisfies(row -> {
            assertThat(row.status()).isEqualTo(TrickleDownStatus.NOT_STARTED);
            assertThat(row.managers()).isEqualTo(fixtures.managersOf(department).size());
            assertThat(row.staff()).isEqualTo(fixtures.staffOf(department).size());
            assertThat(row.needsManagersSession()).isTrue();
        });
    }

    @Test
    void shouldShowManagersInProgressThenReadyForStaffAsManagersAttend() {
        long course = fixtures.freshCourse();
        long department = fixtures.departmentWithManagersAndStaff();
        List<Long> managers = fixtures.managersOf(department);

        attended(course, Instant.now().minus(Duration.ofDays(20)), managers.subList(0, 1));
        DepartmentReadiness halfway = row(rollout.rollout(course), department);
        assertThat(halfway.status()).isEqualTo(TrickleDownStatus.MANAGERS_IN_PROGRESS);
        assertThat(halfway.managersTrained()).isEqualTo(1);

        attended(course, Instant.now().minus(Duration.ofDays(10)), managers.subList(1, managers.size()));
        DepartmentReadiness ready = row(rollout.rollout(course), department);
        assertThat(ready.status()).isEqualTo(TrickleDownStatus.READY_FOR_STAFF);
        assertThat(ready.managersTrained()).isEqualTo(managers.size());
        assertThat(ready.readyForStaff()).isTrue();
        assertThat(ready.needsManagersSession()).isFalse();
    }

    @Test
    void shouldFlagStaffTrainedBeforeTheirManagersAsOutOfOrder() {
        long course = fixtures.freshCourse();
        long department = fixtures.departmentWithManagersAndStaff();

        attended(course, Instant.now().minus(Duration.ofDays(20)), fixtures.staffOf(department).subList(0, 1));
        attended(course, Instant.now().minus(Duration.ofDays(10)), fixtures.managersOf(department));

        DepartmentReadiness row = row(rollout.rollout(course), department);
        assertThat(row.status()).isEqualTo(TrickleDownStatus.OUT_OF_ORDER);
        assertThat(row.staffTrained()).isEqualTo(1);
    }

    @Test
    void shouldShowWhoLetAStaffMemberPastTheGateIntoWhichSessionAndWhy() {
        long course = fixtures.freshCourse();
        long department = fixtures.departmentWithManagersAndStaff();
        long staff = fixtures.staffOf(department).getFirst();
        SessionDetails session = fixtures.upcomingStaffSession(course, 5);
        enrolment.enrol(session.id(), staff, "Covering the holiday rush");

        assertThat(rollout.rollout(course).gateOverrides()).singleElement().satisfies(item -> {
            assertThat(item.sessionId()).isEqualTo(session.id());
            assertThat(item.personId()).isEqualTo(staff);
            assertThat(item.overriddenBy()).isEqualTo("trainer");
            assertThat(item.reason()).isEqualTo("Covering the holiday rush");
        });
    }

    @Test
    void shouldReadTheWholeOrganisationWithAFixedNumberOfStatements() {
        long course = fixtures.freshCourse();
        attended(course, Instant.now().minus(Duration.ofDays(10)), fixtures.activePeople(30));

        // the test's transaction holds one connection, so the session counter sees exactly the rollout's reads
        long before = selectsSoFar();
        RolloutReport report = rollout.rollout(course);
        long statements = selectsSoFar() - before;

        assertThat(report.departments()).hasSizeGreaterThan(5);
        assertThat(statements).isBetween(1L, 5L);
    }

    private long selectsSoFar() {
        return jdbc.sql("show session status like 'Com_select'").query((rs, row) -> rs.getLong(2)).single();
    }
}
