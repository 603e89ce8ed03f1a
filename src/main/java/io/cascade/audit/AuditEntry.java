package io.cascade.audit;

import java.time.Instant;

/** One recorded change; {@code before}/{@code after} are JSON text, null for a creation or a removal. */
public record AuditEntry(long id, Instant occurredAt, String actor, String entityType, String entityId,
        String action, String summary, String before, String after) {
}
