package io.cascade.insight.internal;

import static io.cascade.insight.internal.SqlParts.inCourse;
import static io.cascade.insight.internal.SqlParts.inRound;
import static io.cascade.insight.internal.SqlParts.inScope;
import static io.cascade.insight.internal.SqlParts.instant;
import static io.cascade.insight.internal.SqlParts.utc;
import static io.cascade.insight.internal.SqlParts.utcOrNull;

import io.cascade.insight.internal.LedgerStore.MonthTotals;
import io.cascade.insight.internal.LedgerStore.NamedViolation;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The training rounds' part of the trickle-down ledger (docs/domain.md, "Rounds and valid training"): every training,
 * not only the first, each staff training judged against the managers' valid trainings when it happened, so a
 * round [from, to) is counted in the database instead of judging every attendance mark per request.
 * <p>
 * Table {@code trickle_down_round_training} (V60) has one row per training of a department's own active member in a
 * course, written by {@code TrickleDownLedger} when it judges a department and course. Each person's first training
 * in a round is the row in the window whose previous training is before the window (or absent), so the counts need
 * no window function. They are read in two parts: the round's whole UTC months from the same rows summed per month
 * and month of the previous training ({@code trickle_down_round_month}, and summed over departments
 * {@code trickle_down_round_course_month}), a few ten thousand rows where the window has hundreds of thousands of
 * trainings; and, for a round that does not start or end at a month's start, the trainings around those months row
 * by row. A year's round at 20,000 people reads the month tables only (docs/performance.md, "Training rounds").
 * The same SQL text runs on MariaDB, MySQL and H2.
 */
@Component
public class RoundStore {

