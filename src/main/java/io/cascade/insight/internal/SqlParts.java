package io.cascade.insight.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * What the insight module's statements share: instants are stored as UTC DATETIME(6), so they are bound and read as
 * UTC {@link LocalDateTime}s, independent of the JVM's time zone; optional conditions are fixed SQL fragments switched
 * on or off, so the same text runs on MariaDB, MySQL and H2.
 */
final class SqlParts {

    private SqlParts() {
    }

    /** {@code " and <column> = :courseId"} for one course, nothing for every course ({@code null}). */
    static String inCourse(String column, Long courseId, MapSqlParameterSource params) {
        if (courseId == null) {
            return "";
        }
        params.addValue("courseId", courseId);
        return " and " + column + " = :courseId";
    }

    /**
     * The filter's course ({@code <alias>.course_id}) and division ({@code <alias>.department_id} in its subtree),
     * each only when the filter names one; the caller keeps the departments and courses of its scope.
     */
    static String inScope(String alias, TrickleDownQueries.Filter filter, MapSqlParameterSource params) {
        var sql = new StringBuilder(inCourse(alias + ".course_id", filter.courseId(), params));
        if (filter.divisionId() != null) {
            sql.append(" and ").append(alias).append(".department_id in (select d.id from department d where 1 = 1")
                    .append(TrickleDownQueries.departmentCondition(filter, params)).append(")");
        }
        return sql.toString();
    }

    /**
     * Replaces the whole organisation's sums of the courses (all: {@code null}; none: nothing to do) in
     * {@code table}: {@code insert} (an insert of a select from the departments' rows) is run for those courses,
     * grouped by {@code groupBy}.
     */
    static void replaceCourseSums(NamedParameterJdbcTemplate jdbc, String table, String insert, String groupBy,
                                  Collection<Long> courseIds) {
        if (courseIds != null && courseIds.isEmpty()) {
            return;
        }
        var params = new MapSqlParameterSource();
        String courses = "";
        if (courseIds != null) {
            params.addValue("courses", courseIds);
            courses = " where course_id in (:courses)";
        }
        jdbc.update("delete from " + table + courses, params);
        jdbc.update(insert + courses + groupBy, params);
    }

    /** The column within the filter's round [from, to), either end open when null; nothing all time. */
    static String inRound(String column, TrickleDownQueries.Filter filter, MapSqlParameterSource params) {
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

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static LocalDateTime utcOrNull(Instant instant) {
        return instant == null ? null : utc(instant);
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    static Instant nullableInstant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
