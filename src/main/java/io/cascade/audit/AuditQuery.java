package io.cascade.audit;

import java.time.Instant;

/**
 * Criteria for searching the audit trail; a null field does not filter. {@code actor} and {@code text} match a part,
 * ignoring case ({@code text} searches the entity type, id, action and summary); {@code from} is inclusive,
 * {@code to} exclusive.
 */
public record AuditQuery(String actor, String entityType, String text, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
