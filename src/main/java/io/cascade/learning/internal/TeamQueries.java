package io.cascade.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of "my team": one aggregate statement each, whatever the size of the team. Instants are stored as
 * UTC DATETIME(6), so they are read and bound as UTC {@link LocalDateTime}s.
 */
@Component
public class TeamQueries {

    /** When a person was trained in a course: first attended, non-cancelled class; or completion without classes. */
    public record Training(long personId, long courseId, Instant trainedAt) {
    }

    /** A person's next booked, non-cancelled class of a course. */
    public record Booking(long personId, long courseId, Instant startsAt) {
    }

    private final JdbcClient jdbc;

    TeamQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Training> trainings(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select e.person_id, s.course_id, min(s.starts_at) as trained_at
                from enrolment e
                join class_session s on s.id = e.session_id
                where e.person_id in (:people) and e.attendance in ('PRESENT', 'LATE') and s.cancelled_at is null
                group by e.person_id, s.course_id
                union all
                select c.person_id, c.course_id, min(c.completed_at)
                from course_completion c
                where c.person_id in (:people)
                  and not exists (select 1 from class_session s where s.course_id = c.course_id)
                group by c.person_id, c.course_id
                """)
                .param("people", personIds)
                .query((rs, row) -> new Training(rs.getLong(1), rs.getLong(2), utc(rs, 3)))
                .list();
    }

    public List<Booking> nextBookings(Collection<Long> personIds, Instant now) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select e.person_id, s.course_id, min(s.starts_at)
                from enrolment e
                join class_session s on s.id = e.session_id
                where e.person_id in (:people) and e.status in ('ENROLLED', 'WAITLISTED')
                  and s.cancelled_at is null and s.starts_at >= :now
                group by e.person_id, s.course_id
                """)
                .param("people", personIds)
                .param("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .query((rs, row) -> new Booking(rs.getLong(1), rs.getLong(2), utc(rs, 3)))
                .list();
    }

    private static Instant utc(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
