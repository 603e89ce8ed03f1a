package io.cascade.insight.internal;

import static io.cascade.insight.internal.SqlParts.inCourse;
import static io.cascade.insight.internal.SqlParts.inScope;
import static io.cascade.insight.internal.SqlParts.instant;
import static io.cascade.insight.internal.SqlParts.nullableInstant;
import static io.cascade.insight.internal.SqlParts.nullableLong;
import static io.cascade.insight.internal.SqlParts.utc;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The SQL of the trickle-down ledger (V31-V41): {@code course_training}, {@code trickle_down_cell},
 * {@code trickle_down_violation} and their months and member counts; every training ({@code course_training_event},
 * V60) is refreshed here with "trained at", and the rounds' rows are {@link RoundStore}'s; the marker of the version
 * the ledger was built by is the one row of {@code trickle_down_ledger_build} (V68). Writes replace what they cover
 * (delete, then insert), so a refresh is the same whether the rows were there or not. Reads for the dashboard are one
 * statement each, whatever the size.
 */
@Component
public class LedgerStore {

    private static final String LEADER_LEVELS = "('EXECUTIVE', 'SENIOR_LEADER')";
    private static final int BATCH = 1_000;

    private final NamedParameterJdbcTemplate jdbc;

    LedgerStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- "trained at"

    /**
     * Recomputes the trainings of the given people (or everybody) in the given course (or every course) from the
     * attendance marks and completions: every training ({@code course_training_event}, for training rounds), then
     * "trained at", the first of them ({@code course_training}). The only place that defines both for the ledger.
     *
     * @return for given people, those whose trainings changed (only they are rewritten: a mark that changes nothing,
     *         PRESENT to LATE, writes nothing); {@code null} when everybody was recomputed
     */
    public Set<Long> refreshTrainings(Long courseId, Collection<Long> personIds) {
        if (personIds == null) {
            writeTrainings(courseId, null);
            return null;
        }
        if (personIds.isEmpty()) {
            return Set.of();
        }
        var params = new MapSqlParameterSource("people", personIds);
        String course = inCourse("s.course_id", courseId, params);
        Set<List<Object>> wanted = new java.util.HashSet<>();
        jdbc.query(classEvents(course.isEmpty() ? "" : course, " and e.person_id in (:people)") + " union all "
                        + completionEvents(course.replace("s.course_id", "cc.course_id"),
                        " and cc.person_id in (:people)"), params,
                rs -> {
                    wanted.add(List.of(rs.getLong(1), rs.getLong(2), instant(rs, 3)));
                });
        Set<List<Object>> kept = new java.util.HashSet<>();
        jdbc.query("select person_id, course_id, trained_at from course_training_event where person_id in (:people)"
                        + course.replace("s.course_id", "course_id"), params,
                rs -> {
                    kept.add(List.of(rs.getLong(1), rs.getLong(2), instant(rs, 3)));
                });
        Set<Long> changed = new TreeSet<>();
        for (List<Object> event : wanted) {
            if (!kept.contains(event)) {
                changed.add((Long) event.get(0));
            }
        }
        for (List<Object> event : kept) {
            if (!wanted.contains(event)) {
                changed.add((Long) event.get(0));
            }
        }
        if (!changed.isEmpty()) {
            writeTrainings(courseId, changed);
        }
        return changed;
    }

    private void writeTrainings(Long courseId, Collection<Long> personIds) {
        var params = new MapSqlParameterSource();
        if (courseId != null) {
            params.addValue("courseId", courseId);
        }
        if (personIds != null) {
            params.addValue("people", personIds);
        }
        String refreshed = (courseId == null ? "" : " and course_id = :courseId")
                + (personIds == null ? "" : " and person_id in (:people)");
        jdbc.update("delete from course_training_event where 1 = 1" + refreshed, params);
        jdbc.update("insert into course_training_event (person_id, course_id, trained_at, in_class) "
                + classEvents(courseId == null ? "" : " and s.course_id = :courseId",
                personIds == null ? "" : " and e.person_id in (:people)")
                + " union all "
                + completionEvents(courseId == null ? "" : " and cc.course_id = :courseId",
                personIds == null ? "" : " and cc.person_id in (:people)"), params);
        jdbc.update("delete from course_training where 1 = 1" + refreshed, params);
        jdbc.update("""
                insert into course_training (person_id, course_id, trained_at, in_class)
                select person_id, course_id, min(trained_at), in_class
                from course_training_event
                where 1 = 1""" + refreshed + " group by person_id, course_id, in_class", params);
    }

