package io.cascade.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Module progress, quiz attempts, reflection answers, completions and certificates of one person at a time. Every
 * method takes the person id: the caller (a secured service) decides whose data it may touch. Instants are stored
 * as UTC DATETIME(6).
 */
@Component
public class ProgressStore {

    public record ModuleState(long moduleId, Instant lastOpenedAt, Instant completedAt) {
    }

    public record Attempt(long moduleId, int attemptNumber, int scorePercent, boolean passed, Instant submittedAt) {
    }

    public record CertificateRow(String code, long personId, long courseId, String personName, String courseTitle,
            Instant issuedAt) {
    }

    private final JdbcClient jdbc;

    ProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ModuleState> moduleStates(long personId, long courseId) {
        return jdbc.sql("""
                select module_id, last_opened_at, completed_at from module_progress
                where person_id = :person and course_id = :course""")
                .param("person", personId).param("course", courseId)
                .query((rs, row) -> new ModuleState(rs.getLong(1), utc(rs, 2), utc(rs, 3)))
                .list();
    }

    /** Modules a person completed, with their course, for progress on "my learning". */
    public List<DoneModule> completedModules(long personId) {
        return jdbc.sql("""
                select course_id, module_id, completed_at from module_progress
                where person_id = :person and completed_at is not null""")
                .param("person", personId)
                .query((rs, row) -> new DoneModule(rs.getLong(1), rs.getLong(2), utc(rs, 3)))
                .list();
    }

    public record DoneModule(long courseId, long moduleId, Instant completedAt) {
    }

    public void opened(long personId, long courseId, long moduleId, Instant at) {
        int updated = jdbc.sql("update module_progress set last_opened_at = :at where person_id = :person "
                + "and module_id = :module")
                .param("at", utc(at)).param("person", personId).param("module", moduleId).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into module_progress (person_id, course_id, module_id, last_opened_at)
                    values (:person, :course, :module, :at)""")
                    .param("person", personId).param("course", courseId).param("module", moduleId)
                    .param("at", utc(at)).update();
        }
    }

    /**
     * Marks a module done. The completion time is kept unless it lies in an earlier round of the course (at or
     * before {@code roundStart}, the previous completion when a refresher is due).
     */
    public void completed(long personId, long courseId, long moduleId, Instant at, Instant roundStart) {
        opened(personId, courseId, moduleId, at);
        jdbc.sql("update module_progress set completed_at = :at where person_id = :person and module_id = :module "
                + "and (completed_at is null or completed_at <= :roundStart)")
                .param("at", utc(at)).param("person", personId).param("module", moduleId)
                .param("roundStart", utc(roundStart)).update();
    }

    public List<Attempt> attempts(long personId, long moduleId) {
        return jdbc.sql("""
                select module_id, attempt_number, score_percent, passed, submitted_at from quiz_attempt
                where person_id = :person and module_id = :module order by attempt_number""")
                .param("person", personId).param("module", moduleId)
                .query((rs, row) -> new Attempt(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4),
                        utc(rs, 5)))
                .list();
    }

    public void saveAttempt(long personId, Attempt attempt, String answers) {
        jdbc.sql("""
                insert into quiz_attempt (person_id, module_id, attempt_number, score_percent, passed, answers,
                  submitted_at) values (:person, :module, :number, :score, :passed, :answers, :at)""")
                .param("person", personId).param("module", attempt.moduleId())
                .param("number", attempt.attemptNumber()).param("score", attempt.scorePercent())
                .param("passed", attempt.passed()).param("answers", answers)
                .param("at", utc(attempt.submittedAt())).update();
    }

    public Optional<String> reflection(long personId, long moduleId) {
        return jdbc.sql("select answer from reflection_answer where person_id = :person and module_id = :module")
                .param("person", personId).param("module", moduleId).query(String.class).optional();
    }

    public void saveReflection(long personId, long moduleId, String answer, Instant at) {
        int updated = jdbc.sql("update reflection_answer set answer = :answer, answered_at = :at "
                + "where person_id = :person and module_id = :module")
                .param("answer", answer).param("at", utc(at)).param("person", personId).param("module", moduleId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into reflection_answer (person_id, module_id, answer, answered_at)
                    values (:person, :module, :answer, :at)""")
                    .param("person", personId).param("module", moduleId).param("answer", answer)
                    .param("at", utc(at)).update();
        }
    }

    /** Whether the course has any class that was not cancelled: then attending one is part of completing it. */
    public boolean hasClasses(long courseId) {
        return jdbc.sql("select count(*) from class_session where course_id = :course and cancelled_at is null")
                .param("course", courseId).query(Long.class).single() > 0;
    }

    /** When the person last attended (present or late) a class of the course that was not cancelled. */
    public Optional<Instant> attendedAt(long personId, long courseId) {
        return jdbc.sql("""
                select max(s.starts_at) from enrolment e join class_session s on s.id = e.session_id
                where e.person_id = :person and s.course_id = :course and s.cancelled_at is null
                  and e.attendance in ('PRESENT', 'LATE')""")
                .param("person", personId).param("course", courseId)
                .query((rs, row) -> Optional.ofNullable(utc(rs, 1))).single();
    }

    /** Completions of a person, latest first: a refresher adds a new row. */
    public List<Completion> completions(long personId) {
        return jdbc.sql("""
                select course_id, completed_at from course_completion where person_id = :person
                order by completed_at desc""")
                .param("person", personId)
                .query((rs, row) -> new Completion(rs.getLong(1), utc(rs, 2)))
                .list();
    }

    public record Completion(long courseId, Instant completedAt) {
    }

    public void saveCompletion(long personId, long courseId, Instant at) {
        jdbc.sql("insert into course_completion (person_id, course_id, completed_at) values (:person, :course, :at)")
                .param("person", personId).param("course", courseId).param("at", utc(at)).update();
    }

    public void saveCertificate(CertificateRow row) {
        jdbc.sql("""
                insert into certificate (code, person_id, course_id, person_name, course_title, issued_at)
                values (:code, :person, :course, :name, :title, :at)""")
                .param("code", row.code()).param("person", row.personId()).param("course", row.courseId())
                .param("name", row.personName()).param("title", row.courseTitle()).param("at", utc(row.issuedAt()))
                .update();
    }

    public List<CertificateRow> certificatesOf(long personId) {
        return jdbc.sql(CERTIFICATE + " where person_id = :person order by issued_at desc")
                .param("person", personId).query(ProgressStore::certificate).list();
    }

    public Optional<CertificateRow> certificate(String code) {
        return jdbc.sql(CERTIFICATE + " where code = :code").param("code", code)
                .query(ProgressStore::certificate).optional();
    }

    private static final String CERTIFICATE =
            "select code, person_id, course_id, person_name, course_title, issued_at from certificate";

    private static CertificateRow certificate(ResultSet rs, int row) throws SQLException {
        return new CertificateRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                utc(rs, 6));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant utc(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
