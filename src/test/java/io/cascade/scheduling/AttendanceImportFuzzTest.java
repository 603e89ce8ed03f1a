package io.cascade.scheduling;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.cascade.CascadeSpringTest;
import io.cascade.base.imports.MalformedCsv;
import io.cascade.base.imports.MalformedCsv.Malformed;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Damaged attendance files of every kind (wrong encodings, broken quotes, huge fields, missing columns, odd dates,
 * random bytes) always give a report and never an exception, and a rejected file changes nothing.
 */
@CascadeSpringTest
@Transactional
@Import(SchedulingFixtures.class)
@WithMockUser(username = "fuzz-tester", roles = "ADMIN")
class AttendanceImportFuzzTest {

    private static final int FILES = 1200;
    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Autowired
    AttendanceImportService imports;
    @Autowired
    SchedulingFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldReportOnEveryMalformedFileWithoutCrashingOrImportingPartOfIt() {
        Random random = new Random(20_250_301L);
        long course = fixtures.freshCourse();
        String code = jdbc.sql("select code from course where id = :id").param("id", course).query(String.class)
                .single();
        List<String> people = jdbc.sql("select employee_number from person where active = true order by id limit 12")
                .query(String.class).list();
        byte[] valid = AttendanceImportFiles.history(60, people, List.of(code), LocalDateTime.of(2020, 6, 1, 9, 0));
        long[] written = written(course);
        List<String> kinds = new ArrayList<>();
        var damage = new MalformedCsv(valid, text -> text.replaceFirst("PRESENT", "PRÉSENT"), ",status", "9",
                (text, chance) -> new Malformed("odd dates", text.replaceFirst("2020-0\\d-\\d\\d", List.of(
                        "0000-01-01", "9999-12-31", "2020-13-01", "2020-06-31", "-2020-06-01", "2020-06-01 25:00",
                        "20200601").get(chance.nextInt(7))).getBytes(UTF_8)));

        for (int i = 0; i < FILES; i++) {
            Malformed malformed = damage.next(random);
            byte[] file = malformed.bytes();
            kinds.add(malformed.kind());
            assertThatCode(() -> {
                AttendanceImportPreview preview = imports.preview(file, ZONE, fraction -> { });
                assertThat(preview.isValid() || !preview.problems().isEmpty())
                        .as("an invalid file has a report (%s)", malformed.kind()).isTrue();
                assertThat(preview.problems()).allSatisfy(problem -> assertThat(problem.message()).isNotBlank()
                        .hasSizeLessThan(400));
            }).as("file %d (%s)", i, malformed.kind()).doesNotThrowAnyException();
            if (i % 40 == 0) {
                try {
                    imports.apply(file, ZONE, "fuzz.csv");
                    written = written(course);
                } catch (AttendanceImportRejectedException rejected) {
                    assertThat(written(course)).as("nothing imported from a rejected file (%s)", malformed.kind())
                            .containsExactly(written);
                }
            }
        }
        assertThat(kinds).contains("random bytes", "latin-1", "utf-16", "unclosed quote", "huge field",
                "missing column", "truncated", "control characters", "odd dates");
    }

    /** Sessions of the course, and enrolments and marks in them. */
    private long[] written(long course) {
        return jdbc.sql("""
                select (select count(*) from class_session where course_id = :c),
                       (select count(*) from enrolment e join class_session s on s.id = e.session_id
                        where s.course_id = :c),
                       (select count(*) from enrolment e join class_session s on s.id = e.session_id
                        where s.course_id = :c and e.attendance is not null)""").param("c", course)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }
}
