package io.cascade.scheduling;

import io.cascade.CascadeSpringTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.organization.AccountLookup;
import io.cascade.scheduling.internal.ClassSession;
import io.cascade.scheduling.internal.ClassSessionRepository;
import io.cascade.scheduling.internal.Enrolment;
import io.cascade.scheduling.internal.EnrolmentRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
class SchedulingServiceTest {

    @Autowired
    SchedulingService scheduling;
    @Autowired
    ClassSessionRepository sessions;
    @Autowired
    EnrolmentRepository enrolments;
    @Autowired
    AccountLookup accounts;
    @Autowired
    JdbcClient jdbc;

    /** Six demo people who are free to enrol in a test session. */
    List<Long> somePeople() {
        return jdbc.sql("select id from person order by id limit 6").query(Long.class).list();
    }

    long anyCourse() {
        return jdbc.sql("select min(id) from course").query(Long.class).single();
    }

    ClassSession session(Instant startsAt) {
        ClassSession session = new ClassSession(anyCourse(), startsAt, 90, "Europe/London", 3,
                SessionAudience.STAFF, Instant.now());
        session.setLocation("Test Room");
        session.setDepartmentIds(Set.of(jdbc.sql("select min(id) from department").query(Long.class).single()));
        return sessions.saveAndFlush(session);
    }

    @Test
    @WithMockUser(roles = "TRAINER")
    void shouldCountEnrolledAndWaitlistedPeopleButNotWithdrawnOnes() {
        Instant startsAt = Instant.now().plus(Duration.ofDays(3650)).truncatedTo(ChronoUnit.SECONDS);
        ClassSession session = session(startsAt);
        List<Long> people = somePeople();
        Instant now = Instant.now();
        enrolments.save(Enrolment.enrolled(session.getId(), people.get(0), now));
        enrolments.save(Enrolment.enrolled(session.getId(), people.get(1), now));
        Enrolment withdrawn = Enrolment.enrolled(session.getId(), people.get(2), now);
        withdrawn.withdraw();
        enrolments.save(withdrawn);
        enrolments.save(Enrolment.enrolled(session.getId(), people.get(3), now));
        enrolments.save(Enrolment.waitlisted(session.getId(), people.get(4), 1, now));
        enrolments.save(Enrolment.waitlisted(session.getId(), people.get(5), 2, now));
        enrolments.flush();

        SessionListItem item = scheduling.upcomingSessions(Pageable.unpaged()).stream()
                .filter(listed -> listed.id() == session.getId()).findFirst().orElseThrow();

        assertThat(item.enrolledCount()).isEqualTo(3);
        assertThat(item.waitlistedCount()).isEqualTo(2);
        assertThat(item.seatsLeft()).isZero();
        assertThat(item.startsAt()).isEqualTo(startsAt);
        assertThat(item.location()).isEqualTo("Test Room");
        assertThat(item.isOnline()).isFalse();
        assertThat(item.cancelled()).isFalse();
        assertThat(scheduling.pastSessions(Pageable.unpaged())).noneMatch(listed -> listed.id() == session.getId());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void shouldListPastSessionsMostRecentFirstAndFlagCancelledOnes() {
        // a few seconds ago: other tests may have left sessions in the shared database, none that recent
        ClassSession yesterday = session(Instant.now().minusSeconds(5));
        yesterday.cancel("Room flooded", Instant.now());
        sessions.saveAndFlush(yesterday);

        List<SessionListItem> past = scheduling.pastSessions(Pageable.ofSize(5));

        assertThat(past).hasSizeLessThanOrEqualTo(5);
        assertThat(past.getFirst().id()).isEqualTo(yesterday.getId());
        assertThat(past.getFirst().cancelled()).isTrue();
        assertThat(past).isSortedAccordingTo((a, b) -> b.startsAt().compareTo(a.startsAt()));
        assertThat(scheduling.upcomingSessions(Pageable.ofSize(5)))
                .isSortedAccordingTo((a, b) -> a.startsAt().compareTo(b.startsAt()))
                .allSatisfy(item -> assertThat(item.startsAt()).isAfter(Instant.now().minusSeconds(60)));
    }

    @Test
    @WithMockUser(username = "employee", roles = "EMPLOYEE")
    void shouldShowAnEmployeeTheirOwnSessionsOnly() {
        long me = accounts.findCredentials("employee").orElseThrow().personId();
        long myManager = accounts.findCredentials("manager").orElseThrow().personId();

        List<PersonSessionItem> mine = scheduling.sessionsOf(me);

        assertThat(mine).anySatisfy(item -> {
            assertThat(item.courseTitle()).isEqualTo("The Northwind Service Standard");
            assertThat(item.attendance()).isEqualTo(AttendanceStatus.PRESENT);
            assertThat(item.startsAt()).isBefore(Instant.now());
        });
        assertThatThrownBy(() -> scheduling.sessionsOf(myManager)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scheduling.upcomingSessions(Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldCountOnlyPresentAndLateAsAttended() {
        assertThat(AttendanceStatus.values()).filteredOn(AttendanceStatus::countsAsAttended)
                .containsExactly(AttendanceStatus.PRESENT, AttendanceStatus.LATE);
    }
}
