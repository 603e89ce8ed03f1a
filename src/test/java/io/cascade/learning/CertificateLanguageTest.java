package io.cascade.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeSpringTest;
import java.time.LocalDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The certificate is written in the language of the person it certifies, whatever the page's. */
@CascadeSpringTest
@Transactional
@WithUserDetails("employee")
class CertificateLanguageTest {

    private static final String CODE = "LANG-PDF0-2026";

    @Autowired
    CertificateService certificates;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emmasCertificate() {
        jdbc.sql("""
                insert into certificate (code, person_id, course_id, person_name, course_title, issued_at)
                select :code, a.person_id, (select min(id) from course), 'Emma Lindqvist', 'Calm on the Phone', :at
                from user_account a where a.username = 'employee'""")
                .param("code", CODE).param("at", LocalDateTime.of(2026, 1, 10, 10, 0)).update();
    }

    String pdfText() throws Exception {
        try (var document = Loader.loadPDF(certificates.myCertificatePdf(CODE))) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void shouldWriteTheCertificateInTheLanguageThePersonChose() throws Exception {
        // the test's transaction is rolled back: her choice goes with it
        jdbc.sql("update user_account set language = 'de' where username = 'employee'").update();

        assertThat(pdfText()).contains("Abschlusszertifikat", "Hiermit wird bestätigt, dass", "Emma Lindqvist",
                "den Kurs", "Calm on the Phone", "am 10. Januar 2026 erfolgreich abgeschlossen hat.",
                "Prüfcode: " + CODE).doesNotContain("Certificate of completion");
    }

    @Test
    void shouldWriteTheCertificateInTheOrganisationsLanguageForSomeoneWhoChoseNone() throws Exception {
        jdbc.sql("update user_account set language = null where username = 'employee'").update();

        assertThat(pdfText()).as("the demo organisation speaks English")
                .contains("Certificate of completion", "This certifies that", "on 10 January 2026",
                        "Verification code: " + CODE);
    }
}
