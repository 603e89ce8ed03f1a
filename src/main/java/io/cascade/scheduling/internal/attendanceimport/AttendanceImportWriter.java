package io.cascade.scheduling.internal.attendanceimport;

import io.cascade.scheduling.EnrolmentStatus;
import io.cascade.scheduling.SessionAudience;
import io.cascade.scheduling.internal.Waitlist;
import io.cascade.scheduling.internal.attendanceimport.AttendanceImportPlan.Kind;
import io.cascade.scheduling.internal.attendanceimport.AttendanceImportPlan.Mark;
import io.cascade.scheduling.internal.attendanceimport.AttendanceImportPlan.SessionGroup;
import io.cascade.scheduling.internal.attendanceimport.AttendanceState.SessionKey;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a checked attendance plan with batched SQL in the caller's transaction: the new past sessions (marked as
 * imported, in the place "Imported", one seat per person in the file), then new enrolments with their attendance,
 * then changed marks (a waitlisted or withdrawn person takes a seat), each change also written to the attendance
 * change log the roll call shows.
 */
@Component
public class AttendanceImportWriter {

    /** Where a created session took place, as far as Cascade knows. */
    public static final String PLACE = "Imported";
    /** The length given to a created session: the file does not say. */
    public static final int DURATION_MINUTES = 60;
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final EntityManager entityManager;
    private final Waitlist waitlist;

    AttendanceImportWriter(JdbcTemplate jdbc, EntityManager entityManager, Waitlist waitlist) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.entityManager = entityManager;
        this.waitlist = waitlist;
    }

    /**
     * What a write did: the sessions written to (created, or with a new or changed mark), and for each course with
     * new sessions the first of them.
     */
    public record Written(List<Long> sessionIds, Map<Long, Long> firstCreatedByCourse) {
    }

    /** Applies the plan. */
    public Written write(AttendanceImportPlan plan, String fileName, String actor, Instant now) {
        // SQL below bypasses JPA: write its pending changes first, and forget its copies afterwards
        entityManager.flush();
        LocalDateTime at = utc(now);
        Map<SessionKey, Long> sessionIds = new HashMap<>();
        List<SessionGroup> created = new ArrayList<>();
        for (SessionGroup group : plan.groups()) {
            if (group.sessionId() == null) {
                created.add(group);
            } else {
                sessionIds.put(group.key(), group.sessionId());
            }
        }
        createSessions(created, fileName, actor, at, sessionIds);

        List<Object[]> enrolments = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        List<Object[]> changeLog = new ArrayList<>();
        Set<Long> touched = new LinkedHashSet<>();
        Set<Long> waitlistsToRenumber = new LinkedHashSet<>();
        for (SessionGroup group : plan.groups()) {
            long sessionId = sessionIds.get(group.key());
            if (group.touched()) {
                touched.add(sessionId);
            }
            for (Mark mark : group.marks()) {
                if (mark.kind() == Kind.CREATED) {
                    enrolments.add(new Object[] {sessionId, mark.personId(), EnrolmentStatus.ENROLLED.name(),
                            mark.attendance().name(), "Imported", utc(group.key().startsAt()), at});
                } else if (mark.kind() == Kind.CHANGED) {
                    var existing = mark.existing();
                    changes.add(new Object[] {mark.attendance().name(), at, existing.id()});
                    if (existing.attendance() != mark.attendance()) {
                        changeLog.add(new Object[] {existing.id(), actor, at,
                                existing.attendance() == null ? null : existing.attendance().name(),
                                mark.attendance().name()});
                    }
                    if (existing.status() == EnrolmentStatus.WAITLISTED) {
                        waitlistsToRenumber.add(sessionId);
                    }
                }
            }
        }
        jdbc.batchUpdate("insert into enrolment (session_id, person_id, status, attendance, attendance_note, "
                + "enrolled_at, attendance_at, walk_in) values (?, ?, ?, ?, ?, ?, ?, false)", enrolments, BATCH,
                AttendanceImportWriter::set);
        jdbc.batchUpdate("update enrolment set status = 'ENROLLED', waitlist_position = null, attendance = ?, "
                + "attendance_at = ?, version = version + 1 where id = ?", changes, BATCH, AttendanceImportWriter::set);
        jdbc.batchUpdate("insert into attendance_change (enrolment_id, changed_by, changed_at, old_attendance, "
                + "new_attendance) values (?, ?, ?, ?, ?)", changeLog, BATCH, AttendanceImportWriter::set);
        entityManager.clear();
        waitlistsToRenumber.forEach(waitlist::renumber);
        Map<Long, Long> firstCreated = new LinkedHashMap<>();
        for (SessionGroup group : created) {
            firstCreated.merge(group.key().courseId(), sessionIds.get(group.key()), Math::min);
        }
        return new Written(List.copyOf(touched), firstCreated);
    }

    private void createSessions(List<SessionGroup> created, String fileName, String actor, LocalDateTime at,
            Map<SessionKey, Long> sessionIds) {
        if (created.isEmpty()) {
            return;
        }
        String notes = cut("Imported from " + fileName + " by " + actor + " on " + at.toLocalDate()
                + ": the time is from the file, the length and place are not known.", 2000);
        jdbc.batchUpdate("insert into class_session (course_id, starts_at, duration_minutes, time_zone, location, "
                + "capacity, audience, notes, imported, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, true, ?)",
                created, BATCH, (ps, group) -> {
                    ps.setLong(1, group.key().courseId());
                    ps.setObject(2, utc(group.key().startsAt()));
                    ps.setInt(3, DURATION_MINUTES);
                    ps.setString(4, group.zone().getId());
                    ps.setString(5, PLACE);
                    ps.setInt(6, group.marks().size());
                    ps.setString(7, SessionAudience.MIXED.name());
                    ps.setString(8, notes);
                    ps.setObject(9, at);
                });
        // the plan found no session at all for these courses and starts, so each one there now is the one just made
        Set<SessionKey> wanted = new LinkedHashSet<>();
        created.forEach(group -> wanted.add(group.key()));
        List<Long> courseIds = wanted.stream().map(SessionKey::courseId).distinct().toList();
        for (int from = 0; from < courseIds.size(); from += BATCH) {
            var params = new MapSqlParameterSource("ids", courseIds.subList(from, Math.min(courseIds.size(),
                    from + BATCH)));
            named.query("select id, course_id, starts_at from class_session where imported = true "
                    + "and course_id in (:ids)", params, rs -> {
                        var key = new SessionKey(rs.getLong("course_id"),
                                rs.getObject("starts_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
                        if (wanted.contains(key)) {
                            sessionIds.putIfAbsent(key, rs.getLong("id"));
                        }
                    });
        }
    }

    private static void set(PreparedStatement ps, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else {
                ps.setObject(i + 1, row[i]);
            }
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
