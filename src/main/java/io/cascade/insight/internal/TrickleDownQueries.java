package io.cascade.insight.internal;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The SQL behind the trickle-down figures. Each method is exactly one statement whatever the size of the
 * organisation; the database finds each person's first qualifying training per course so only one row per trained
 * (person, course) travels to Java, where the pure rules judge the order.
 * <p>
 * Instants are stored as UTC DATETIME(6), so they are read and bound as UTC {@link LocalDateTime}s, independent of
 * the JVM's time zone. Optional filters are fixed SQL fragments switched on or off, never values of a
 * {@code :x is null} test, so the same text runs on MariaDB, MySQL and H2.
 */
@Component
public class TrickleDownQueries {

    /** Who is a leader for leadership participation. */
    private static final String LEADER_LEVELS = "('EXECUTIVE', 'SENIOR_LEADER')";

    private final NamedParameterJdbcTemplate jdbc;

    TrickleDownQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What to read: one course or every PUBLISHED course; one department and its subtree or the whole
     * organisation; and a training round [from, to) or all time.
     */
    public record Filter(Long courseId, Long divisionId, Instant from, Instant to) {
    }

    public record DepartmentRow(long id, String name, Long parentId, String treePath, int depth) {
    }

    /** A course; {@code refresherMonths} null = it does not recur, a training in it never expires. */
    public record CourseRow(long id, String code, String title, Integer refresherMonths) {

        public CourseRow(long id, String code, String title) {
            this(id, code, title, null);
        }
    }

    public record PersonRow(long id, String firstName, String lastName, String level, long departmentId,
                            String departmentName, Long reportsToId) implements DepartmentMember {

        @Override
        public boolean isStaff() {
            return "STAFF".equals(level);
        }

        public String name() {
            return firstName + " " + lastName;
        }
    }

    /** A person's first qualifying training in a course; {@code inClass} false = completion of a classless course. */
    public record TrainingRow(long personId, long courseId, Instant trainedAt, boolean inClass) {
    }

    /** A reinforcement check-in logged by the staff member's current direct manager. */
    public record CheckInRow(long personId, long courseId, LocalDate occurredOn) {
    }

    /**
     * The non-archived departments of the filter (a division includes itself), in tree order (parents before their children, subtrees contiguous). One statement.
     */
    public List<DepartmentRow> departments(Filter filter) {
        var params = new MapSqlParameterSource();
        String sql = "select d.id, d.name, d.parent_id, d.tree_path, d.depth from department d where d.archived = false"
                + departmentCondition(filter, params) + " order by d.tree_path";
        return jdbc.query(sql, params, (rs, row) -> new DepartmentRow(rs.getLong("id"), rs.getString("name"),
                nullableLong(rs, "parent_id"), rs.getString("tree_path"), rs.getInt("depth")));
    }

    /** The course, or every PUBLISHED course, by title. One statement. */
    public List<CourseRow> courses(Long courseId) {
        var params = new MapSqlParameterSource();
        String sql = "select c.id, c.code, c.title, c.refresher_months from course c where "
                + courseCondition(courseId, params) + " order by c.title, c.id";
        return jdbc.query(sql, params, (rs, row) -> new CourseRow(rs.getLong("id"), rs.getString("code"),
                rs.getString("title"), nullableInt(rs, "refresher_months")));
    }

    /** Active people in the filter's departments, optionally EXECUTIVE and SENIOR_LEADER only. One statement. */
    public List<PersonRow> people(Filter filter, boolean leadersOnly) {
        var params = new MapSqlParameterSource();
        var sql = new StringBuilder("""
                select p.id, p.first_name, p.last_name, p.level, p.department_id, d.name as department_name, p.reports_to_id
                from person p
                join department d on d.id = p.department_id
                where p.active = true and d.archived = false
                """);
        sql.append(departmentCondition(filter, params));
        if (leadersOnly) {
            sql.append(" and p.level in ").append(LEADER_LEVELS);
        }
        sql.append(" order by p.last_name, p.first_name, p.id");
        return jdbc.query(sql.toString(), params, (rs, row) -> new PersonRow(rs.getLong("id"),
                rs.getString("first_name"), rs.getString("last_name"), rs.getString("level"),
                rs.getLong("department_id"), rs.getString("department_name"), nullableLong(rs, "reports_to_id")));
    }

