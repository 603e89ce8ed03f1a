package io.cascade.scheduling.internal;

import io.cascade.catalog.Audience;
import io.cascade.scheduling.AgendaFilter;
import io.cascade.scheduling.AttendanceChangeItem;
import io.cascade.scheduling.AttendanceStatus;
import io.cascade.scheduling.EnrolmentStatus;
import io.cascade.scheduling.JoinableSession;
import io.cascade.scheduling.PersonOption;
import io.cascade.scheduling.PersonSessionItem;
import io.cascade.scheduling.RollCallEntry;
import io.cascade.scheduling.SessionAudience;
import io.cascade.scheduling.SessionConflict;
import io.cascade.scheduling.SessionListItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-side SQL for session lists. It joins course and person rows by id in the database (one aggregate query per
 * list, never one per row) rather than through other modules' entities. Instants are stored as UTC DATETIME.
 */
@Repository
public class SessionQueries {

    private static final String SESSION_LIST = """
            select s.id, s.course_id, c.title as course_title, s.starts_at, s.duration_minutes, s.location,
                   s.online_url, s.capacity, s.trainer_id, t.first_name as trainer_first_name,
                   t.last_name as trainer_last_name, s.cancelled_at,
                   coalesce(sum(case when e.status = 'ENROLLED' then 1 else 0 end), 0) as enrolled_count,
                   coalesce(sum(case when e.status = 'WAITLISTED' then 1 else 0 end), 0) as waitlisted_count
            from class_session s
            join course c on c.id = s.course_id
            left join person t on t.id = s.trainer_id
            left join enrolment e on e.session_id = s.id
            where %s
            group by s.id, s.course_id, c.title, s.starts_at, s.duration_minutes, s.location, s.online_url,
                     s.capacity, s.trainer_id, t.first_name, t.last_name, s.cancelled_at
            order by %s
            """;

    private final JdbcClient jdbc;

    SessionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sessions starting at or after {@code now}, soonest first. */
    public List<SessionListItem> startingFrom(Instant now, Pageable page) {
        return sessionList("s.starts_at >= :now", "s.starts_at asc, s.id asc", now, page);
    }

    /** Sessions that started before {@code now}, most recent first. */
    public List<SessionListItem> startedBefore(Instant now, Pageable page) {
        return sessionList("s.starts_at < :now", "s.starts_at desc, s.id desc", now, page);
    }

    private List<SessionListItem> sessionList(String condition, String order, Instant now, Pageable page) {
        String sql = SESSION_LIST.formatted(condition, order) + limitClause(page);
        return jdbc.sql(sql).param("now", toUtc(now)).query(SessionQueries::toSessionListItem).list();
    }

    /** Sessions starting in the filter's window, soonest first; optional filters are fixed SQL fragments. */
    public List<SessionListItem> agenda(AgendaFilter filter) {
        var condition = new StringBuilder("s.starts_at >= :from and s.starts_at < :to");
        if (filter.trainerId() != null) {
            condition.append(" and s.trainer_id = :trainerId");
        }
        if (filter.courseId() != null) {
            condition.append(" and s.course_id = :courseId");
        }
        if (filter.departmentId() != null) {
            condition.append(" and exists (select 1 from class_session_department sd"
                    + " where sd.session_id = s.id and sd.department_id = :departmentId)");
        }
        var statement = jdbc.sql(SESSION_LIST.formatted(condition, "s.starts_at asc, s.id asc"))
                .param("from", toUtc(filter.from())).param("to", toUtc(filter.to()));
        if (filter.trainerId() != null) {
            statement = statement.param("trainerId", filter.trainerId());
        }
        if (filter.courseId() != null) {
            statement = statement.param("courseId", filter.courseId());
        }
        if (filter.departmentId() != null) {
            statement = statement.param("departmentId", filter.departmentId());
        }
        return statement.query(SessionQueries::toSessionListItem).list();
    }

    /** Seat counts of one session: ENROLLED then WAITLISTED. */
    public long[] seatCounts(long sessionId) {
        return jdbc.sql("""
                select coalesce(sum(case when status = 'ENROLLED' then 1 else 0 end), 0) as enrolled,
                       coalesce(sum(case when status = 'WAITLISTED' then 1 else 0 end), 0) as waitlisted
                from enrolment where session_id = :id""").param("id", sessionId)
                .query((rs, row) -> new long[] {rs.getLong("enrolled"), rs.getLong("waitlisted")}).single();
    }

    public Optional<String> courseTitle(long courseId) {
        return jdbc.sql("select title from course where id = :id").param("id", courseId).query(String.class)
                .optional();
    }

    public Optional<Audience> courseAudience(long courseId) {
        return jdbc.sql("select audience from course where id = :id").param("id", courseId).query(String.class)
                .optional().map(Audience::valueOf);
    }