    /** Each non-cancelled class attended PRESENT or LATE; two classes of a course at the same instant are one. */
    private static String classEvents(String course, String people) {
        return """
                select e.person_id, s.course_id, s.starts_at, true
                from class_session s
                join enrolment e on e.session_id = s.id
                where e.attendance in ('PRESENT', 'LATE') and s.cancelled_at is null""" + course + people
                + " group by e.person_id, s.course_id, s.starts_at";
    }

    /** Each completion of a course that never had a class (once one is scheduled, only classes count). */
    private static String completionEvents(String course, String people) {
        return """
                select cc.person_id, cc.course_id, cc.completed_at, false
                from course_completion cc
                where not exists (select 1 from class_session s where s.course_id = cc.course_id)""" + course + people
                + " group by cc.person_id, cc.course_id, cc.completed_at";
    }

    /** The course of a session and everybody with an enrolment in it. */
    public record SessionPeople(long courseId, List<Long> personIds, long sessionsOfCourse) {
    }

    public SessionPeople sessionPeople(long sessionId) {
        var params = Map.of("sessionId", sessionId);
        Long courseId = jdbc.query("select course_id from class_session where id = :sessionId", params,
                rs -> rs.next() ? rs.getLong(1) : null);
        if (courseId == null) {
            return new SessionPeople(0, List.of(), 0);
        }
        List<Long> people = jdbc.queryForList("select person_id from enrolment where session_id = :sessionId",
                params, Long.class);
        Long sessions = jdbc.queryForObject("select count(*) from class_session where course_id = :courseId",
                Map.of("courseId", courseId), Long.class);
        return new SessionPeople(courseId, people, sessions == null ? 0 : sessions);
    }

    /** Whether anybody completed the course (which counts only while it has no class). */
    public boolean hasCompletions(long courseId) {
        return Boolean.TRUE.equals(jdbc.query("select 1 from course_completion where course_id = :courseId limit 1",
                Map.of("courseId", courseId), ResultSet::next));
    }

