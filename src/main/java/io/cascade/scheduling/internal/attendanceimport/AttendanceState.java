package io.cascade.scheduling.internal.attendanceimport;

import io.cascade.scheduling.AttendanceStatus;
import io.cascade.scheduling.EnrolmentStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an attendance import is checked against, read with a few statements rather than one per row: everyone by
 * employee number, every course by code (with whether it ever had a class and how many completed it without one),
 * then the sessions of the courses the file names, and the enrolments of the sessions it matches.
 */
public final class AttendanceState {

    public record PersonRow(long id, String employeeNumber, String name) {
    }

    public record CourseRow(long id, String code, String title, String status, boolean hasSessions,
            long completions) {
    }

    public record SessionRow(long id, long courseId, Instant startsAt, boolean cancelled) {
    }

    public record EnrolmentRow(long id, long sessionId, long personId, EnrolmentStatus status,
            AttendanceStatus attendance) {
    }

    /** A class: a course at a start. */
    public record SessionKey(long courseId, Instant startsAt) {
    }

    public record EnrolmentKey(long sessionId, long personId) {
    }

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final Map<String, PersonRow> peopleByNumber = new HashMap<>();
    private final Map<String, CourseRow> coursesByCode = new HashMap<>();
    private final Map<SessionKey, List<SessionRow>> sessionsByKey = new HashMap<>();
    private final Map<EnrolmentKey, EnrolmentRow> enrolments = new HashMap<>();

    private AttendanceState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static AttendanceState load(JdbcClient jdbc) {
        var state = new AttendanceState(jdbc);
        jdbc.sql("select id, employee_number, first_name, last_name from person").query(rs -> {
            state.peopleByNumber.put(rs.getString("employee_number"), new PersonRow(rs.getLong("id"),
                    rs.getString("employee_number"), rs.getString("first_name") + " " + rs.getString("last_name")));
        });
        jdbc.sql("""
                select c.id, c.code, c.title, c.status,
                       (select count(*) from class_session s where s.course_id = c.id) as sessions,
                       (select count(*) from course_completion cc where cc.course_id = c.id) as completions
                from course c""").query(rs -> {
                    state.coursesByCode.put(rs.getString("code").toUpperCase(Locale.ROOT), new CourseRow(
                            rs.getLong("id"), rs.getString("code"), rs.getString("title"), rs.getString("status"),
                            rs.getLong("sessions") > 0, rs.getLong("completions")));
                });
        return state;
    }

    public PersonRow person(String employeeNumber) {
        return peopleByNumber.get(employeeNumber);
    }

    /** Course codes are unique whatever their case (as the database compares them). */
    public CourseRow course(String code) {
        return coursesByCode.get(code.toUpperCase(Locale.ROOT));
    }

    /** Reads the sessions of these courses; {@link #sessions} answers from them. */
    public void loadSessionsOf(Collection<Long> courseIds) {
        for (List<Long> chunk : chunks(courseIds)) {
            jdbc.sql("select id, course_id, starts_at, cancelled_at from class_session where course_id in (:ids)")
                    .param("ids", chunk).query(rs -> {
                        var row = new SessionRow(rs.getLong("id"), rs.getLong("course_id"),
                                rs.getObject("starts_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                                rs.getObject("cancelled_at") != null);
                        sessionsByKey.computeIfAbsent(new SessionKey(row.courseId(), row.startsAt()),
                                key -> new ArrayList<>()).add(row);
                    });
        }
    }

    /** The sessions of a course at exactly this start (usually none or one), by id. */
    public List<SessionRow> sessions(SessionKey key) {
        return sessionsByKey.getOrDefault(key, List.of());
    }

    /** Reads the enrolments of these sessions; {@link #enrolment} answers from them. */
    public void loadEnrolmentsOf(Collection<Long> sessionIds) {
        for (List<Long> chunk : chunks(sessionIds)) {
            jdbc.sql("select id, session_id, person_id, status, attendance from enrolment where session_id in (:ids)")
                    .param("ids", chunk).query(rs -> {
                        String attendance = rs.getString("attendance");
                        var row = new EnrolmentRow(rs.getLong("id"), rs.getLong("session_id"),
                                rs.getLong("person_id"), EnrolmentStatus.valueOf(rs.getString("status")),
                                attendance == null ? null : AttendanceStatus.valueOf(attendance));
                        enrolments.put(new EnrolmentKey(row.sessionId(), row.personId()), row);
                    });
        }
    }

    public EnrolmentRow enrolment(long sessionId, long personId) {
        return enrolments.get(new EnrolmentKey(sessionId, personId));
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
