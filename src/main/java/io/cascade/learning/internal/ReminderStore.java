package io.cascade.learning.internal;

import io.cascade.catalog.Audience;
import io.cascade.organization.Level;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of the reminder mails (one aggregate statement per kind, for the whole organisation) and the record
 * of what was sent. A reminder is claimed by inserting its row before the mail goes out: the primary key lets only
 * one run have it, and a mail that could not be sent releases it for the next run.
 */
@Component
public class ReminderStore {

    /** A person trained in a recurring course, when last, and the due day they were last reminded of (or null). */
    public record RefresherCandidate(long personId, String fullName, String email, Level level, long courseId,
            String courseTitle, Audience audience, int refresherMonths, Instant lastTrained,
            LocalDate lastRemindedDueOn) {
    }

    /** A staff member trained in a course, with their manager, and no check-in from that manager since. */
    public record CheckInCandidate(long managerId, String managerName, String managerEmail, long personId,
            String personName, long courseId, String courseTitle, Instant trainedAt) {
    }

    /** When a person last took a course, for refreshers: a class attended, or any completion. */
    private static final String TRAININGS = """
            select e.person_id, s.course_id, s.starts_at as trained_at
            from enrolment e join class_session s on s.id = e.session_id
            where e.attendance in ('PRESENT', 'LATE') and e.status <> 'WITHDRAWN' and s.cancelled_at is null
            union all
            select cc.person_id, cc.course_id, cc.completed_at from course_completion cc
            """;

    /**
     * When a person was trained in a course, as "trained" is defined: a class attended, or for a course that has no
     * classes, a completion.
     */
    private static final String TRAINED = """
            select e.person_id, s.course_id, s.starts_at as trained_at
            from enrolment e join class_session s on s.id = e.session_id
            where e.attendance in ('PRESENT', 'LATE') and s.cancelled_at is null
            union all
            select cc.person_id, cc.course_id, cc.completed_at from course_completion cc
            where not exists (select 1 from class_session s where s.course_id = cc.course_id)
            """;

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Active people last trained in a published recurring course long enough ago that it falls due before
     * {@code horizon} (a coarse cut in the database; the caller applies the exact rule), who hold no upcoming seat in
     * a class of it.
     */
    public List<RefresherCandidate> refresherCandidates(Instant now, LocalDate horizon) {
        return jdbc.sql("""
                select p.id, p.first_name, p.last_name, p.email, p.level, c.id as course_id, c.title, c.audience,
                       c.refresher_months, max(t.trained_at) as last_trained,
                       (select max(r.due_on) from refresher_reminder r
                        where r.person_id = p.id and r.course_id = c.id) as last_reminded
                from (%s) t
                join person p on p.id = t.person_id and p.active = true
                join course c on c.id = t.course_id and c.status = 'PUBLISHED' and c.refresher_months is not null
                where not exists (select 1 from enrolment b join class_session bs on bs.id = b.session_id
                                  where b.person_id = p.id and b.status = 'ENROLLED' and bs.course_id = c.id
                                    and bs.cancelled_at is null and bs.starts_at > :now)
                group by p.id, p.first_name, p.last_name, p.email, p.level, c.id, c.title, c.audience,
                         c.refresher_months
                having timestampadd(month, c.refresher_months, max(t.trained_at)) < :horizon
                order by p.id, c.id
                """.formatted(TRAININGS))
                .param("now", utc(now)).param("horizon", horizon.atStartOfDay())
                .query((rs, row) -> new RefresherCandidate(rs.getLong("id"),
                        rs.getString("first_name") + " " + rs.getString("last_name"), rs.getString("email"),
                        Level.valueOf(rs.getString("level")), rs.getLong("course_id"), rs.getString("title"),
                        Audience.valueOf(rs.getString("audience")), rs.getInt("refresher_months"),
                        instant(rs, "last_trained"), rs.getObject("last_reminded", LocalDate.class)))
                .list();
    }

    /**
     * Active staff with an active manager, first trained in a published course at or after {@code since}, whom
     * that manager has not checked in with since the training day, and whose manager was not reminded of them yet.
     */
    public List<CheckInCandidate> checkInCandidates(Instant since) {
        return jdbc.sql("""
                select m.id as manager_id, m.first_name as manager_first, m.last_name as manager_last,
                       m.email as manager_email, r.id as person_id, r.first_name, r.last_name,
                       c.id as course_id, c.title, t.trained_at
                from (select x.person_id, x.course_id, min(x.trained_at) as trained_at
                      from (%s) x group by x.person_id, x.course_id) t
                join person r on r.id = t.person_id and r.active = true and r.level = 'STAFF'
                join person m on m.id = r.reports_to_id and m.active = true
                join course c on c.id = t.course_id and c.status = 'PUBLISHED'
                where t.trained_at >= :since
                  and not exists (select 1 from reinforcement_check_in ci
                                  where ci.manager_id = m.id and ci.person_id = r.id and ci.course_id = c.id
                                    and ci.occurred_on >= cast(t.trained_at as date))
                  and not exists (select 1 from check_in_reminder cr
                                  where cr.manager_id = m.id and cr.person_id = r.id and cr.course_id = c.id)
                order by m.id, t.trained_at, r.last_name, r.first_name, c.title
                """.formatted(TRAINED))
                .param("since", utc(since))
                .query((rs, row) -> new CheckInCandidate(rs.getLong("manager_id"),
                        rs.getString("manager_first") + " " + rs.getString("manager_last"),
                        rs.getString("manager_email"), rs.getLong("person_id"),
                        rs.getString("first_name") + " " + rs.getString("last_name"), rs.getLong("course_id"),
                        rs.getString("title"), instant(rs, "trained_at")))
                .list();
    }

    /** Claims a refresher reminder; false when it was sent (or claimed) before. */
    public boolean claimRefresher(long personId, long courseId, LocalDate dueOn, Instant now) {
        try {
            return jdbc.sql("insert into refresher_reminder (person_id, course_id, due_on, sent_at) "
                            + "values (:person, :course, :due, :now)")
                    .param("person", personId).param("course", courseId).param("due", dueOn)
                    .param("now", utc(now)).update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public void releaseRefresher(long personId, long courseId, LocalDate dueOn) {
        jdbc.sql("delete from refresher_reminder where person_id = :person and course_id = :course and due_on = :due")
                .param("person", personId).param("course", courseId).param("due", dueOn).update();
    }

    /** Claims a check-in reminder; false when the manager was reminded of this report and course before. */
    public boolean claimCheckIn(long managerId, long personId, long courseId, Instant now) {
        try {
            return jdbc.sql("insert into check_in_reminder (manager_id, person_id, course_id, sent_at) "
                            + "values (:manager, :person, :course, :now)")
                    .param("manager", managerId).param("person", personId).param("course", courseId)
                    .param("now", utc(now)).update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public void releaseCheckIn(long managerId, long personId, long courseId) {
        jdbc.sql("delete from check_in_reminder where manager_id = :manager and person_id = :person "
                        + "and course_id = :course")
                .param("manager", managerId).param("person", personId).param("course", courseId).update();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