    /** The departments the given people belong to now. */
    public Set<Long> departmentsOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.queryForList("select distinct department_id from person where id in (:people)",
                Map.of("people", personIds), Long.class));
    }

    /** Every department, archived or not (a rebuild covers them all). */
    public List<Long> allDepartments() {
        return jdbc.queryForList("select id from department order by id", Map.of(), Long.class);
    }

    /** The departments with a training row in the course. */
    public List<Long> departmentsTrainedIn(long courseId) {
        return jdbc.queryForList("""
                select distinct p.department_id from course_training t join person p on p.id = t.person_id
                where t.course_id = :courseId""", Map.of("courseId", courseId), Long.class);
    }

    // ---------------------------------------------------------------- judging departments

    public record Member(long id, String level, long departmentId, Long reportsToId) implements DepartmentMember {
        @Override
        public boolean isStaff() {
            return "STAFF".equals(level);
        }
    }

    public record Training(long personId, long courseId, Instant trainedAt) {
    }

    public record CheckIn(long personId, long courseId, LocalDate occurredOn) {
    }

    /** Active members of the departments. */
    public List<Member> members(Collection<Long> departmentIds) {
        return jdbc.query("""
                select id, level, department_id, reports_to_id from person
                where active = true and department_id in (:departments)""", Map.of("departments", departmentIds),
                (rs, row) -> new Member(rs.getLong(1), rs.getString(2), rs.getLong(3), nullableLong(rs, 4)));
    }

    /** "Trained at" of the active members of the departments, in one course or all. */
    public List<Training> trainings(Collection<Long> departmentIds, Long courseId) {
        return trainings("course_training", departmentIds, courseId, "");
    }

    /**
     * Every training of the active members of the departments, in one course or all, earliest first per person and
     * course ({@code course_training_event}).
     */
    public List<Training> trainingEvents(Collection<Long> departmentIds, Long courseId) {
        return trainings("course_training_event", departmentIds, courseId,
                " order by t.person_id, t.course_id, t.trained_at");
    }

    private List<Training> trainings(String table, Collection<Long> departmentIds, Long courseId, String order) {
        var params = new MapSqlParameterSource("departments", departmentIds);
        return jdbc.query("select t.person_id, t.course_id, t.trained_at from " + table + " t"
                + " join person p on p.id = t.person_id"
                + " where p.active = true and p.department_id in (:departments)"
                + inCourse("t.course_id", courseId, params) + order, params,
                (rs, row) -> new Training(rs.getLong(1), rs.getLong(2), instant(rs, 3)));
    }

    /** The refresher interval in months of every course that recurs; a course absent does not. */
    public Map<Long, Integer> refresherMonths() {
        Map<Long, Integer> months = new java.util.HashMap<>();
        jdbc.query("select id, refresher_months from course where refresher_months is not null", Map.of(),
                rs -> {
                    months.put(rs.getLong(1), rs.getInt(2));
                });
        return months;
    }

    /** Check-ins logged by the current direct manager of active STAFF of the departments. */
    public List<CheckIn> checkIns(Collection<Long> departmentIds, Long courseId) {
        var params = new MapSqlParameterSource("departments", departmentIds);
        return jdbc.query("""
                select ci.person_id, ci.course_id, ci.occurred_on from reinforcement_check_in ci
                join person p on p.id = ci.person_id and p.reports_to_id = ci.manager_id
                where p.active = true and p.level = 'STAFF' and p.department_id in (:departments)"""
                        + inCourse("ci.course_id", courseId, params), params,
                (rs, row) -> new CheckIn(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)));
    }

    public record CellRow(long departmentId, long courseId, int managers, int managersTrained, int staff,
                          int staffTrained, String strictStatus, String lenientStatus, int trainedReports,
                          int reinforcedReports) {
    }

    public record ViolationRow(String policy, long departmentId, long courseId, long staffPersonId,
                               Instant staffTrainedAt, Long managerPersonId, Instant managerTrainedAt) {
    }

    /** Trainings of a department's own members in a course, in one month (UTC), of one level. */
    public record MonthRow(long departmentId, long courseId, int year, int month, String level, int trainings,
                           int strictViolations, int lenientViolations) {
    }

    /** A department's active members above STAFF and its STAFF, when it was last judged. */
    public record MemberCount(long departmentId, int managers, int staff) {
    }

    /**
     * Replaces the cells, violations and months of the departments (in one course or all) by the given ones.
     * Returns the courses whose whole-organisation months must be summed again ({@link #sumCourseMonths}).
     */
    public Set<Long> replaceCells(Collection<Long> departmentIds, Long courseId, List<CellRow> cells,
                             List<ViolationRow> violations, List<MonthRow> months, List<MemberCount> counts) {
        var params = new MapSqlParameterSource("departments", departmentIds);
        String course = inCourse("course_id", courseId, params);
        List<Long> oldCourses = courseId != null ? List.of() : jdbc.queryForList(
                "select distinct course_id from trickle_down_cell where department_id in (:departments)", params,
                Long.class);
        jdbc.update("delete from trickle_down_cell where department_id in (:departments)" + course, params);
        jdbc.update("delete from trickle_down_violation where department_id in (:departments)" + course, params);
        jdbc.update("delete from trickle_down_month where department_id in (:departments)" + course, params);
        jdbc.update("delete from trickle_down_department where department_id in (:departments)", params);
        var plain = jdbc.getJdbcTemplate();
        plain.batchUpdate("insert into trickle_down_department (department_id, managers, staff) values (?, ?, ?)",
                counts, BATCH, (ps, count) -> {
                    ps.setLong(1, count.departmentId());
                    ps.setInt(2, count.managers());
                    ps.setInt(3, count.staff());
                });
        plain.batchUpdate("""
                insert into trickle_down_month (department_id, course_id, trained_year, trained_month, level,
                    trainings, strict_violations, lenient_violations)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", months, BATCH, (ps, month) -> {
            ps.setLong(1, month.departmentId());
            ps.setLong(2, month.courseId());
            ps.setInt(3, month.year());
            ps.setInt(4, month.month());
            ps.setString(5, month.level());
            ps.setInt(6, month.trainings());
            ps.setInt(7, month.strictViolations());
            ps.setInt(8, month.lenientViolations());
        });
        Set<Long> courses = new TreeSet<>();
        if (courseId != null) {
            courses.add(courseId);
        } else {
            // the departments' old rows may have had courses the new ones lack: those sums change too
            courses.addAll(oldCourses);
            cells.forEach(cell -> courses.add(cell.courseId()));
        }
        plain.batchUpdate("""
                insert into trickle_down_cell (department_id, course_id, managers, managers_trained, staff,
                    staff_trained, strict_status, lenient_status, trained_reports, reinforced_reports)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", cells, BATCH, (ps, cell) -> {
            ps.setLong(1, cell.departmentId());
            ps.setLong(2, cell.courseId());
            ps.setInt(3, cell.managers());
            ps.setInt(4, cell.managersTrained());
            ps.setInt(5, cell.staff());
            ps.setInt(6, cell.staffTrained());
            ps.setString(7, cell.strictStatus());
            ps.setString(8, cell.lenientStatus());
            ps.setInt(9, cell.trainedReports());
            ps.setInt(10, cell.reinforcedReports());
        });
        plain.batchUpdate("""
                insert into trickle_down_violation (policy, department_id, course_id, staff_person_id,
                    staff_trained_at, manager_person_id, manager_trained_at)
                values (?, ?, ?, ?, ?, ?, ?)""", violations, BATCH, (ps, violation) -> {
            ps.setString(1, violation.policy());
            ps.setLong(2, violation.departmentId());
            ps.setLong(3, violation.courseId());
            ps.setLong(4, violation.staffPersonId());
            ps.setObject(5, utc(violation.staffTrainedAt()));
            ps.setObject(6, violation.managerPersonId());
            ps.setObject(7, violation.managerTrainedAt() == null ? null : utc(violation.managerTrainedAt()));
        });
        return courses;
    }

    /** Sums the department months of the courses (all: {@code null}) into the whole organisation's months. */
    public void sumCourseMonths(Collection<Long> courseIds) {
        SqlParts.replaceCourseSums(jdbc, "trickle_down_course_month", """
                insert into trickle_down_course_month (course_id, trained_year, trained_month, level, trainings,
                    strict_violations, lenient_violations)
                select course_id, trained_year, trained_month, level, sum(trainings), sum(strict_violations),
                       sum(lenient_violations)
                from trickle_down_month""", " group by course_id, trained_year, trained_month, level", courseIds);
    }

    /** Empties the whole ledger (before a rebuild). */
    public void clear() {
        jdbc.update("delete from trickle_down_violation", Map.of());
        jdbc.update("delete from trickle_down_cell", Map.of());
        jdbc.update("delete from trickle_down_month", Map.of());
        jdbc.update("delete from trickle_down_course_month", Map.of());
        jdbc.update("delete from trickle_down_department", Map.of());
        jdbc.update("delete from course_training", Map.of());
        jdbc.update("delete from course_training_event", Map.of());
    }

    /** Every table of the ledger, the rounds' included. */
    private static final List<String> LEDGER_TABLES = List.of("course_training", "course_training_event",
            "trickle_down_cell", "trickle_down_violation", "trickle_down_month", "trickle_down_course_month",
            "trickle_down_department", "trickle_down_round_training", "trickle_down_round_violation",
            "trickle_down_round_month", "trickle_down_round_year", "trickle_down_round_course_month");

    /**
     * Has the database count the ledger's rows again. A rebuild rewrites every table at once, and until the
     * statistics follow, MariaDB plans with the old counts: at 100,000 people the leaders' classes then took 15 s
     * instead of 15 ms (docs/performance.md). MySQL commits around {@code analyze table}, so call it outside a
     * transaction. The same statement runs on H2.
     */
    public void analyze() {
        LEDGER_TABLES.forEach(table -> jdbc.getJdbcTemplate().execute("analyze table " + table));
    }

    /** Whether the ledger was built, by this version of its content. */
    public boolean isBuilt(String version) {
        return Boolean.TRUE.equals(jdbc.query(
                "select 1 from trickle_down_ledger_build where id = 1 and version = :version",
                Map.of("version", version), ResultSet::next));
    }

    public void markBuilt(String version) {
        var params = Map.of("version", version);
        if (jdbc.update("update trickle_down_ledger_build set version = :version where id = 1", params) == 0) {
            jdbc.update("insert into trickle_down_ledger_build (id, version) values (1, :version)", params);
        }
    }

    // ---------------------------------------------------------------- reading for the dashboard

    /**
     * The cells of the filter's course (or every course) and division (or every department), archived departments
     * and unpublished courses included: the caller keeps those of its departments and courses. One statement.
     */
    public List<CellRow> cells(TrickleDownQueries.Filter filter) {
        var params = new MapSqlParameterSource();
        String sql = """
                select tc.department_id, tc.course_id, tc.managers, tc.managers_trained, tc.staff, tc.staff_trained,
                       tc.strict_status, tc.lenient_status, tc.trained_reports, tc.reinforced_reports
                from trickle_down_cell tc where 1 = 1""" + inScope("tc", filter, params);
        return jdbc.query(sql, params, (rs, row) -> new CellRow(rs.getLong(1), rs.getLong(2),
                rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getString(8),
                rs.getInt(9), rs.getInt(10)));
    }

    /** Active managers and staff of the filter's departments when they were last judged. One statement. */
    public List<MemberCount> memberCounts(TrickleDownQueries.Filter filter) {
        var params = new MapSqlParameterSource();
        var sql = new StringBuilder("select department_id, managers, staff from trickle_down_department");
        if (filter.divisionId() != null) {
            sql.append(" where department_id in (select d.id from department d where 1 = 1")
                    .append(TrickleDownQueries.departmentCondition(filter, params)).append(")");
        }
        return jdbc.query(sql.toString(), params,
                (rs, row) -> new MemberCount(rs.getLong(1), rs.getInt(2), rs.getInt(3)));
    }

    /** A violation with the names of the people; the caller knows the department's and the course's. */
    public record NamedViolation(long courseId, long departmentId, long staffPersonId, String staffName,
                                 Instant staffTrainedAt, Long managerPersonId, String managerName,
                                 Instant managerTrainedAt) {
    }

    /**
     * The violations under the policy in the filter's course (or every course) and division (or every department),
     * archived departments and unpublished courses included: the caller keeps those of its scope. One statement.
     */
    public List<NamedViolation> violations(TrickleDownQueries.Filter filter, String policy) {
        var params = new MapSqlParameterSource("policy", policy);
        return namedViolations(jdbc, "trickle_down_violation", inScope("v", filter, params), params);
    }

    /**
     * The rows of a violation table (alias {@code v}: this one's, or the rounds') under {@code :policy} that meet
     * the further conditions, with the people's names. One statement.
     */
    static List<NamedViolation> namedViolations(NamedParameterJdbcTemplate jdbc, String table, String conditions,
                                                MapSqlParameterSource params) {
        String sql = """
                select v.course_id, v.department_id, v.staff_person_id, concat(s.first_name, ' ', s.last_name),
                       v.staff_trained_at, v.manager_person_id, concat(m.first_name, ' ', m.last_name),
                       v.manager_trained_at
                from %s v
                join person s on s.id = v.staff_person_id
                left join person m on m.id = v.manager_person_id
                where v.policy = :policy""".formatted(table) + conditions;
        List<NamedViolation> rows = new ArrayList<>();
        jdbc.query(sql, params, rs -> {
            rows.add(new NamedViolation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                    instant(rs, 5), nullableLong(rs, 6), rs.getString(7), nullableInstant(rs, 8)));
        });
        return rows;
    }

    /** Classes attended by the active leaders of the filter in the filter's courses. One statement. */
    public List<TrickleDownQueries.TrainingRow> leaderClasses(TrickleDownQueries.Filter filter) {
        var params = new MapSqlParameterSource();
        String sql = """
                select t.person_id, t.course_id, t.trained_at from course_training t
                join person p on p.id = t.person_id
                join department d on d.id = p.department_id
                join course c on c.id = t.course_id
                where t.in_class = true and p.active = true and d.archived = false and p.level in\s"""
                + LEADER_LEVELS + " and " + TrickleDownQueries.courseCondition(filter.courseId(), params)
                + TrickleDownQueries.departmentCondition(filter, params);
        return jdbc.query(sql, params, (rs, row) -> new TrickleDownQueries.TrainingRow(rs.getLong(1), rs.getLong(2),
                instant(rs, 3), true));
    }

    /** Trainings per month (UTC) and level, with the staff trained out of order in that month under each policy. */
    public record MonthTotals(int year, int month, String level, int trainings, int strictViolations,
                              int lenientViolations) {
    }

    /**
     * The trend's months: for the whole organisation from the course months, for a division from the department
     * months of its subtree. One statement.
     */
    public List<MonthTotals> months(TrickleDownQueries.Filter filter) {
        var params = new MapSqlParameterSource();
        String columns = "select m.trained_year, m.trained_month, m.level, sum(m.trainings),"
                + " sum(m.strict_violations), sum(m.lenient_violations)";
        String sql = filter.divisionId() == null
                ? columns + " from trickle_down_course_month m"
                        + " join course c on c.id = m.course_id"
                        + " where " + TrickleDownQueries.courseCondition(filter.courseId(), params)
                        + " group by m.trained_year, m.trained_month, m.level"
                : columns + " from trickle_down_month m"
                        + " join department d on d.id = m.department_id"
                        + " join course c on c.id = m.course_id"
                        + " where d.archived = false and "
                        + TrickleDownQueries.courseCondition(filter.courseId(), params)
                        + TrickleDownQueries.departmentCondition(filter, params)
                        + " group by m.trained_year, m.trained_month, m.level";
        return jdbc.query(sql, params, (rs, row) -> new MonthTotals(rs.getInt(1), rs.getInt(2), rs.getString(3),
                rs.getInt(4), rs.getInt(5), rs.getInt(6)));
    }

}
