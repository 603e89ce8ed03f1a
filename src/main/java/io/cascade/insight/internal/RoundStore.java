package io.cascade.insight.internal;

import io.cascade.insight.internal.LedgerStore.MonthTotals;
import io.cascade.insight.internal.LedgerStore.NamedViolation;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The training rounds' part of the trickle-down ledger (DOMAIN.md, "Rounds and valid training"): every training,
 * not only the first, each staff training judged against the managers' valid trainings when it happened, so a
 * round [from, to) is counted in the database instead of judging every attendance mark per request.
 * <p>
 * Table {@code trickle_down_round_training} (V60), one row per training of a department's own active member in a
 * course, written by {@code TrickleDownLedger} when it judges a department and course. Each person's first training
 * in a round is the row in the window whose previous training is before it (or absent), so every count below is one
 * GROUP BY over an index, without a window function, the same text on MariaDB, MySQL and H2.
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
     * somebody counts ({@code managersTrained + staffTrained > 0}). One statement per kind of count, whatever the
     * size of the organisation. The round is {@code [filter.from(), filter.to())}, either end open when null.
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
     * the round, or now if earlier: the caller says which, so that it judges the same moment everywhere). Two
     * statements: the staff's counts and the managers'.
     */
    public List<RoundCounts> counts(TrickleDownQueries.Filter filter, Instant countedAt) {
        Map<Key, int[]> byCell = new HashMap<>();
        var staffParams = new MapSqlParameterSource();
        String staffSql = """
                select r.department_id, r.course_id, count(*),
                       sum(case when r.strict_violation then 1 else 0 end),
                       sum(case when r.lenient_violation then 1 else 0 end),
                       sum(case when r.reported then 1 else 0 end),
                       sum(case when r.reinforced then 1 else 0 end)
                from trickle_down_round_training r
                where r.staff = true""" + firstInRound(filter, staffParams) + scope(filter, staffParams)
                + " group by r.department_id, r.course_id";
        jdbc.query(staffSql, staffParams, rs -> {
            int[] counts = byCell.computeIfAbsent(new Key(rs.getLong(1), rs.getLong(2)), key -> new int[6]);
            counts[1] = rs.getInt(3);
            counts[2] = rs.getInt(4);
            counts[3] = rs.getInt(5);
            counts[4] = rs.getInt(6);
            counts[5] = rs.getInt(7);
        });
        var managerParams = new MapSqlParameterSource("countedAt", utc(countedAt));
        // a manager with two trainings still valid counts once
        String managerSql = """
                select r.department_id, r.course_id, count(distinct r.person_id)
                from trickle_down_round_training r
                where r.staff = false and r.trained_at <= :countedAt
                  and (r.valid_until is null or r.valid_until >= :countedAt)""" + scope(filter, managerParams)
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
        var params = new MapSqlParameterSource();
        boolean strict = "STRICT".equals(policy);
        String named = strict ? "strict" : "lenient";
        // every lenient violation is a strict one: both are found through the index on strict violations
        String sql = """
                select r.course_id, r.department_id, r.person_id, concat(s.first_name, ' ', s.last_name),
                       r.trained_at, r.%1$s_manager_id, concat(m.first_name, ' ', m.last_name),
                       r.%1$s_manager_trained_at
                from trickle_down_round_training r
                join person s on s.id = r.person_id
                left join person m on m.id = r.%1$s_manager_id
                where r.strict_violation = true""".formatted(named)
                + (strict ? "" : " and r.lenient_violation = true") + firstInRound(filter, params)
                + scope(filter, params);
        List<NamedViolation> rows = new ArrayList<>();
        jdbc.query(sql, params, rs -> {
            rows.add(new NamedViolation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                    instant(rs, 5), nullableLong(rs, 6), rs.getString(7), nullableInstant(rs, 8)));
        });
        return rows;
    }

    /**
     * The round's trainings per month (UTC) and level of the active members of the filter's non-archived
     * departments in the filter's courses (one course, or every published one): each person's first training in
     * the round per course, with the staff among them trained out of order under each policy. One statement.
     */
    public List<MonthTotals> months(TrickleDownQueries.Filter filter) {
        var params = new MapSqlParameterSource();
        String sql = """
                select year(r.trained_at), month(r.trained_at), r.level, count(*),
                       sum(case when r.strict_violation then 1 else 0 end),
                       sum(case when r.lenient_violation then 1 else 0 end)
                from trickle_down_round_training r
                join course c on c.id = r.course_id
                join department d on d.id = r.department_id
                where d.archived = false and\s""" + TrickleDownQueries.courseCondition(filter.courseId(), params)
                + TrickleDownQueries.departmentCondition(filter, params) + firstInRound(filter, params)
                + " group by year(r.trained_at), month(r.trained_at), r.level";
        return jdbc.query(sql, params, (rs, row) -> new MonthTotals(rs.getInt(1), rs.getInt(2), rs.getString(3),
                rs.getInt(4), rs.getInt(5), rs.getInt(6)));
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
                + TrickleDownQueries.departmentCondition(filter, params) + window("t.trained_at", filter, params)
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
        String course = "";
        if (courseId != null) {
            params.addValue("courseId", courseId);
            course = " and course_id = :courseId";
        }
        jdbc.update("delete from trickle_down_round_training where department_id in (:departments)" + course,
                params);
        jdbc.getJdbcTemplate().batchUpdate("""
                insert into trickle_down_round_training (department_id, course_id, person_id, trained_at, level,
                    staff, previous_at, valid_until, reported, reinforced, strict_violation, lenient_violation,
                    strict_manager_id, strict_manager_trained_at, lenient_manager_id, lenient_manager_trained_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, BATCH, (ps, row) -> {
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
            ps.setObject(13, row.strictManagerId());
            ps.setObject(14, utcOrNull(row.strictManagerTrainedAt()));
            ps.setObject(15, row.lenientManagerId());
            ps.setObject(16, utcOrNull(row.lenientManagerTrainedAt()));
        });
    }

    // ---------------------------------------------------------------- SQL fragments

    /** Each person's first training in the round: in the window, the previous one (if any) before it. */
    private static String firstInRound(TrickleDownQueries.Filter filter, MapSqlParameterSource params) {
        String window = window("r.trained_at", filter, params);
        return filter.from() == null ? window + " and r.previous_at is null"
                : window + " and (r.previous_at is null or r.previous_at < :from)";
    }

    private static String window(String column, TrickleDownQueries.Filter filter, MapSqlParameterSource params) {
        var condition = new StringBuilder();
        if (filter.from() != null) {
            params.addValue("from", utc(filter.from()));
            condition.append(" and ").append(column).append(" >= :from");
        }
        if (filter.to() != null) {
            params.addValue("to", utc(filter.to()));
            condition.append(" and ").append(column).append(" < :to");
        }
        return condition.toString();
    }

    /** The filter's course and division; the caller keeps the departments and courses of its scope. */
    private static String scope(TrickleDownQueries.Filter filter, MapSqlParameterSource params) {
        var sql = new StringBuilder();
        if (filter.courseId() != null) {
            params.addValue("courseId", filter.courseId());
            sql.append(" and r.course_id = :courseId");
        }
        if (filter.divisionId() != null) {
            sql.append(" and r.department_id in (select d.id from department d where 1 = 1")
                    .append(TrickleDownQueries.departmentCondition(filter, params)).append(")");
        }
        return sql.toString();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static LocalDateTime utcOrNull(Instant instant) {
        return instant == null ? null : utc(instant);
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static Instant nullableInstant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
