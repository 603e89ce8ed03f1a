package io.cascade.audit;

/**
 * A change to record. {@code before} and {@code after} are any objects Jackson can write (records, maps), or null.
 */
public record AuditRecord(String entityType, Object entityId, String action, String summary, Object before,
        Object after) {
}
