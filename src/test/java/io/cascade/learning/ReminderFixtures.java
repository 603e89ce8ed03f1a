package io.cascade.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Committed rows for the reminder tests (mail goes out after commit, so these tests run without a test transaction):
 * a published recurring course and people of its own, all removed again by {@link #cleanUp()}.
 */
public class ReminderFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final String tag = Long.toString(System.nanoTime() % 10_000_000_000L, 36);
    private final List<Long> people = new ArrayList<>();
    public long courseId;
    public String courseTitle;

    public ReminderFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A published course for everybody, due again every {@code months} months. */
    public ReminderFixtures course(int months) {
        courseTitle = "Keeping Calm " + tag;
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into course (code, title, audience, refresher_months, status, created_at, updated_at)
                values (:code, :title, 'ALL', :months, 'PUBLISHED', :now, :now)""")
                .param("code", "REM-" + tag).param("title", courseTitle).param("months", months)
                .param("now", LocalDateTime.now(ZoneOffset.UTC)).update(keys, "id");
        courseId = keys.getKey().longValue();
        return this;
    }

    /** An active person of the given level in the first department, reporting to {@code managerId} (or nobody). */
    public long person(String first, String level, Long managerId) {
        int n = SEQUENCE.incrementAndGet();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into person (employee_number, first_name, last_name, email, level, department_id,
                  reports_to_id, active, created_at)
                values (:number, :first, :last, :email, :level, (select min(id) from department), :manager, true, :now)
                """)
                .param("number", "REM-" + tag + "-" + n).param("first", first).param("last", "Reminded" + n)
                .param("email", email(first, n)).param("level", level).param("manager", managerId)
                .param("now", LocalDateTime.now(ZoneOffset.UTC)).update(keys, "id");
        long id = keys.getKey().longValue();
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
        jdbc.sql("insert into course_completion (person_id, course_id, completed_at) values (:p, :c, :at)")
                .param("p", personId).param("c", courseId).param("at", LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
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
        jdbc.sql("""
                insert into reinforcement_check_in (manager_id, person_id, course_id, occurred_on, kind, created_at)
                values (:m, :p, :c, :day, 'COACHING', :now)""")
                .param("m", managerId).param("p", personId).param("c", courseId).param("day", day)
                .param("now", LocalDateTime.now(ZoneOffset.UTC)).update();
    }

    private long session(Instant start) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into class_session (course_id, starts_at, duration_minutes, time_zone, location, capacity,
                  audience, created_at) values (:c, :start, 60, 'UTC', 'Room 9', 20, 'MIXED', :now)""")
                .param("c", courseId).param("start", LocalDateTime.ofInstant(start, ZoneOffset.UTC))
                .param("now", LocalDateTime.now(ZoneOffset.UTC)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public int windowDays() {
        return jdbc.sql("select value from app_setting where name = 'reinforcement.window-days'").query(String.class)
                .optional().map(value -> Integer.parseInt(value.strip())).orElse(30);
    }

    public void cleanUp() {
        if (courseId == 0) {
            return;
        }
        jdbc.sql("delete from refresher_reminder where course_id = :c").param("c", courseId).update();
        jdbc.sql("delete from check_in_reminder where course_id = :c").param("c", courseId).update();
        jdbc.sql("delete from reinforcement_check_in where course_id = :c").param("c", courseId).update();
        jdbc.sql("delete from course_completion where course_id = :c").param("c", courseId).update();
        jdbc.sql("delete from enrolment where session_id in (select id from class_session where course_id = :c)")
                .param("c", courseId).update();
        jdbc.sql("delete from class_session where course_id = :c").param("c", courseId).update();
        if (people.isEmpty()) {
            jdbc.sql("delete from course where id = :c").param("c", courseId).update();
            return;
        }
        for (String table : List.of("refresher_reminder", "check_in_reminder")) {
            jdbc.sql("delete from " + table + " where person_id in (:people)").param("people", people).update();
        }
        jdbc.sql("delete from check_in_reminder where manager_id in (:people)").param("people", people).update();
        jdbc.sql("update person set reports_to_id = null where id in (:people)").param("people", people).update();
        jdbc.sql("delete from person where id in (:people)").param("people", people).update();
        jdbc.sql("delete from course where id = :c").param("c", courseId).update();
    }
}
