package io.cascade.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
class AuditLogTest {

    @Autowired
    AuditLog auditLog;

    @Test
    @WithMockUser(username = "audit-tester", roles = "ADMIN")
    void shouldRecordWhoChangedWhatWithTheStateBeforeAndAfter() {
        auditLog.record("Person", 42, "UPDATE", "Renamed Ann Auditson", Map.of("lastName", "Smith"),
                Map.of("lastName", "Auditson"));

        var found = auditLog.search(new AuditQuery("audit-test", "Person", "auditson", null, null), 0, 10);

        assertThat(found).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("audit-tester");
            assertThat(entry.entityId()).isEqualTo("42");
            assertThat(entry.before()).isEqualTo("{\"lastName\":\"Smith\"}");
            assertThat(entry.after()).isEqualTo("{\"lastName\":\"Auditson\"}");
            assertThat(entry.occurredAt()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1,
                    ChronoUnit.MINUTES));
        });
    }

    @Test
    @WithMockUser(username = "audit-tester", roles = "ADMIN")
    void shouldFindChangesOnlyWithinTheDateRange() {
        auditLog.record("Setting", "gate.mode", "UPDATE", "Gate mode WARN -> BLOCK", "WARN", "BLOCK");
        Instant now = Instant.now();

        var today = new AuditQuery("audit-tester", null, null, now.minus(1, ChronoUnit.HOURS),
                now.plus(1, ChronoUnit.HOURS));
        var lastWeek = new AuditQuery("audit-tester", null, null, now.minus(8, ChronoUnit.DAYS),
                now.minus(7, ChronoUnit.DAYS));

        assertThat(auditLog.count(today)).isEqualTo(1);
        assertThat(auditLog.count(lastWeek)).isZero();
    }

    @Test
    @WithMockUser(username = "audit-tester", roles = "ADMIN")
    void shouldTreatWildcardsInTheSearchAsPlainText() {
        auditLog.record("Setting", "x", "UPDATE", "plain summary", null, null);

        // actions such as RESET_PASSWORD hold a real underscore, so look only at this tester's plain entry
        assertThat(auditLog.count(new AuditQuery("%", null, null, null, null))).isZero();
        assertThat(auditLog.count(new AuditQuery("audit-tester", null, "_", null, null))).isZero();
        assertThat(auditLog.count(new AuditQuery("audit-tester", null, "plain", null, null))).isOne();
    }

    @Test
    @WithMockUser(username = "employee", roles = "EMPLOYEE")
    void shouldKeepTheAuditTrailFromNonAdmins() {
        assertThatThrownBy(() -> auditLog.search(AuditQuery.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
