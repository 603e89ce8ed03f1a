package io.cascade.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.cascade.CascadeSpringTest;
import io.cascade.base.imports.MalformedCsv;
import io.cascade.base.imports.MalformedCsv.Malformed;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Damaged files of every kind (wrong encodings, broken quotes, huge fields, missing columns, random bytes) always give
 * a report and never an exception, and a rejected file changes nothing.
 */
@CascadeSpringTest
@Transactional
@WithMockUser(username = "fuzz-tester", roles = "ADMIN")
class PeopleImportFuzzTest {

    private static final int FILES = 1500;

    @Autowired
    PeopleImportService imports;
    @Autowired
    OrganizationService organization;

    @Test
    void shouldReportOnEveryMalformedFileWithoutCrashingOrImportingPartOfIt() {
        Random random = new Random(20_240_601L);
        byte[] valid = HrImportFiles.people(40, "Fuzz Co", "FZ-");
        long people = organization.countPeople(PersonFilter.everyone());
        List<String> kinds = new ArrayList<>();
        var damage = new MalformedCsv(valid, text -> text.replace("First1,", "Zoë Åsa,"), ",level", "x");

        for (int i = 0; i < FILES; i++) {
            Malformed malformed = damage.next(random);
            byte[] file = malformed.bytes();
            kinds.add(malformed.kind());
            assertThatCode(() -> {
                ImportPreview preview = imports.preview(file, fraction -> { });
                assertThat(preview.isValid() || !preview.problems().isEmpty())
                        .as("an invalid file has a report (%s)", malformed.kind()).isTrue();
                assertThat(preview.problems()).allSatisfy(problem -> assertThat(problem.message()).isNotBlank()
                        .hasSizeLessThan(400));
            }).as("file %d (%s)", i, malformed.kind()).doesNotThrowAnyException();
            if (i % 50 == 0) {
                try {
                    imports.apply(file, "fuzz.csv");
                    people = organization.countPeople(PersonFilter.everyone());
                } catch (ImportRejectedException rejected) {
                    assertThat(organization.countPeople(PersonFilter.everyone()))
                            .as("nothing imported from a rejected file (%s)", malformed.kind()).isEqualTo(people);
                }
            }
        }
        assertThat(kinds).contains("random bytes", "latin-1", "utf-16", "unclosed quote", "huge field",
                "missing column", "truncated", "control characters");
    }
}