    /**
     * Whether a session is meant for a person's department: it names no departments (everybody), or it names the
     * department or one above it. The same rule as {@link #joinableBy(long, Instant)}.
     */
    public boolean isMeantFor(long sessionId, long departmentId) {
        return jdbc.sql("""
                select case when not exists (select 1 from class_session_department sd where sd.session_id = :session)
                  or exists (select 1 from class_session_department sd
                             join department meant on meant.id = sd.department_id
                             join department d on d.id = :department
                             where sd.session_id = :session and d.tree_path like concat(meant.tree_path, '%'))
                  then 1 else 0 end""")
                .param("session", sessionId).param("department", departmentId).query(Integer.class).single() == 1;
    }

    public Optional<String> courseStatus(long courseId) {
        return jdbc.sql("select status from course where id = :id").param("id", courseId).query(String.class)
                .optional();
    }

    public Optional<String> personName(long personId) {
        return jdbc.sql("select concat(first_name, ' ', last_name) from person where id = :id")
                .param("id", personId).query(String.class).optional();
    }

    /** Active people whose account has the TRAINER role, by name. */
    public List<PersonOption> trainers() {
        return jdbc.sql("""
                select p.id, p.first_name, p.last_name from person p
                join user_account a on a.person_id = p.id
                join user_account_role r on r.account_id = a.id and r.role = 'TRAINER'
                where p.active = true
                order by p.last_name, p.first_name, p.id""")
                .query((rs, row) -> new PersonOption(rs.getLong("id"),
                        rs.getString("first_name") + " " + rs.getString("last_name")))
                .list();
    }

    /** Non-cancelled sessions other than {@code excludeId} the trainer gives that overlap [start, end). */
    public List<SessionConflict> trainerConflicts(long trainerId, Instant start, Instant end, Long excludeId) {
        return jdbc.sql("""
                select s.id, c.title, s.starts_at, p.id as person_id, concat(p.first_name, ' ', p.last_name) as name
                from class_session s
                join course c on c.id = s.course_id
                join person p on p.id = s.trainer_id
                where s.trainer_id = :trainerId and s.cancelled_at is null and s.id <> :excludeId
                  and s.starts_at < :end and timestampadd(minute, s.duration_minutes, s.starts_at) > :start
                order by s.starts_at""")
                .param("trainerId", trainerId).param("excludeId", excludeId == null ? -1L : excludeId)
                .param("start", toUtc(start)).param("end", toUtc(end))
                .query((rs, row) -> new SessionConflict(SessionConflict.Kind.TRAINER, rs.getLong("person_id"),
                        rs.getString("name"), rs.getLong("id"), rs.getString("title"), instant(rs, "starts_at")))
                .list();
    }

    /** People enrolled or waitlisted in the session who are also in another overlapping, non-cancelled session. */
    public List<SessionConflict> attendeeConflicts(long sessionId) {
        return jdbc.sql("""
                select o.id, c.title, o.starts_at, p.id as person_id, concat(p.first_name, ' ', p.last_name) as name
                from class_session s
                join enrolment e on e.session_id = s.id and e.status <> 'WITHDRAWN'
                join enrolment oe on oe.person_id = e.person_id and oe.session_id <> s.id and oe.status <> 'WITHDRAWN'
                join class_session o on o.id = oe.session_id and o.cancelled_at is null
                join course c on c.id = o.course_id
                join person p on p.id = e.person_id
                where s.id = :sessionId
                  and o.starts_at < timestampadd(minute, s.duration_minutes, s.starts_at)
                  and timestampadd(minute, o.duration_minutes, o.starts_at) > s.starts_at
                order by p.last_name, p.first_name, o.starts_at""")
                .param("sessionId", sessionId)
                .query((rs, row) -> new SessionConflict(SessionConflict.Kind.ATTENDEE, rs.getLong("person_id"),
                        rs.getString("name"), rs.getLong("id"), rs.getString("title"), instant(rs, "starts_at")))
                .list();
    }

    /** A person's level and department, and their name; empty for an unknown or inactive person. */
    public Optional<PersonFacts> personFacts(long personId) {
        return jdbc.sql("""
                select p.id, concat(p.first_name, ' ', p.last_name) as name, p.level, p.department_id
                from person p where p.id = :id and p.active = true""").param("id", personId)
                .query((rs, row) -> new PersonFacts(rs.getLong("id"), rs.getString("name"), rs.getString("level"),
                        rs.getLong("department_id")))
                .optional();
    }

    public record PersonFacts(long id, String name, String level, long departmentId) {

        public boolean isStaff() {
            return "STAFF".equals(level);
        }
    }