    /**
     * "Trained at" for the people of the filter and every course of the filter, in one statement: the start of the
     * first non-cancelled class session of the course attended PRESENT or LATE (enrolment status aside: the
     * trainer's attendance mark is the fact), or, for a course that never had a class session, the earliest
     * completion. EXCUSED and ABSENT do not count. Only training within the filter's round counts.
     * <p>
     * The statement reads from the courses through their sessions to the attendance marks (index
     * {@code ix_enrolment_session_attendance}), and narrows by people only when the filter has a division or asks
     * for leaders: for the whole organisation it also returns rows of inactive people and of archived departments,
     * which callers ignore by matching the rows against {@link #people}. Judging a million enrolments, that saves a
     * row lookup per attendance mark.
     *
     * @param leadersOnly only EXECUTIVE and SENIOR_LEADER (leadership participation)
     * @param classesOnly only class attendance, no completions (leadership participation)
     */
    public List<TrainingRow> trainings(Filter filter, boolean leadersOnly, boolean classesOnly) {
        var params = new MapSqlParameterSource();
        String sql = trainingsSql(filter, leadersOnly, classesOnly, params);
        return jdbc.query(sql, params, (rs, row) -> new TrainingRow(rs.getLong(1), rs.getLong(2),
                SqlParts.instant(rs, 3), rs.getInt(4) == 1));
    }

    /**
     * Every training, not only the first, of the people of the filter in every course of the filter, whatever the
     * filter's round (a round judges managers by what they held before it): each non-cancelled class attended
     * PRESENT or LATE, or each completion of a course that never had a class session. Two classes of a course at
     * the same instant come as two rows. Like {@link #trainings}, for the whole organisation it also returns rows
     * of people outside it, which callers ignore. One statement.
     */
    public List<TrainingRow> everyTraining(Filter filter) {
        var params = new MapSqlParameterSource();
        String courses = courseCondition(filter.courseId(), params);
        String sql = """
                select e.person_id, s.course_id, s.starts_at, 1 as in_class
                from course c
                join class_session s on s.course_id = c.id
                join enrolment e on e.session_id = s.id
                where e.attendance in ('PRESENT', 'LATE') and s.cancelled_at is null and\s""" + courses
                + peopleCondition("e.person_id", filter, false, params) + """

                union all
                select cc.person_id, cc.course_id, cc.completed_at, 0 as in_class
                from course c
                join course_completion cc on cc.course_id = c.id
                where not exists (select 1 from class_session s where s.course_id = c.id) and\s""" + courses
                + peopleCondition("cc.person_id", filter, false, params);
        return jdbc.query(sql, params, (rs, row) -> new TrainingRow(rs.getLong(1), rs.getLong(2),
                SqlParts.instant(rs, 3), rs.getInt(4) == 1));
    }

    /** Trainings of people of one level in one calendar month (UTC), a person once per course. */
    public record MonthlyTrainingRow(int year, int month, String level, int trainings) {
    }

    /**
     * How many trainings of active people happened per calendar month (UTC) and level, by the same "trained at" as
     * {@link #trainings}: a person counts in the month of each course's first qualifying training, like the
     * violations of the same month (per course). Aggregated in the database, one statement.
     */
    public List<MonthlyTrainingRow> trainedPerMonthByLevel(Filter filter) {
        var params = new MapSqlParameterSource();
        String sql = "select year(t.trained_at) as trained_year, month(t.trained_at) as trained_month, p.level,"
                + " count(*) as trainings"
                + " from (" + trainingsSql(filter, false, false, params) + ") t"
                + " join person p on p.id = t.person_id"
                + " join department d on d.id = p.department_id"
                + " where p.active = true and d.archived = false"
                + " group by year(t.trained_at), month(t.trained_at), p.level"
                + " order by trained_year, trained_month, p.level";
        return jdbc.query(sql, params, (rs, row) -> new MonthlyTrainingRow(rs.getInt("trained_year"),
                rs.getInt("trained_month"), rs.getString("level"), rs.getInt("trainings")));
    }

