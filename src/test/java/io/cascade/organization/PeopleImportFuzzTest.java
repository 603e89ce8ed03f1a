package io.cascade.organization;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.cascade.CascadeSpringTest;
import java.io.ByteArrayOutputStream;
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

        for (int i = 0; i < FILES; i++) {
            Malformed malformed = malformed(valid, random);
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

    record Malformed(String kind, byte[] bytes) {
    }

    private static Malformed malformed(byte[] valid, Random random) {
        String text = new String(valid, UTF_8);
        return switch (random.nextInt(10)) {
            case 0 -> {
                byte[] bytes = new byte[random.nextInt(4000)];
                random.nextBytes(bytes);
                yield new Malformed("random bytes", bytes);
            }
            case 1 -> new Malformed("latin-1", text.replace("First1,", "Zoë Åsa,").getBytes(ISO_8859_1));
            case 2 -> new Malformed("utf-16", text.getBytes(UTF_16));
            case 3 -> new Malformed("unclosed quote", insert(text, "\"", random).getBytes(UTF_8));
            case 4 -> new Malformed("huge field", insert(text, "x".repeat(100_000 + random.nextInt(200_000)), random)
                    .getBytes(UTF_8));
            case 5 -> new Malformed("missing column", text.replaceFirst(",level", "").getBytes(UTF_8));
            case 6 -> new Malformed("truncated", java.util.Arrays.copyOf(valid, random.nextInt(valid.length)));
            case 7 -> new Malformed("control characters", insert(text, "\u0000\u0007", random).getBytes(UTF_8));
            case 8 -> new Malformed("flipped bytes", flip(valid, random));
            default -> new Malformed("shuffled punctuation", insert(insert(text, ",", random), "\r", random)
                    .getBytes(UTF_8));
        };
    }

    private static String insert(String text, String inserted, Random random) {
        int at = random.nextInt(text.length());
        return text.substring(0, at) + inserted + text.substring(at);
    }

    private static byte[] flip(byte[] valid, Random random) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(valid);
        byte[] bytes = out.toByteArray();
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}