    private static final String LEADER_LEVELS = "('EXECUTIVE', 'SENIOR_LEADER')";
    private static final int BATCH = 1_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    RoundStore(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One department's own members in one course, in a round: managers holding a valid training at the end of the
     * round (or now, if earlier), staff with a training in the round, and how many of those staff were trained out
     * of order under each policy (each staff member's first training in the round judged).
     */
    public record RoundCellRow(long departmentId, long courseId, int managersTrained, int staffTrained,
                               int strictViolations, int lenientViolations) {
    }

    /**
     * The own cells of the filter's departments (a division's subtree, or all; archived ones may be included) in
     * the filter's course (or every course; unpublished ones may be included) in the filter's round, where
     * somebody counts ({@code managersTrained + staffTrained > 0}). Three statements (see {@link #counts}), whatever
     * the size of the organisation. The round is {@code [filter.from(), filter.to())}, either end open when null.
     */
    public List<RoundCellRow> cells(TrickleDownQueries.Filter filter) {
        Instant countedAt = filter.to() == null || clock.instant().isBefore(filter.to()) ? clock.instant()
                : filter.to();
        return counts(filter, countedAt).stream().map(RoundCounts::cell).toList();
    }

    /**
     * A cell of a round with its trained reports (staff with a direct manager whose first training in the round it
     * is) and those reinforced on time after that training, for the champion rate.
     */
    public record RoundCounts(RoundCellRow cell, int trainedReports, int reinforcedReports) {
    }

    /**
     * As {@link #cells}, with the trained and reinforced reports, managers counted at {@code countedAt} (the end of
     * the round, or now if earlier: the caller says which, so that it judges the same moment everywhere). Three
     * statements: the staff's counts in the round's whole years and other whole months, those in the days around
     * them, the managers'.
     */
    public List<RoundCounts> counts(TrickleDownQueries.Filter filter, Instant countedAt) {
        Split split = Split.of(filter.from(), filter.to());
        Map<Key, int[]> byCell = new HashMap<>();
        // whole years from the year sums, the other whole months from the month sums: one statement
        var monthParams = new MapSqlParameterSource();
        String monthSql = """
                select y.department_id, y.course_id, sum(y.trainings), sum(y.strict_violations),
                       sum(y.lenient_violations), sum(y.reported), sum(y.reinforced)
                from trickle_down_round_year y
                where 1 = 1""" + split.years("y", monthParams) + inScope("y", filter, monthParams)
                + " group by y.department_id, y.course_id union all " + """
                select m.department_id, m.course_id, sum(m.trainings), sum(m.strict_violations),
                       sum(m.lenient_violations), sum(m.reported), sum(m.reinforced)
                from trickle_down_round_month m
                where m.level = 'STAFF'""" + split.monthsOutsideYears("m", monthParams)
                + inScope("m", filter, monthParams) + " group by m.department_id, m.course_id";
        jdbc.query(monthSql, monthParams, rs -> {
            int[] counts = byCell.computeIfAbsent(new Key(rs.getLong(1), rs.getLong(2)), key -> new int[6]);
            for (int i = 1; i <= 5; i++) {
                counts[i] += rs.getInt(i + 2);
            }
        });
        var rowParams = new MapSqlParameterSource();
        String rowSql = split.rows("""
                select r.department_id, r.course_id, case when r.strict_violation then 1 else 0 end,
                       case when r.lenient_violation then 1 else 0 end, case when r.reported then 1 else 0 end,
                       case when r.reinforced then 1 else 0 end
                from trickle_down_round_training r
                where r.staff = true""" + inScope("r", filter, rowParams), rowParams);
        jdbc.query(rowSql, rowParams, rs -> {
            int[] counts = byCell.computeIfAbsent(new Key(rs.getLong(1), rs.getLong(2)), key -> new int[6]);
            counts[1]++;
            for (int i = 2; i <= 5; i++) {
                counts[i] += rs.getInt(i + 1);
            }
        });
        var managerParams = new MapSqlParameterSource("countedAt", utc(countedAt));
        // a manager with two trainings still valid counts once
        String managerSql = """
                select r.department_id, r.course_id, count(distinct r.person_id)
                from trickle_down_round_training r
                where r.staff = false and r.trained_at <= :countedAt
                  and (r.valid_until is null or r.valid_until >= :countedAt)""" + inScope("r", filter, managerParams)
                + " group by r.department_id, r.course_id";
        jdbc.query(managerSql, managerParams, rs -> {
            byCell.computeIfAbsent(new Key(rs.getLong(1), rs.getLong(2)), key -> new int[6])[0] = rs.getInt(3);
        });
        List<RoundCounts> rows = new ArrayList<>(byCell.size());
        byCell.forEach((key, counts) -> rows.add(new RoundCounts(new RoundCellRow(key.departmentId(),
                key.courseId(), counts[0], counts[1], counts[2], counts[3]), counts[4], counts[5])));
        return rows;
    }

    private record Key(long departmentId, long courseId) {
    }

    /**
     * The violations of the round under the policy (each staff member's first training in the round, judged out of
     * order) with the people's names, in the filter's course (or every course) and division (or every department),
     * archived departments and unpublished courses included: the caller keeps those of its scope. One statement.
     */
    public List<NamedViolation> violations(TrickleDownQueries.Filter filter, String policy) {
        var params = new MapSqlParameterSource("policy", policy);
        String conditions = inRound("v.staff_trained_at", filter, params)
                + (filter.from() == null ? " and v.previous_at is null"
                        : " and (v.previous_at is null or v.previous_at < :from)")
                + inScope("v", filter, params);
        return LedgerStore.namedViolations(jdbc, "trickle_down_round_violation", conditions, params);
    }

    /**
     * The round's trainings per month (UTC) and level of the active members of the filter's non-archived
     * departments in the filter's courses (one course, or every published one): each person's first training in
     * the round per course, with the staff among them trained out of order under each policy. Two statements: the
     * whole months (for the whole organisation from the course months: a department with active members is never
     * archived), the days around them.
     */
    public List<MonthTotals> months(TrickleDownQueries.Filter filter) {
        Split split = Split.of(filter.from(), filter.to());
        Map<String, int[]> byMonth = new TreeMap<>();
        var monthParams = new MapSqlParameterSource();
        String monthSql = filter.divisionId() == null
                ? """
                select m.trained_month, m.level, sum(m.trainings), sum(m.strict_violations),
                       sum(m.lenient_violations)
                from trickle_down_round_course_month m
                join course c on c.id = m.course_id
                where\s""" + TrickleDownQueries.courseCondition(filter.courseId(), monthParams)
                        + split.months("m", monthParams) + " group by m.trained_month, m.level"
                : """
                select m.trained_month, m.level, sum(m.trainings), sum(m.strict_violations),
                       sum(m.lenient_violations)
                from trickle_down_round_month m
                join department d on d.id = m.department_id
                join course c on c.id = m.course_id
                where d.archived = false and\s""" + TrickleDownQueries.courseCondition(filter.courseId(), monthParams)
                        + TrickleDownQueries.departmentCondition(filter, monthParams) + split.months("m", monthParams)
                        + " group by m.trained_month, m.level";
        jdbc.query(monthSql, monthParams, rs -> {
            int[] totals = byMonth.computeIfAbsent(rs.getInt(1) + " " + rs.getString(2), key -> new int[3]);
            totals[0] += rs.getInt(3);
            totals[1] += rs.getInt(4);
            totals[2] += rs.getInt(5);
        });
        var rowParams = new MapSqlParameterSource();
        String rowSql = split.rows("""
                select r.trained_at, r.level, case when r.strict_violation then 1 else 0 end,
                       case when r.lenient_violation then 1 else 0 end
                from trickle_down_round_training r
                join department d on d.id = r.department_id
                join course c on c.id = r.course_id
                where d.archived = false and\s""" + TrickleDownQueries.courseCondition(filter.courseId(), rowParams)
                + TrickleDownQueries.departmentCondition(filter, rowParams), rowParams);
        jdbc.query(rowSql, rowParams, rs -> {
            int[] totals = byMonth.computeIfAbsent(monthKey(instant(rs, 1)) + " " + rs.getString(2),
                    key -> new int[3]);
            totals[0]++;
            totals[1] += rs.getInt(3);
            totals[2] += rs.getInt(4);
        });
        List<MonthTotals> months = new ArrayList<>(byMonth.size());
        byMonth.forEach((key, totals) -> {
            int month = Integer.parseInt(key.substring(0, key.indexOf(' ')));
            months.add(new MonthTotals(month / 100, month % 100, key.substring(key.indexOf(' ') + 1), totals[0],
                    totals[1], totals[2]));
        });
        return months;
    }

    /**
     * Classes attended in the round by the active leaders (EXECUTIVE, SENIOR_LEADER) of the filter's non-archived
     * departments, in the filter's courses: each leader and course once, at their first class in the round. One
     * statement.
     */
    public List<TrickleDownQueries.TrainingRow> leaderClasses(TrickleDownQueries.Filter filter) {
        var params = new MapSqlParameterSource();
        String sql = """
                select t.person_id, t.course_id, min(t.trained_at) from course_training_event t
                join person p on p.id = t.person_id
                join department d on d.id = p.department_id
                join course c on c.id = t.course_id
                where t.in_class = true and p.active = true and d.archived = false and p.level in\s"""
                + LEADER_LEVELS + " and " + TrickleDownQueries.courseCondition(filter.courseId(), params)
                + TrickleDownQueries.departmentCondition(filter, params) + inRound("t.trained_at", filter, params)
                + " group by t.person_id, t.course_id";
        return jdbc.query(sql, params, (rs, row) -> new TrickleDownQueries.TrainingRow(rs.getLong(1), rs.getLong(2),
                instant(rs, 3), true));
    }

    // ---------------------------------------------------------------- writing, for the ledger

    /**
     * One training of a department's own active member in a course, judged (staff) or with when it expires
     * (managers). See V60 for the meaning of each column.
     */
    public record RoundTrainingRow(long departmentId, long courseId, long personId, Instant trainedAt, String level,
                                   boolean staff, Instant previousAt, Instant validUntil, boolean reported,
                                   boolean reinforced, boolean strictViolation, boolean lenientViolation,
                                   Long strictManagerId, Instant strictManagerTrainedAt, Long lenientManagerId,
                                   Instant lenientManagerTrainedAt) {
    }

    /** Replaces the rows of the departments (in one course, or every course) by the given ones. */
    public void replace(Collection<Long> departmentIds, Long courseId, List<RoundTrainingRow> rows) {
        var params = new MapSqlParameterSource("departments", departmentIds);
        String course = inCourse("course_id", courseId, params);
        jdbc.update("delete from trickle_down_round_training where department_id in (:departments)" + course,
                params);
        jdbc.update("delete from trickle_down_round_month where department_id in (:departments)" + course, params);
        jdbc.update("delete from trickle_down_round_year where department_id in (:departments)" + course, params);
        jdbc.update("delete from trickle_down_round_violation where department_id in (:departments)" + course,
                params);
        jdbc.getJdbcTemplate().batchUpdate("""
                insert into trickle_down_round_training (department_id, course_id, person_id, trained_at, level,
                    staff, previous_at, valid_until, reported, reinforced, strict_violation, lenient_violation)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, BATCH, (ps, row) -> {
            ps.setLong(1, row.departmentId());
            ps.setLong(2, row.courseId());
            ps.setLong(3, row.personId());
            ps.setObject(4, utc(row.trainedAt()));
            ps.setString(5, row.level());
            ps.setBoolean(6, row.staff());
            ps.setObject(7, utcOrNull(row.previousAt()));
            ps.setObject(8, utcOrNull(row.validUntil()));
            ps.setBoolean(9, row.reported());
            ps.setBoolean(10, row.reinforced());
            ps.setBoolean(11, row.strictViolation());
            ps.setBoolean(12, row.lenientViolation());
        });
        List<Object[]> violations = new ArrayList<>();
        for (RoundTrainingRow row : rows) {
            if (row.strictViolation()) {
                violations.add(violation("STRICT", row, row.strictManagerId(), row.strictManagerTrainedAt()));
            }
            if (row.lenientViolation()) {
                violations.add(violation("LENIENT", row, row.lenientManagerId(), row.lenientManagerTrainedAt()));
            }
        }
        jdbc.getJdbcTemplate().batchUpdate("""
                insert into trickle_down_round_violation (policy, department_id, course_id, staff_person_id,
                    staff_trained_at, previous_at, manager_person_id, manager_trained_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", violations);
        insertMonths(rows);
    }

    private static Object[] violation(String policy, RoundTrainingRow row, Long managerId, Instant managerTrainedAt) {
        return new Object[] {policy, row.departmentId(), row.courseId(), row.personId(), utc(row.trainedAt()),
                utcOrNull(row.previousAt()), managerId, utcOrNull(managerTrainedAt)};
    }

    /**
     * The rows summed per department, course, month, month of the previous training and level: what
     * {@link #replace} writes to {@code trickle_down_round_month}.
     */
    private void insertMonths(List<RoundTrainingRow> rows) {
        Map<MonthKey, int[]> sums = new HashMap<>();
        for (RoundTrainingRow row : rows) {
            int[] sum = sums.computeIfAbsent(new MonthKey(row.departmentId(), row.courseId(),
                    monthKey(row.trainedAt()), row.previousAt() == null ? 0 : monthKey(row.previousAt()),
                    row.level()), key -> new int[5]);
            sum[0]++;
            sum[1] += row.strictViolation() ? 1 : 0;
            sum[2] += row.lenientViolation() ? 1 : 0;
            sum[3] += row.reported() ? 1 : 0;
            sum[4] += row.reinforced() ? 1 : 0;
        }
        insertSums("""
                insert into trickle_down_round_month (department_id, course_id, trained_month, previous_month, level,
                    trainings, strict_violations, lenient_violations, reported, reinforced)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", sums, true);
        insertYears(sums);
    }

    private record MonthKey(long departmentId, long courseId, int trainedMonth, int previousMonth, String level) {
    }

    /** The staff's month sums summed per year: what {@link #replace} writes to {@code trickle_down_round_year}. */
    private void insertYears(Map<MonthKey, int[]> months) {
        Map<MonthKey, int[]> years = new HashMap<>();
        months.forEach((month, sum) -> {
            if ("STAFF".equals(month.level())) {
                int[] year = years.computeIfAbsent(new MonthKey(month.departmentId(), month.courseId(),
                        month.trainedMonth() / 100, month.previousMonth(), month.level()), key -> new int[5]);
                for (int i = 0; i < 5; i++) {
                    year[i] += sum[i];
                }
            }
        });
        insertSums("""
                insert into trickle_down_round_year (department_id, course_id, trained_year, previous_month,
                    trainings, strict_violations, lenient_violations, reported, reinforced)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", years, false);
    }

    /**
     * Writes the sums, a row each: department, course, month (or year: the key's {@code trainedMonth}), month of the
     * previous training, the level when {@code withLevel}, then the five sums in their order.
     */
    private void insertSums(String insert, Map<MonthKey, int[]> sums, boolean withLevel) {
        jdbc.getJdbcTemplate().batchUpdate(insert, List.copyOf(sums.entrySet()), BATCH, (ps, entry) -> {
            MonthKey key = entry.getKey();
            int column = 1;
            ps.setLong(column++, key.departmentId());
            ps.setLong(column++, key.courseId());
            ps.setInt(column++, key.trainedMonth());
            ps.setInt(column++, key.previousMonth());
            if (withLevel) {
                ps.setString(column++, key.level());
            }
            for (int sum : entry.getValue()) {
                ps.setInt(column++, sum);
            }
        });
    }

    /** Sums the department months of the courses (all: {@code null}) into the whole organisation's months. */
    public void sumCourseMonths(Collection<Long> courseIds) {
        SqlParts.replaceCourseSums(jdbc, "trickle_down_round_course_month", """
                insert into trickle_down_round_course_month (course_id, trained_month, previous_month, level,
                    trainings, strict_violations, lenient_violations)
                select course_id, trained_month, previous_month, level, sum(trainings), sum(strict_violations),
                       sum(lenient_violations)
                from trickle_down_round_month""", " group by course_id, trained_month, previous_month, level",
                courseIds);
    }

    /** Empties the rounds' part of the ledger (before a rebuild). */
    public void clear() {
        jdbc.update("delete from trickle_down_round_training", Map.of());
        jdbc.update("delete from trickle_down_round_violation", Map.of());
        jdbc.update("delete from trickle_down_round_month", Map.of());
        jdbc.update("delete from trickle_down_round_year", Map.of());
        jdbc.update("delete from trickle_down_round_course_month", Map.of());
    }

    // ---------------------------------------------------------------- SQL fragments

    /** A UTC month as {@code year * 100 + month}, e.g. 202401: ordered like the months. */
    static int monthKey(Instant instant) {
        YearMonth month = YearMonth.from(instant.atOffset(ZoneOffset.UTC));
        return month.getYear() * 100 + month.getMonthValue();
    }

    private static int monthKey(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * A round [from, to) split into its whole UTC months, counted from the month tables, and the days around them
     * (before the first whole month, from the last one to the end), counted row by row. A person's first training
     * in the round is a training in it whose previous one is before {@code from}: in the whole months that is a
     * previous month before from's month, and, when the round starts within a month, the trainings whose previous
     * one falls in that month before {@code from}, which are read row by row too.
     *
     * @param first the first whole month; {@code null} = from the beginning
     * @param end   the month after the last whole month; {@code null} = open-ended
     */
    private record Split(Instant from, Instant to, YearMonth first, YearMonth end, boolean hasMonths,
                         List<Instant[]> edges) {

        static Split of(Instant from, Instant to) {
            YearMonth first = from == null ? null
                    : startsMonth(from) ? month(from) : month(from).plusMonths(1);
            YearMonth end = to == null ? null : month(to);
            boolean hasMonths = first == null || end == null || first.isBefore(end);
            List<Instant[]> edges = new ArrayList<>();
            if (!hasMonths) {
                edges.add(new Instant[] {from, to});
            } else {
                if (from != null && !startsMonth(from)) {
                    edges.add(new Instant[] {from, start(first)});
                }
                if (to != null && !startsMonth(to)) {
                    edges.add(new Instant[] {start(end), to});
                }
            }
            return new Split(from, to, first, end, hasMonths, edges);
        }

        private static YearMonth month(Instant instant) {
            return YearMonth.from(instant.atOffset(ZoneOffset.UTC));
        }

        private static boolean startsMonth(Instant instant) {
            return start(month(instant)).equals(instant);
        }

        /** The month-table rows of the whole months that are first trainings in the round. */
        String months(String alias, MapSqlParameterSource params) {
            if (!hasMonths) {
                return " and 1 = 0";
            }
            var sql = new StringBuilder();
            if (first != null) {
                params.addValue("firstMonth", monthKey(first));
                sql.append(" and ").append(alias).append(".trained_month >= :firstMonth");
            }
            if (end != null) {
                params.addValue("endMonth", monthKey(end));
                sql.append(" and ").append(alias).append(".trained_month < :endMonth");
            }
            return sql + firstTraining(alias, params);
        }

        /** The first whole year: January of it is a whole month; {@code null} = from the beginning. */
        private Integer firstYear() {
            return first == null ? null : first.getMonthValue() == 1 ? first.getYear() : first.getYear() + 1;
        }

        /** The year after the last whole year; {@code null} = open-ended. */
        private Integer endYear() {
            return end == null ? null : end.getYear();
        }

        private boolean hasYears() {
            return hasMonths && (firstYear() == null || endYear() == null || firstYear() < endYear());
        }

        /** The year-table rows of the whole years that are first trainings in the round. */
        String years(String alias, MapSqlParameterSource params) {
            if (!hasYears()) {
                return " and 1 = 0";
            }
            var sql = new StringBuilder();
            if (firstYear() != null) {
                params.addValue("firstYear", firstYear());
                sql.append(" and ").append(alias).append(".trained_year >= :firstYear");
            }
            if (endYear() != null) {
                params.addValue("endYear", endYear());
                sql.append(" and ").append(alias).append(".trained_year < :endYear");
            }
            return sql + firstTraining(alias, params);
        }

        /** As {@link #months}, without the months of the whole years ({@link #years}). */
        String monthsOutsideYears(String alias, MapSqlParameterSource params) {
            if (!hasYears()) {
                return months(alias, params);
            }
            List<String> ranges = new ArrayList<>();
            if (firstYear() != null && first.isBefore(YearMonth.of(firstYear(), 1))) {
                params.addValue("firstMonth", monthKey(first));
                params.addValue("yearsFromMonth", monthKey(YearMonth.of(firstYear(), 1)));
                ranges.add(alias + ".trained_month >= :firstMonth and " + alias
                        + ".trained_month < :yearsFromMonth");
            }
            if (endYear() != null && YearMonth.of(endYear(), 1).isBefore(end)) {
                params.addValue("yearsToMonth", monthKey(YearMonth.of(endYear(), 1)));
                params.addValue("endMonth", monthKey(end));
                ranges.add(alias + ".trained_month >= :yearsToMonth and " + alias + ".trained_month < :endMonth");
            }
            if (ranges.isEmpty()) {
                return " and 1 = 0";
            }
            return " and (" + String.join(" or ", ranges) + ")" + firstTraining(alias, params);
        }

        /** A first training in the round: no previous training, or one in a month before from's. */
        private String firstTraining(String alias, MapSqlParameterSource params) {
            var sql = new StringBuilder();
            if (from == null) {
                sql.append(" and ").append(alias).append(".previous_month = 0");
            } else {
                params.addValue("fromMonth", monthKey(month(from)));
                sql.append(" and (").append(alias).append(".previous_month = 0 or ").append(alias)
                        .append(".previous_month < :fromMonth)");
            }
            return sql.toString();
        }

        /**
         * The select (columns, tables, conditions on {@code r}, ending in a condition) for the rows counted one by
         * one: each edge, and the whole months' trainings whose previous one is in from's month before from. One
         * statement, its parts joined by UNION ALL; nothing to read is still one statement that finds nothing.
         */
        String rows(String select, MapSqlParameterSource params) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < edges.size(); i++) {
                Instant[] edge = edges.get(i);
                var part = new StringBuilder(select);
                if (edge[0] != null) {
                    params.addValue("edgeFrom" + i, utc(edge[0]));
                    part.append(" and r.trained_at >= :edgeFrom").append(i);
                }
                if (edge[1] != null) {
                    params.addValue("edgeTo" + i, utc(edge[1]));
                    part.append(" and r.trained_at < :edgeTo").append(i);
                }
                if (from == null) {
                    part.append(" and r.previous_at is null");
                } else {
                    params.addValue("from", utc(from));
                    part.append(" and (r.previous_at is null or r.previous_at < :from)");
                }
                parts.add(part.toString());
            }
            if (hasMonths && from != null && !startsMonth(from)) {
                params.addValue("from", utc(from));
                params.addValue("fromMonthStart", utc(start(month(from))));
                var part = new StringBuilder(select)
                        .append(" and r.previous_at >= :fromMonthStart and r.previous_at < :from");
                params.addValue("monthsFrom", utc(start(first)));
                part.append(" and r.trained_at >= :monthsFrom");
                if (end != null) {
                    params.addValue("monthsTo", utc(start(end)));
                    part.append(" and r.trained_at < :monthsTo");
                }
                parts.add(part.toString());
            }
            return parts.isEmpty() ? select + " and 1 = 0" : String.join(" union all ", parts);
        }
    }
}