    private static String trainingsSql(Filter filter, boolean leadersOnly, boolean classesOnly,
                                       MapSqlParameterSource params) {
        String courses = courseCondition(filter.courseId(), params);
        // the first attended class per person and course is picked by a window rather than MIN ... GROUP BY:
        // MariaDB sorts for a window, which over a million attendance marks takes about half the time of grouping
        var sql = new StringBuilder("""
                select x.person_id, x.course_id, x.starts_at as trained_at, 1 as in_class
                from (select e.person_id, s.course_id, s.starts_at,
                             row_number() over (partition by e.person_id, s.course_id order by s.starts_at) as attempt
                      from course c
                      join class_session s on s.course_id = c.id
                      join enrolment e on e.session_id = s.id
                      where e.attendance in ('PRESENT', 'LATE') and s.cancelled_at is null and\s""").append(courses)
                .append(peopleCondition("e.person_id", filter, leadersOnly, params))
                .append(SqlParts.inRound("s.starts_at", filter, params))
                .append(") x where x.attempt = 1");
        if (!classesOnly) {
            sql.append("""
                     union all
                    select cc.person_id, cc.course_id, min(cc.completed_at) as trained_at, 0 as in_class
                    from course c
                    join course_completion cc on cc.course_id = c.id
                    where not exists (select 1 from class_session s where s.course_id = c.id) and\s""")
                    .append(courses)
                    .append(peopleCondition("cc.person_id", filter, leadersOnly, params))
                    .append(SqlParts.inRound("cc.completed_at", filter, params))
                    .append(" group by cc.person_id, cc.course_id");
        }
        return sql.toString();
    }

    /** A gate override: who was let in before their managers, into which class, by whom and why. */
    public record GateOverrideRow(long courseId, String courseTitle, Instant sessionStartsAt, long personId,
            String personName, String departmentName, String overriddenBy, String reason) {
    }

    /** The latest gate overrides of the filter's courses and division, newest class first. One statement. */
    public List<GateOverrideRow> gateOverrides(Filter filter, int limit) {
        var params = new MapSqlParameterSource("limit", limit);
        String sql = """
                select c.id, c.title, s.starts_at, p.id, concat(p.first_name, ' ', p.last_name), d.name,
                       e.gate_override_by, e.gate_override
                from enrolment e
                join class_session s on s.id = e.session_id
                join course c on c.id = s.course_id
                join person p on p.id = e.person_id
                join department d on d.id = p.department_id
                where e.gate_override is not null and\s""" + courseCondition(filter.courseId(), params)
                + departmentCondition(filter, params) + SqlParts.inRound("s.starts_at", filter, params)
                + " order by s.starts_at desc, e.id desc limit :limit";
        return jdbc.query(sql, params, (rs, row) -> new GateOverrideRow(rs.getLong(1), rs.getString(2),
                SqlParts.instant(rs, 3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8)));
    }

    /**
     * Reinforcement check-ins for active STAFF of the filter, logged by their current direct manager for a course
     * of the filter. One statement.
     */
    public List<CheckInRow> checkInsByDirectManager(Filter filter) {
        var params = new MapSqlParameterSource();
        String sql = """
                select ci.person_id, ci.course_id, ci.occurred_on
                from reinforcement_check_in ci
                join person p on p.id = ci.person_id and p.reports_to_id = ci.manager_id
                join department d on d.id = p.department_id
                join course c on c.id = ci.course_id
                where p.active = true and p.level = 'STAFF' and d.archived = false
                """ + departmentCondition(filter, params) + " and " + courseCondition(filter.courseId(), params);
        return jdbc.query(sql, params, (rs, row) -> new CheckInRow(rs.getLong("person_id"), rs.getLong("course_id"),
                rs.getObject("occurred_on", LocalDate.class)));
    }

    static String courseCondition(Long courseId, MapSqlParameterSource params) {
        if (courseId == null) {
            return "c.status = 'PUBLISHED'";
        }
        params.addValue("courseId", courseId);
        return "c.id = :courseId";
    }

    /** The subtree is one prefix match on the materialised path of the division (an unknown division: nothing). */
    static String departmentCondition(Filter filter, MapSqlParameterSource params) {
        if (filter.divisionId() == null) {
            return "";
        }
        params.addValue("divisionId", filter.divisionId());
        return " and d.tree_path like concat((select x.tree_path from department x where x.id = :divisionId), '%')";
    }

    /** Narrows a person id column to the filter's active people, or to nobody extra for the whole organisation. */
    private static String peopleCondition(String personColumn, Filter filter, boolean leadersOnly,
                                          MapSqlParameterSource params) {
        if (filter.divisionId() == null && !leadersOnly) {
            return "";
        }
        return " and " + personColumn + " in (select p.id from person p join department d on d.id = p.department_id"
                + " where p.active = true and d.archived = false" + departmentCondition(filter, params)
                + (leadersOnly ? " and p.level in " + LEADER_LEVELS : "") + ")";
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
