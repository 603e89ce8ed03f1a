package io.cascade.learning;

import io.cascade.OrganisationRows;
import io.cascade.SignIn;
import io.cascade.catalog.CourseModuleService;
import io.cascade.catalog.DocumentUpload;
import io.cascade.catalog.ModuleDraft;
import io.cascade.catalog.ModuleKind;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The demo learners and, after {@link #course()}, a published course for everyone, "Calm on the Phone" (PLAY-TEST): a
 * text, a quiz of two questions (pass mark 50%, two attempts) and a reflection, all required; with its classes and
 * bookings. {@code @Import(LearnerFixtures.class)} and autowire it: each test gets a fixture of its own.
 */
@TestComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class LearnerFixtures {

    private final JdbcClient jdbc;
    private final OrganisationRows rows;
    private final CourseModuleService courseModules;
    private final SignIn signIn;
    public long courseId;
    public long textId;
    public long quizId;
    public long reflectionId;
    /** Single choice; the first option is right. */
    public long singleChoiceId;
    /** Multiple choice; the first and third options are right. */
    public long multipleChoiceId;

    public LearnerFixtures(JdbcClient jdbc, CourseModuleService courseModules, SignIn signIn) {
        this.jdbc = jdbc;
        this.rows = new OrganisationRows(jdbc);
        this.courseModules = courseModules;
        this.signIn = signIn;
    }

    public LearnerFixtures course() {
        courseId = rows.course("PLAY-TEST", "Calm on the Phone", "ALL", null);
        textId = module(1, "Breathing before you pick up", "TEXT", "Breathe **twice**. <script>alert(1)</script>",
                null, null);
        quizId = module(2, "Phone check", "QUIZ", "Two questions.", 50, 2);
        reflectionId = module(3, "Reflection", "REFLECTION", "What service do you expect as a customer?", null, null);
        singleChoiceId = question(1, "Who hangs up first?", false, "The customer", "You", "Whoever is faster");
        option(singleChoiceId, 0, true);
        multipleChoiceId = question(2, "What do you say on hold?", true, "How long it takes", "Nothing",
                "Why you hold");
        option(multipleChoiceId, 0, true);
        option(multipleChoiceId, 2, true);
        return this;
    }

    /** Adds a handout to the course, "handout.pdf" (the bytes 1, 2, 3); its module id. */
    public long handout() {
        return document(courseId, "Handout", "handout.pdf", new byte[] {1, 2, 3});
    }

    /**
     * Adds an optional document module to a course, a PDF, as a trainer does in the editor: the catalog stores the
     * file. Its module id.
     */
    public long document(long courseId, String title, String fileName, byte[] content) {
        return signIn.as("trainer", () -> courseModules.addModule(courseId, new ModuleDraft(title,
                ModuleKind.DOCUMENT, null, null, false, null, null), new DocumentUpload(fileName, "application/pdf",
                content)).id());
    }

    /** A course of the demo catalog, by its code (SVC-101: a standard with a 12-month refresher). */
    public long demoCourse(String code) {
        return jdbc.sql("select id from course where code = :code").param("code", code).query(Long.class).single();
    }

    /** The person went through a course without classes at {@code at} (UTC). */
    public void completed(String username, long courseId, LocalDateTime at) {
        rows.completed(personId(username), courseId, at.toInstant(ZoneOffset.UTC));
    }

    /** What the managers-first gate does when staff come first: WARN (the default) or BLOCK. */
    public void gateMode(String mode) {
        jdbc.sql("update app_setting set value = :mode where name = 'gate.mode'").param("mode", mode).update();
    }

    /** Adds a class of the course that took place yesterday, with the person booked on it (no attendance yet). */
    public long classYesterdayWith(String username) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into class_session (course_id, starts_at, duration_minutes, time_zone, location, capacity,
                  audience, created_at) values (:course, :start, 60, 'UTC', 'Room 2', 10, 'MIXED', :now)""")
                .param("course", courseId).param("start", now.minusDays(1)).param("now", now).update();
        long session = jdbc.sql("select max(id) from class_session where course_id = :course")
                .param("course", courseId).query(Long.class).single();
        jdbc.sql("insert into enrolment (session_id, person_id, status, enrolled_at) "
                + "values (:session, :person, 'ENROLLED', :now)")
                .param("session", session).param("person", personId(username)).param("now", now).update();
        return session;
    }

    /**
     * Adds a class of the course starting {@code days} days from now (negative: in the past) at 09:00 UTC, in
     * "Room 5", for the given departments (none: for everybody); returns its id.
     */
    public long classIn(int days, String audience, int capacity, long... departmentIds) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        LocalDateTime start = now.toLocalDate().plusDays(days).atTime(9, 0);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into class_session (course_id, starts_at, duration_minutes, time_zone, location, capacity,
                  audience, created_at) values (:course, :start, 90, 'UTC', 'Room 5', :capacity, :audience, :now)""")
                .param("course", courseId).param("start", start).param("capacity", capacity)
                .param("audience", audience).param("now", now).update(keys, "id");
        long session = keys.getKey().longValue();
        for (long department : departmentIds) {
            jdbc.sql("insert into class_session_department (session_id, department_id) values (:s, :d)")
                    .param("s", session).param("d", department).update();
        }
        return session;
    }

    /** A class in 21 days whose one seat Daniel (the manager) holds, with {@code username} first on its waitlist. */
    public long fullClassWaitlisting(String username) {
        long full = classIn(21, "MIXED", 1);
        enrol(full, personId("manager"), "ENROLLED", null);
        enrol(full, personId(username), "WAITLISTED", 1);
        return full;
    }

    /** Books a person on a class: ENROLLED, or WAITLISTED with a position. */
    public void enrol(long sessionId, long personId, String status, Integer waitlistPosition) {
        jdbc.sql("insert into enrolment (session_id, person_id, status, waitlist_position, enrolled_at) "
                        + "values (:session, :person, :status, :position, :now)")
                .param("session", sessionId).param("person", personId).param("status", status)
                .param("position", waitlistPosition).param("now", LocalDateTime.now(ZoneOffset.UTC)).update();
    }

    public long departmentOf(String username) {
        return jdbc.sql("select department_id from person where id = :id").param("id", personId(username))
                .query(Long.class).single();
    }

    public Long parentOf(long departmentId) {
        return jdbc.sql("select parent_id from department where id = :id").param("id", departmentId)
                .query(Long.class).single();
    }

    /** Active managers (members above staff) of the person's department, by full name. */
    public List<String> managersOf(String username) {
        return jdbc.sql("select concat(first_name, ' ', last_name) from person where department_id = :d "
                        + "and active = true and level <> 'STAFF' order by last_name, first_name")
                .param("d", departmentOf(username)).query(String.class).list();
    }

    /** The managers of the person's department attended a class of the course ten days ago: staff may follow. */
    public long trainManagersOf(String username) {
        long past = classIn(-10, "MANAGERS", 50);
        jdbc.sql("""
                insert into enrolment (session_id, person_id, status, attendance, enrolled_at)
                select :session, p.id, 'ENROLLED', 'PRESENT', :now from person p
                where p.department_id = :d and p.active = true and p.level <> 'STAFF'""")
                .param("session", past).param("d", departmentOf(username))
                .param("now", LocalDateTime.now(ZoneOffset.UTC)).update();
        return past;
    }

    public void markAttendance(long sessionId, String username, String attendance) {
        jdbc.sql("update enrolment set attendance = :attendance where session_id = :session and person_id = :person")
                .param("attendance", attendance).param("session", sessionId).param("person", personId(username))
                .update();
    }

    public long personId(String username) {
        return jdbc.sql("select person_id from user_account where username = :username").param("username", username)
                .query(Long.class).single();
    }

    private long module(int position, String title, String kind, String body, Integer passMark, Integer attempts) {
        jdbc.sql("""
                insert into course_module (course_id, position, title, kind, body, required, pass_mark, max_attempts)
                values (:course, :position, :title, :kind, :body, true, :pass, :attempts)""")
                .param("course", courseId).param("position", position).param("title", title).param("kind", kind)
                .param("body", body).param("pass", passMark).param("attempts", attempts).update();
        return jdbc.sql("select id from course_module where course_id = :course and position = :position")
                .param("course", courseId).param("position", position).query(Long.class).single();
    }

    private long question(int position, String prompt, boolean multiple, String... options) {
        jdbc.sql("insert into quiz_question (module_id, position, prompt, multiple_choice) "
                + "values (:module, :position, :prompt, :multiple)")
                .param("module", quizId).param("position", position).param("prompt", prompt)
                .param("multiple", multiple).update();
        long id = jdbc.sql("select id from quiz_question where module_id = :module and position = :position")
                .param("module", quizId).param("position", position).query(Long.class).single();
        for (int i = 0; i < options.length; i++) {
            jdbc.sql("insert into quiz_option (question_id, position, label, correct) values (:q, :p, :label, false)")
                    .param("q", id).param("p", i).param("label", options[i]).update();
        }
        return id;
    }

    private void option(long questionId, int position, boolean correct) {
        jdbc.sql("update quiz_option set correct = :correct where question_id = :q and position = :p")
                .param("correct", correct).param("q", questionId).param("p", position).update();
    }
}
