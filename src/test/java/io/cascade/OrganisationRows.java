package io.cascade;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * An organisation written straight into its tables with SQL, past the services: for a test that needs rows the
 * services would refuse (a staff member trained before their manager, history from years ago) or many rows fast.
 * Departments in a tree, people with a level and a manager, published courses, classes with attendance, completions,
 * check-ins and settings; each row created at the moment given (or now). Whatever reads a ledger the services keep
 * (the trickle-down ledger) must have it rebuilt after writing. A test that commits removes its course with
 * {@link #removeCourse}.
 */
public class OrganisationRows {

    private final JdbcClient jdbc;
    private final LocalDateTime createdAt;

    public OrganisationRows(JdbcClient jdbc) {
        this(jdbc, Instant.now());
    }

    public OrganisationRows(JdbcClient jdbc, Instant createdAt) {
        this.jdbc = jdbc;
        this.createdAt = utc(createdAt);
    }

    /** A department under {@code parentId}, or a root when that is null; its id. */
    public long department(String name, Long parentId) {
        String parentPath = parentId == null ? "/" : jdbc.sql("select tree_path from department where id = :id")
                .param("id", parentId).query(String.class).single();
        int depth = parentId == null ? 0 : jdbc.sql("select depth + 1 from department where id = :id")
                .param("id", parentId).query(Integer.class).single();
        long id = insert(jdbc.sql("""
                insert into department (name, parent_id, tree_path, depth, created_at)
                values (:name, :parent, 'pending', :depth, :created)""")
                .param("name", name).param("parent", parentId).param("depth", depth));
        jdbc.sql("update department set tree_path = :path where id = :id").param("path", parentPath + id + "/")
                .param("id", id).update();
        return id;
    }

    /** An active person in the department, reporting to {@code reportsToId} (or to nobody); their id. */
    public long person(String employeeNumber, String firstName, String lastName, String email, String level,
            long departmentId, Long reportsToId) {
        return insert(jdbc.sql("""
                insert into person (employee_number, first_name, last_name, email, level, department_id,
                                    reports_to_id, created_at)
                values (:number, :first, :last, :email, :level, :department, :manager, :created)""")
                .param("number", employeeNumber).param("first", firstName).param("last", lastName)
                .param("email", email).param("level", level).param("department", departmentId)
                .param("manager", reportsToId));
    }

    /** A published course for {@code audience} (ALL, STAFF, LEADERSHIP), due again after the months given or never. */
    public long course(String code, String title, String audience, Integer refresherMonths) {
        return insert(jdbc.sql("""
                insert into course (code, title, audience, status, refresher_months, created_at, updated_at)
                values (:code, :title, :audience, 'PUBLISHED', :months, :created, :created)""")
                .param("code", code).param("title", title).param("audience", audience)
                .param("months", refresherMonths));
    }

    /** A two-hour class of the course for everybody (40 seats, no place given) starting at {@code startsAt}. */
    public long session(long courseId, Instant startsAt) {
        return insert(jdbc.sql("""
                insert into class_session (course_id, starts_at, duration_minutes, time_zone, capacity, audience,
                                           created_at)
                values (:course, :start, 120, 'UTC', 40, 'MIXED', :created)""")
                .param("course", courseId).param("start", utc(startsAt)));
    }

    /** The people had a seat in the class and were marked {@code attendance} (PRESENT, LATE, EXCUSED, ABSENT). */
    public void attended(long sessionId, String attendance, long... people) {
        for (long person : people) {
            jdbc.sql("""
                    insert into enrolment (session_id, person_id, status, attendance, enrolled_at)
                    values (:session, :person, 'ENROLLED', :attendance, :created)""")
                    .param("session", sessionId).param("person", person).param("attendance", attendance)
                    .param("created", createdAt).update();
        }
    }

    /** The person went through the course (one without classes) at {@code at}. */
    public void completed(long personId, long courseId, Instant at) {
        jdbc.sql("insert into course_completion (person_id, course_id, completed_at) values (:p, :c, :at)")
                .param("p", personId).param("c", courseId).param("at", utc(at)).update();
    }

    /** The manager's coaching conversation with the person about the course, on the day given. */
    public void checkIn(long managerId, long personId, long courseId, LocalDate on) {
        jdbc.sql("""
                insert into reinforcement_check_in (manager_id, person_id, course_id, occurred_on, kind, created_at)
                values (:m, :p, :c, :on, 'COACHING', :created)""")
                .param("m", managerId).param("p", personId).param("c", courseId).param("on", on)
                .param("created", createdAt).update();
    }

    /** An admin's setting, as the settings page stores it. */
    public void setting(String name, String value) {
        jdbc.sql("delete from app_setting where name = :name").param("name", name).update();
        jdbc.sql("insert into app_setting (name, value) values (:name, :value)").param("name", name)
                .param("value", value).update();
    }

    /**
     * Removes a course and all that hangs off it (classes, bookings, modules, quizzes, progress, certificates, stories,
     * check-ins, reminders), for a test that committed them.
     */
    public void removeCourse(long courseId) {
        String sessions = "(select id from class_session where course_id = :c)";
        String modules = "(select id from course_module where course_id = :c)";
        for (String statement : List.of(
                "delete from enrolment where session_id in " + sessions,
                "delete from class_session_department where session_id in " + sessions,
                "delete from class_session where course_id = :c",
                "delete from quiz_attempt where module_id in " + modules,
                "delete from reflection_answer where module_id in " + modules,
                "delete from quiz_option where question_id in (select id from quiz_question where module_id in "
                        + modules + ")",
                "delete from quiz_question where module_id in " + modules,
                "delete from course_document where module_id in " + modules,
                "delete from module_progress where course_id = :c",
                "delete from course_module where course_id = :c")) {
            jdbc.sql(statement).param("c", courseId).update();
        }
        for (String table : List.of("certificate", "course_completion", "service_story", "reinforcement_check_in",
                "refresher_reminder", "check_in_reminder")) {
            jdbc.sql("delete from " + table + " where course_id = :c").param("c", courseId).update();
        }
        jdbc.sql("delete from course where id = :c").param("c", courseId).update();
    }

    private long insert(JdbcClient.StatementSpec statement) {
        var keys = new GeneratedKeyHolder();
        statement.param("created", createdAt).update(keys, "id");
        return keys.getKey().longValue();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
