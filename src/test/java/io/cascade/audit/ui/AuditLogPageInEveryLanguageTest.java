package io.cascade.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import io.cascade.CascadeSpringTest;
import io.cascade.audit.AuditLog;
import io.cascade.base.i18n.Language;
import io.cascade.base.i18n.RenderedTexts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

/** The audit log's page in each language besides English; the entries it lists stay as they were written. */
@CascadeSpringTest
@WithUserDetails("admin")
class AuditLogPageInEveryLanguageTest extends SpringBrowserlessTest {

    @Autowired
    AuditLog auditLog;

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void thePageReadsInTheLanguageAndTheEntriesInEnglish(Language language) {
        String marker = "language-test-" + System.nanoTime();
        auditLog.record("Setting", marker, "UPDATE", "Changed " + marker, "old", "new");
        UI.getCurrent().setLocale(language.locale());

        AuditLogView view = AopTestUtils.getUltimateTargetObject(navigate(AuditLogView.class));
        test(view.text).setValue(marker);

        assertThat(view.getPageTitle()).isEqualTo(switch (language) {
            case GERMAN -> "Änderungsprotokoll";
            case FRENCH -> "Journal d'audit";
            case SPANISH -> "Registro de auditoría";
            case ENGLISH -> throw new IllegalArgumentException();
        });
        assertThat(view.total.getText()).isEqualTo(switch (language) {
            case GERMAN -> "1 Änderung";
            case FRENCH -> "1 modification";
            case SPANISH -> "1 cambio";
            case ENGLISH -> throw new IllegalArgumentException();
        });
        assertThat(test(view.grid).getRow(0).summary()).isEqualTo("Changed " + marker);
        assertThat(RenderedTexts.ofCurrentPage()).contains(switch (language) {
            case GERMAN -> "Enthält";
            case FRENCH -> "Contient";
            case SPANISH -> "Contiene";
            case ENGLISH -> throw new IllegalArgumentException();
        });
        assertThat(RenderedTexts.missingKeysOf("audit")).isEmpty();
    }
}
