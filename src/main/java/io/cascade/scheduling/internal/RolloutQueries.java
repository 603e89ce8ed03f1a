package io.cascade.scheduling.internal;

import io.cascade.scheduling.GateOverrideItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rollout page's reads: a fixed number of statements per course, whatever the size of the organisation. */
@Repository
public class RolloutQueries {

    private final JdbcClient jdbc;

    RolloutQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * When each person was first trained in the course: the start of the first non-cancelled session of it they
     * attended PRESENT or LATE, or, for a course that never had a class, their earliest completion. One statement.
     */
    public Map<Long, Instant> firstTrainedAt(long courseId) {
        return jdbc.sql("""
                select t.person_id, min(t.trained_at) as trained_at from (
                    select e.person_id, s.starts_at as trained_at
                    from enrolment e join class_session s on s.id = e.session_id
                    where s.course_id = :courseId and s.cancelled_at is null and e.attendance in ('PRESENT', 'LATE')
                    union all
                    select cc.person_id, cc.completed_at as trained_at
                    from course_completion cc
                    where cc.course_id = :courseId
                      and not exists (select 1 from class_session x where x.course_id = :courseId)
                ) t
                group by t.person_id""")
                .param("courseId", courseId)
                .query((rs, row) -> Map.entry(rs.getLong("person_id"), instant(rs, "trained_at")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Active people with their department (name and depth, in tree order) and level. One statement. */
    public List<Member> activeMembers() {
        return jdbc.sql("""
                select p.id, p.level, d.id as department_id, d.name as department_name, d.depth, d.tree_path
                from person p join department d on d.id = p.department_id
                where p.active = true and d.archived = false
                order by d.tree_path, d.id, p.id""")
                .query((rs, row) -> new Member(rs.getLong("id"), !"STAFF".equals(rs.getString("level")),
                        rs.getLong("department_id"), rs.getString("department_name"), rs.getInt("depth")))
                .list();
    }

    public record Member(long personId, boolean manager, long departmentId, String departmentName, int depth) {
    }

    /** Enrolments in the course's sessions that passed the gate by override, newest first. One statement. */
    public List<GateOverrideItem> gateOverrides(long courseId) {
        return jdbc.sql("""
                select e.session_id, s.starts_at, e.person_id, concat(p.first_name, ' ', p.last_name) as name,
                       e.gate_override_by, e.gate_override, e.enrolled_at
                from enrolment e
                join class_session s on s.id = e.session_id
                join person p on p.id = e.person_id
                where s.course_id = :courseId and e.gate_override is not null
                order by e.enrolled_at desc, e.id desc""")
                .param("courseId", courseId)
                .query((rs, row) -> new GateOverrideItem(rs.getLong("session_id"), instant(rs, "starts_at"),
                        rs.getLong("person_id"), rs.getString("name"), rs.getString("gate_override_by"),
                        rs.getString("gate_override"), instant(rs, "enrolled_at")))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
