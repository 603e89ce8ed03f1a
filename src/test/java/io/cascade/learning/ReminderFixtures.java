package io.cascade.learning;

import io.cascade.OrganisationRows;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Committed rows for the reminder tests (mail goes out after commit, so these tests run without a test transaction):
 * a published recurring course and people of its own, all removed again by {@link #cleanUp()}.
 * {@code @Import(ReminderFixtures.class)} and autowire it: each test gets a fixture of its own.
 */
@TestComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class ReminderFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final OrganisationRows rows;
    private final String tag = Long.toString(System.nanoTime() % 10_000_000_000L, 36);
    private final List<Long> people = new ArrayList<>();
    public long courseId;
    public String courseTitle;

    public ReminderFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rows = new OrganisationRows(jdbc, Instant.now());
    }

    /** A published course for everybody, due again every {@code months} months. */
    public ReminderFixtures course(int months) {
        courseTitle = "Keeping Calm " + tag;
        courseId = rows.course("REM-" + tag, courseTitle, "ALL", months);
        return this;
    }

    /** An active person of the given level in the first department, reporting to {@code managerId} (or nobody). */
    public long person(String first, String level, Long managerId) {
        int n = SEQUENCE.incrementAndGet();
        long firstDepartment = jdbc.sql("select min(id) from department").query(Long.class).single();
        long id = rows.person("REM-" + tag + "-" + n, first, "Reminded" + n, email(first, n), level, firstDepartment,
                managerId);
        people.add(id);
        return id;
    }

    public String email(long personId) {
        return jdbc.sql("select email from person where id = :id").param("id", personId).query(String.class).single();
    }

    public String name(long personId) {
        return jdbc.sql("select concat(first_name, ' ', last_name) from person where id = :id").param("id", personId)
                .query(String.class).single();
    }

    private String email(String first, int n) {
        return first.toLowerCase() + "." + tag + "." + n + "@reminders.example";
    }

    /** The person went through the course (no class) at {@code at}. */
    public void completed(long personId, Instant at) {
        rows.completed(personId, courseId, at);
    }

    /** The person attended (PRESENT) a class of the course that started at {@code start}. */
    public long attended(long personId, Instant start) {
        long session = session(start);
        jdbc.sql("insert into enrolment (session_id, person_id, status, attendance, enrolled_at) "
                        + "values (:s, :p, 'ENROLLED', 'PRESENT', :at)")
                .param("s", session).param("p", personId).param("at", LocalDateTime.ofInstant(start, ZoneOffset.UTC))
                .update();
        return session;
    }

    /** The person holds a seat in a class of the course starting at {@code start}. */
    public void booked(long personId, Instant start) {
        jdbc.sql("insert into enrolment (session_id, person_id, status, enrolled_at) values (:s, :p, 'ENROLLED', :at)")
                .param("s", session(start)).param("p", personId)
                .param("at", LocalDateTime.now(ZoneOffset.UTC)).update();
    }

    public void checkIn(long managerId, long personId, LocalDate day) {
        rows.checkIn(managerId, personId, courseId, day);
    }

    private long session(Instant start) {
        return rows.session(courseId, start);
    }

    public int windowDays() {
        return jdbc.sql("select value from app_setting where name = 'reinforcement.window-days'").query(String.class)
                .optional().map(value -> Integer.parseInt(value.strip())).orElse(30);
    }

    public void cleanUp() {
        if (courseId == 0) {
            return;
        }
        rows.removeCourse(courseId);
        if (people.isEmpty()) {
            return;
        }
        for (String table : List.of("refresher_reminder", "check_in_reminder")) {
            jdbc.sql("delete from " + table + " where person_id in (:people)").param("people", people).update();
        }
        jdbc.sql("delete from check_in_reminder where manager_id in (:people)").param("people", people).update();
        jdbc.sql("update person set reports_to_id = null where id in (:people)").param("people", people).update();
        jdbc.sql("delete from person where id in (:people)").param("people", people).update();
    }
}
