package io.cascade.audit;

import io.cascade.audit.internal.AuditEvents;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records administrative changes and searches them. Recording joins the caller's transaction, so a change that rolls
 * back leaves no audit entry and a recorded change is never lost. The actor is the signed-in user's name.
 */
@Service
public class AuditLog {

    /** Long enough for a person or a settings value; longer states are cut (marked) rather than refused. */
    private static final int MAX_JSON = 60_000;

    private final AuditEvents events;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(AuditEvents events, JsonMapper json, Clock clock) {
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void record(String entityType, Object entityId, String action, String summary, Object before,
            Object after) {
        recordAll(List.of(new AuditRecord(entityType, entityId, action, summary, before, after)));
    }

    /**
     * Records what happened at a sign-in, before anyone is signed in: the actor is named by the caller (the account
     * signing in, or a placeholder for a name that is no account). Open to all, as it runs for visitors; only the
     * listener of the security layer's sign-in events calls it.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void recordSignIn(String actor, AuditRecord record) {
        events.insert(List.of(new AuditEvents.Row(clock.instant(), cut(actor, 80), record.entityType(),
                record.entityId() == null ? null : String.valueOf(record.entityId()), record.action(),
                cut(record.summary(), 500), toJson(record.before()), toJson(record.after()))));
    }

    /** Records many changes in one batch (an import), all with the same actor and time. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void recordAll(Collection<AuditRecord> records) {
        var now = clock.instant();
        String actor = actor();
        events.insert(records.stream()
                .map(record -> new AuditEvents.Row(now, actor, record.entityType(),
                        record.entityId() == null ? null : String.valueOf(record.entityId()), record.action(),
                        cut(record.summary(), 500), toJson(record.before()), toJson(record.after())))
                .toList());
    }

    /** Newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, long offset, int limit) {
        return events.find(query, offset, limit);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        return events.count(query);
    }

    /** The kinds of entity recorded so far, for a filter. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return events.entityTypes();
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : cut(authentication.getName(), 80);
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        String text = state instanceof String string ? string : json.writeValueAsString(state);
        return text.length() <= MAX_JSON ? text : text.substring(0, MAX_JSON) + "…(cut)";
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
