package io.cascade.scheduling;

import io.cascade.catalog.CourseFixtures;
import io.cascade.scheduling.internal.ClassSession;
import io.cascade.scheduling.internal.ClassSessionRepository;
import io.cascade.scheduling.internal.Enrolment;
import io.cascade.scheduling.internal.EnrolmentRepository;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Courses, sessions and people for scheduling tests, made through the services where the rules matter.
 * {@code @Import(SchedulingFixtures.class)} and autowire it.
 */
@TestComponent
class SchedulingFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final CourseFixtures courses;
    final SchedulingService scheduling;
    final ClassSessionRepository sessions;
    final EnrolmentRepository enrolments;
    final JdbcClient jdbc;
    final EntityManager entityManager;

    SchedulingFixtures(CourseFixtures courses, SchedulingService scheduling, ClassSessionRepository sessions,
            EnrolmentRepository enrolments, JdbcClient jdbc, EntityManager entityManager) {
        this.courses = courses;
        this.scheduling = scheduling;
        this.entityManager = entityManager;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.jdbc = jdbc;
    }

    /** A new published course nobody is trained in. Needs a TRAINER or ADMIN caller. */
    long freshCourse() {
        long id = courses.publishedCourse("T-" + System.nanoTime() % 100_000_000 + "-" + SEQUENCE.incrementAndGet(),
                "Test Course");
        // scheduling reads the course with SQL: make the JPA changes visible inside the test's transaction
        entityManager.flush();
        return id;
    }

    static SessionDraft draft(long courseId, LocalDateTime start, int capacity) {
        return new SessionDraft(courseId, start, 90, "Europe/London", "Room 1", null, capacity, null, Set.of(),
                SessionAudience.MIXED, null);
    }

    /** A wall-clock time years ahead, so no other test's session overlaps it by accident. */
    static LocalDateTime farFuture() {
        return LocalDateTime.now().plusYears(20).plusMinutes(SEQUENCE.incrementAndGet() * 1000L)
                .truncatedTo(ChronoUnit.MINUTES);
    }

    /** A session far ahead for everybody ({@link #draft}), scheduled through the service. Needs a TRAINER or ADMIN. */
    SessionDetails upcomingSession(long courseId, int capacity) {
        return scheduling.scheduleSession(draft(courseId, farFuture(), capacity));
    }

    /** A one-hour session far ahead meant for staff, scheduled through the service. Needs a TRAINER or ADMIN. */
    SessionDetails upcomingStaffSession(long courseId, int capacity) {
        return scheduling.scheduleSession(new SessionDraft(courseId, farFuture(), 60, "Europe/London", "Room", null,
                capacity, null, Set.of(), SessionAudience.STAFF, null));
    }

    /** A session that already happened, saved directly: the service only schedules the future. */
    ClassSession pastSession(long courseId, Instant startsAt, SessionAudience audience) {
        var session = new ClassSession(courseId, startsAt, 60, "Europe/London", 20, audience, Instant.now());
        session.setLocation("Room 2");
        return sessions.saveAndFlush(session);
    }

    /** A session that already happened with {@code people} booked on it, marked {@code attendance} (null: not yet). */
    ClassSession pastSession(long courseId, Instant startsAt, SessionAudience audience, List<Long> people,
            AttendanceStatus attendance) {
        ClassSession session = pastSession(courseId, startsAt, audience);
        for (long person : people) {
            Enrolment enrolled = Enrolment.enrolled(session.getId(), person, Instant.now());
            if (attendance != null) {
                enrolled.markAttendance(attendance, null, Instant.now());
            }
            enrolments.save(enrolled);
        }
        enrolments.flush();
        return session;
    }

    /** A department with at least two active managers and two active staff; its id. */
    long departmentWithManagersAndStaff() {
        return jdbc.sql("""
                select department_id from person where active = true group by department_id
                having sum(case when level = 'STAFF' then 1 else 0 end) >= 2
                   and sum(case when level <> 'STAFF' then 1 else 0 end) >= 2
                order by department_id limit 1""").query(Long.class).single();
    }

    List<Long> managersOf(long departmentId) {
        return jdbc.sql("select id from person where department_id = :d and active = true and level <> 'STAFF'"
                + " order by id").param("d", departmentId).query(Long.class).list();
    }

    List<Long> staffOf(long departmentId) {
        return jdbc.sql("select id from person where department_id = :d and active = true and level = 'STAFF'"
                + " order by id").param("d", departmentId).query(Long.class).list();
    }

    List<Long> activePeople(int count) {
        return jdbc.sql("select id from person where active = true order by id limit :n").param("n", count)
                .query(Long.class).list();
    }
}