    /**
     * The active managers (members above STAFF) of a department and, for each, when they were first trained in the
     * course: the start of the first non-cancelled session of it they attended PRESENT or LATE, or, for a course
     * that never had a class, their earliest completion; null when not trained. One aggregate statement.
     */
    public List<ManagerTraining> managersOf(long departmentId, long courseId) {
        return jdbc.sql("""
                select p.id, concat(p.first_name, ' ', p.last_name) as name,
                       coalesce(min(s.starts_at), min(cc.completed_at)) as trained_at
                from person p
                left join enrolment e on e.person_id = p.id and e.attendance in ('PRESENT', 'LATE')
                left join class_session s on s.id = e.session_id and s.course_id = :courseId
                     and s.cancelled_at is null
                left join course_completion cc on cc.person_id = p.id and cc.course_id = :courseId
                     and not exists (select 1 from class_session x where x.course_id = :courseId)
                where p.department_id = :departmentId and p.active = true and p.level <> 'STAFF'
                group by p.id, p.first_name, p.last_name
                order by p.last_name, p.first_name, p.id""")
                .param("departmentId", departmentId).param("courseId", courseId)
                .query((rs, row) -> new ManagerTraining(rs.getLong("id"), rs.getString("name"),
                        nullableInstant(rs, "trained_at")))
                .list();
    }

    public record ManagerTraining(long personId, String name, Instant trainedAt) {
    }

    /** Active members of a department and its sub-departments, managers before staff, then by name. */
    public List<Long> membersOfSubtree(long departmentId) {
        return jdbc.sql("""
                select p.id from person p join department d on d.id = p.department_id
                where p.active = true and d.archived = false
                  and d.tree_path like concat((select x.tree_path from department x where x.id = :id), '%')
                order by case when p.level = 'STAFF' then 1 else 0 end, p.last_name, p.first_name, p.id""")
                .param("id", departmentId).query(Long.class).list();
    }

    /** Everyone on a session's roll, seated first, then the waitlist in order, then withdrawn; by name within. */
    public List<RollCallEntry> rollCall(long sessionId) {
        return jdbc.sql("""
                select e.id, e.person_id, concat(p.first_name, ' ', p.last_name) as name, d.name as department,
                       p.level, e.status, e.waitlist_position, e.attendance, e.attendance_note, e.walk_in,
                       e.gate_override
                from enrolment e
                join person p on p.id = e.person_id
                join department d on d.id = p.department_id
                where e.session_id = :sessionId
                order by case e.status when 'ENROLLED' then 0 when 'WAITLISTED' then 1 else 2 end,
                         e.waitlist_position, p.last_name, p.first_name, p.id""")
                .param("sessionId", sessionId)
                .query((rs, row) -> new RollCallEntry(rs.getLong("id"), rs.getLong("person_id"),
                        rs.getString("name"), rs.getString("department"), rs.getString("level"),
                        EnrolmentStatus.valueOf(rs.getString("status")),
                        rs.getObject("waitlist_position", Integer.class), attendance(rs, "attendance"),
                        rs.getString("attendance_note"), rs.getBoolean("walk_in"), rs.getString("gate_override")))
                .list();
    }

    /** Attendance changed after the session day, most recent first. */
    public List<AttendanceChangeItem> attendanceChanges(long sessionId) {
        return jdbc.sql("""
                select concat(p.first_name, ' ', p.last_name) as name, ac.changed_by, ac.changed_at,
                       ac.old_attendance, ac.new_attendance
                from attendance_change ac
                join enrolment e on e.id = ac.enrolment_id
                join person p on p.id = e.person_id
                where e.session_id = :sessionId
                order by ac.changed_at desc, ac.id desc""")
                .param("sessionId", sessionId)
                .query((rs, row) -> new AttendanceChangeItem(rs.getString("name"), rs.getString("changed_by"),
                        instant(rs, "changed_at"), attendance(rs, "old_attendance"),
                        attendance(rs, "new_attendance")))
                .list();
    }

    private static AttendanceStatus attendance(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : AttendanceStatus.valueOf(value);
    }

    private static Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** Sessions the person is enrolled or waitlisted in (not those they withdrew from), in date order. */
    public List<PersonSessionItem> ofPerson(long personId) {
        return jdbc.sql("""
                select s.id, s.course_id, c.title as course_title, s.starts_at, s.duration_minutes, s.location,
                       s.online_url, t.first_name as trainer_first_name, t.last_name as trainer_last_name,
                       e.status, e.waitlist_position, e.attendance, s.cancelled_at
                from enrolment e
                join class_session s on s.id = e.session_id
                join course c on c.id = s.course_id
                left join person t on t.id = s.trainer_id
                where e.person_id = :personId and e.status <> 'WITHDRAWN'
                order by s.starts_at, s.id
                """)
                .param("personId", personId)
                .query((rs, row) -> new PersonSessionItem(rs.getLong("id"), rs.getLong("course_id"),
                        rs.getString("course_title"), instant(rs, "starts_at"), rs.getInt("duration_minutes"),
                        rs.getString("location"), rs.getString("online_url"), trainerName(rs),
                        EnrolmentStatus.valueOf(rs.getString("status")),
                        rs.getObject("waitlist_position", Integer.class),
                        rs.getString("attendance") == null ? null
                                : AttendanceStatus.valueOf(rs.getString("attendance")),
                        rs.getObject("cancelled_at") != null))
                .list();
    }

