package io.cascade.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeSpringTest;
import io.cascade.SignIn;
import io.cascade.catalog.CourseDocumentService;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files Cascade hands out through its views, against every demo role and an anonymous visitor, at the service
 * that serves them (the views' download links only pass the bytes on): a certificate's PDF only to its holder, a
 * course document to whoever may read the course (a draft's only to trainers and admins). "yes" means the file is
 * served, "no" that it is refused.
 */
@CascadeSpringTest
@Transactional
@Import(LearnerFixtures.class)
class FileAuthorizationMatrixTest {

    private static final List<String> USERS = List.of("admin", "trainer", "executive", "manager", "employee");

    @Autowired
    LearnerFixtures fixtures;
    @Autowired
    SignIn signIn;
    @Autowired
    CertificateService certificates;
    @Autowired
    CourseDocumentService documents;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EntityManager entityManager;

    long handout;
    long draftHandout;
    String certificateCode = "MTRX-2345-6789";

    @BeforeEach
    void aCourseWithAHandoutADraftWithAnotherAndEmmasCertificate() {
        fixtures.course();
        handout = fixtures.handout();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into course (code, title, audience, status, created_at, updated_at)
                values ('DRAFT-MTRX', 'Not Ready Yet', 'ALL', 'DRAFT', :now, :now)""").param("now", now).update();
        long draft = jdbc.sql("select id from course where code = 'DRAFT-MTRX'").query(Long.class).single();
        draftHandout = fixtures.document(draft, "Draft handout", "draft.pdf", new byte[] {4, 5});
        jdbc.sql("""
                insert into certificate (code, person_id, course_id, person_name, course_title, issued_at)
                values (:code, :person, :course, 'Emma Lindqvist', 'Calm on the Phone', :now)""")
                .param("code", certificateCode).param("person", fixtures.personId("employee"))
                .param("course", fixtures.courseId).param("now", now).update();
        entityManager.flush();
        entityManager.clear();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # file                       | anonymous | admin | trainer | executive | manager | employee
            Emma's certificate PDF       | no        | no    | no      | no        | no      | yes
            handout of a published course | no       | yes   | yes     | yes       | yes     | yes
            handout of a draft course    | no        | yes   | yes     | no        | no      | no
            """)
    void shouldServeEachFileOnlyToThoseAllowedIt(String file, String anonymous, String admin, String trainer,
            String executive, String manager, String employee) {
        Supplier<Boolean> fetch = switch (file) {
            case "Emma's certificate PDF" -> () -> certificates.myCertificatePdf(certificateCode).length > 0;
            case "handout of a published course" -> () -> documents.documentFile(handout).isPresent();
            case "handout of a draft course" -> () -> documents.documentFile(draftHandout).isPresent();
            default -> throw new IllegalArgumentException(file);
        };

        signIn.asVisitor();
        assertThat(outcome(fetch)).as("anonymous: %s", file).isEqualTo(anonymous);
        List<String> expected = List.of(admin, trainer, executive, manager, employee);
        for (int i = 0; i < USERS.size(); i++) {
            signIn.as(USERS.get(i));
            assertThat(outcome(fetch)).as("%s: %s", USERS.get(i), file).isEqualTo(expected.get(i));
        }
    }

    private static String outcome(Supplier<Boolean> fetch) {
        try {
            return fetch.get() ? "yes" : "no";
        } catch (AccessDeniedException | AuthenticationException refused) {
            return "no";
        }
    }
}
