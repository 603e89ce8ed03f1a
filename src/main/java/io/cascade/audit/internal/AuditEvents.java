package io.cascade.audit.internal;

import io.cascade.audit.AuditEntry;
import io.cascade.audit.AuditQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The audit_event table through plain SQL: it is insert-only, and imports write thousands of rows in one batch.
 * Times are stored as UTC local date-times, like every other instant of the schema.
 */
@Repository
public class AuditEvents {

    /** One row to insert; JSON already written. */
    public record Row(Instant occurredAt, String actor, String entityType, String entityId, String action,
            String summary, String beforeJson, String afterJson) {
    }

    private final JdbcTemplate jdbc;

    AuditEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(List<Row> rows) {
        jdbc.batchUpdate("insert into audit_event (occurred_at, actor, entity_type, entity_id, action, summary, "
                + "before_json, after_json) values (?, ?, ?, ?, ?, ?, ?, ?)", rows, 500, (statement, row) -> {
                    statement.setObject(1, LocalDateTime.ofInstant(row.occurredAt(), ZoneOffset.UTC));
                    statement.setString(2, row.actor());
                    statement.setString(3, row.entityType());
                    statement.setString(4, row.entityId());
                    statement.setString(5, row.action());
                    statement.setString(6, row.summary());
                    statement.setString(7, row.beforeJson());
                    statement.setString(8, row.afterJson());
                });
    }

    /** Newest first; a page of {@code limit} rows from {@code offset}. */
    public List<AuditEntry> find(AuditQuery query, long offset, int limit) {
        var where = where(query);
        where.args.add(limit);
        where.args.add(offset);
        return jdbc.query("select * from audit_event" + where.sql + " order by occurred_at desc, id desc"
                + " limit ? offset ?", AuditEvents::entry, where.args.toArray());
    }

    public long count(AuditQuery query) {
        var where = where(query);
        Long count = jdbc.queryForObject("select count(*) from audit_event" + where.sql, Long.class,
                where.args.toArray());
        return count == null ? 0 : count;
    }

    public List<String> entityTypes() {
        return jdbc.queryForList("select distinct entity_type from audit_event order by entity_type", String.class);
    }

    private record Where(String sql, List<Object> args) {
    }

    private static Where where(AuditQuery query) {
        var sql = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (hasText(query.actor())) {
            sql.append(" and lower(actor) like ? escape '!'");
            args.add(containsPattern(query.actor()));
        }
        if (hasText(query.entityType())) {
            sql.append(" and entity_type = ?");
            args.add(query.entityType());
        }
        if (hasText(query.text())) {
            sql.append(" and (lower(summary) like ? escape '!' or lower(entity_id) like ? escape '!'"
                    + " or lower(action) like ? escape '!')");
            String pattern = containsPattern(query.text());
            args.add(pattern);
            args.add(pattern);
            args.add(pattern);
        }
        if (query.from() != null) {
            sql.append(" and occurred_at >= ?");
            args.add(LocalDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            sql.append(" and occurred_at < ?");
            args.add(LocalDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        return new Where(sql.toString(), args);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String containsPattern(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    private static AuditEntry entry(ResultSet rs, int rowNumber) throws SQLException {
        return new AuditEntry(rs.getLong("id"),
                rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString("actor"),
                rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"),
                rs.getString("summary"), rs.getString("before_json"), rs.getString("after_json"));
    }
}