    /**
     * Upcoming, not cancelled sessions of published courses that the person may ask to join, soonest first: meant
     * for everybody (no departments) or for a department at or above theirs in the tree; not a managers-only
     * session when they are staff; not a session they are in already, nor one of a course they hold an upcoming
     * seat in, nor one of a course they attended a class of, unless the course recurs and their refresher falls due
     * within 90 days of the session. Seats are counted in the same statement.
     */
    public List<JoinableSession> joinableBy(long personId, Instant now) {
        return jdbc.sql("""
                select s.id, s.course_id, c.title as course_title, c.audience as course_audience, s.starts_at,
                       s.duration_minutes, s.time_zone, s.location, s.online_url, s.audience, s.capacity,
                       t.first_name as trainer_first_name, t.last_name as trainer_last_name,
                       (select count(*) from enrolment x where x.session_id = s.id and x.status = 'ENROLLED')
                           as enrolled_count,
                       (select count(*) from enrolment x where x.session_id = s.id and x.status = 'WAITLISTED')
                           as waitlisted_count
                from class_session s
                join course c on c.id = s.course_id and c.status = 'PUBLISHED'
                join person p on p.id = :personId and p.active = true
                join department d on d.id = p.department_id
                left join person t on t.id = s.trainer_id
                where s.cancelled_at is null and s.starts_at > :now
                  and (s.audience <> 'MANAGERS' or p.level <> 'STAFF')
                  and (not exists (select 1 from class_session_department sd where sd.session_id = s.id)
                       or exists (select 1 from class_session_department sd
                                  join department meant on meant.id = sd.department_id
                                  where sd.session_id = s.id and d.tree_path like concat(meant.tree_path, '%')))
                  and not exists (select 1 from enrolment mine where mine.session_id = s.id
                                  and mine.person_id = p.id and mine.status <> 'WITHDRAWN')
                  and not exists (select 1 from enrolment seat join class_session other on other.id = seat.session_id
                                  where seat.person_id = p.id and seat.status = 'ENROLLED'
                                    and other.course_id = s.course_id and other.cancelled_at is null
                                    and other.starts_at > :now)
                  and not exists (select 1 from enrolment done join class_session held on held.id = done.session_id
                                  where done.person_id = p.id and done.attendance in ('PRESENT', 'LATE')
                                    and held.course_id = s.course_id and held.cancelled_at is null
                                    and (c.refresher_months is null
                                         or timestampadd(month, c.refresher_months, held.starts_at)
                                            > timestampadd(day, 90, s.starts_at)))
                order by s.starts_at, s.id
                """)
                .param("personId", personId).param("now", toUtc(now))
                .query((rs, row) -> new JoinableSession(rs.getLong("id"), rs.getLong("course_id"),
                        rs.getString("course_title"), Audience.valueOf(rs.getString("course_audience")),
                        instant(rs, "starts_at"), rs.getInt("duration_minutes"), rs.getString("time_zone"),
                        rs.getString("location"), rs.getString("online_url"), trainerName(rs),
                        SessionAudience.valueOf(rs.getString("audience")), rs.getInt("capacity"),
                        rs.getLong("enrolled_count"), rs.getLong("waitlisted_count")))
                .list();
    }

    private static SessionListItem toSessionListItem(ResultSet rs, int row) throws SQLException {
        return new SessionListItem(rs.getLong("id"), rs.getLong("course_id"), rs.getString("course_title"),
                instant(rs, "starts_at"), rs.getInt("duration_minutes"), rs.getString("location"),
                rs.getString("online_url"), rs.getInt("capacity"), rs.getLong("enrolled_count"),
                rs.getLong("waitlisted_count"), rs.getObject("trainer_id", Long.class), trainerName(rs),
                rs.getObject("cancelled_at") != null);
    }

    private static String trainerName(ResultSet rs) throws SQLException {
        String first = rs.getString("trainer_first_name");
        return first == null ? null : first + " " + rs.getString("trainer_last_name");
    }

    private static String limitClause(Pageable page) {
        return page.isPaged() ? " limit " + page.getPageSize() + " offset " + page.getOffset() : "";
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime toUtc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
