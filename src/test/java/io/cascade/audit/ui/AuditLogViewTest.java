package io.cascade.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.cascade.CascadeSpringTest;
import io.cascade.audit.AuditEntry;
import io.cascade.audit.AuditLog;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

@CascadeSpringTest
@WithUserDetails("admin")
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditLog auditLog;

    @Test
    void shouldFindAChangeByWhoMadeItAndNarrowItByDate() {
        String marker = "view-test-" + System.nanoTime();
        auditLog.record("Setting", marker, "UPDATE", "Changed " + marker, "old", "new");

        // views are proxied by method security (jsr250); read the components of the real view
        AuditLogView view = AopTestUtils.getUltimateTargetObject(navigate(AuditLogView.class));
        test(view.actor).setValue("adm");
        test(view.text).setValue(marker);

        assertThat(test(view.grid).size()).isEqualTo(1);
        AuditEntry entry = test(view.grid).getRow(0);
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(view.total.getText()).isEqualTo("1 change");

        test(view.to).setValue(LocalDate.now().minusDays(2));
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.total.getText()).isEqualTo("0 changes");
    }
}
