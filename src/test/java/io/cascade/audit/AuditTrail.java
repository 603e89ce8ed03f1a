package io.cascade.audit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the audit trail of one object straight from {@code audit_event}, oldest first, so a test of any role can check
 * what was recorded (searching through {@link AuditLog} is for admins). One of the {@link io.cascade.SharedFixtures}.
 */
public final class AuditTrail {

    /** One recorded change: who, what (action and summary), which object, and the JSON before and after. */
    public record Entry(String actor, String entityType, String entityId, String action, String summary,
            String before, String after) {
    }

    private final JdbcClient jdbc;

    public AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> of(String entityType, Object entityId) {
        return jdbc.sql("""
                select actor, entity_type, entity_id, action, summary, before_json, after_json from audit_event
                where entity_type = :type and entity_id = :id order by id""")
                .param("type", entityType).param("id", String.valueOf(entityId))
                .query((rs, row) -> new Entry(rs.getString("actor"), rs.getString("entity_type"),
                        rs.getString("entity_id"), rs.getString("action"), rs.getString("summary"),
                        rs.getString("before_json"), rs.getString("after_json")))
                .list();
    }

    /** The latest entry of the object with this action; fails the test when there is none. */
    public Entry last(String entityType, Object entityId, String action) {
        return of(entityType, entityId).stream().filter(entry -> entry.action().equals(action))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No " + action + " of " + entityType + " " + entityId
                        + " in the audit trail; there is " + of(entityType, entityId)));
    }
}
