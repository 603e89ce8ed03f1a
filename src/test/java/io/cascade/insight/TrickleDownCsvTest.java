package io.cascade.insight;

import io.cascade.trickledown.TrickleDownPolicy;
import io.cascade.trickledown.TrickleDownStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TrickleDownCsvTest {

    private static final Instant MONDAY = Instant.parse("2025-03-03T09:00:00Z");
    private static final Instant FRIDAY = Instant.parse("2025-03-07T14:00:00Z");

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("plain name", "plain name", "plain text as is"),
                Arguments.of("", "", "empty stays empty"),
                Arguments.of("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"",
                        "formula defused, then quoted for its quotes"),
                Arguments.of("=1+2", "'=1+2", "equals sign"),
                Arguments.of("+44 20 7946 0000", "'+44 20 7946 0000", "plus sign"),
                Arguments.of("-2+3", "'-2+3", "minus sign"),
                Arguments.of("@SUM(A1:A9)", "'@SUM(A1:A9)", "at sign"),
                Arguments.of("\tcmd", "'\tcmd", "leading tab"),
                Arguments.of("\rcmd", "\"'\rcmd\"", "leading carriage return, quoted for the line break"),
                Arguments.of("Smith, Jones & Co", "\"Smith, Jones & Co\"", "comma quoted"),
                Arguments.of("The \"Front\" Desk", "\"The \"\"Front\"\" Desk\"", "quotes doubled"),
                Arguments.of("two\nlines", "\"two\nlines\"", "line feed quoted"),
                Arguments.of("a=b", "a=b", "a formula sign inside is harmless"),
                Arguments.of("O'Brien", "O'Brien", "apostrophe as is"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("cells")
    void shouldWriteEveryCellSafelyForSpreadsheets(String value, String written, String why) {
        assertThat(TrickleDownCsv.cell(value)).isEqualTo(written);
    }

    @Test
    void shouldWriteOneLineOfOwnAndRolledUpFiguresPerDepartmentAndCourse() {
        String csv = TrickleDownCsv.report(report());

        assertThat(csv.split("\r\n", -1)).containsExactly(
                String.join(",", TrickleDownCsv.REPORT_HEADER),
                "1,Service,,0,7,CS-1,\"Greeting, listening\",NOT_STARTED,0,0,0,0,0,OUT_OF_ORDER,1,1,1,2,1",
                "2,'=Front Desk,1,1,7,CS-1,\"Greeting, listening\",OUT_OF_ORDER,1,1,1,2,1,OUT_OF_ORDER,1,1,1,2,1",
                "");
    }

    @Test
    void shouldNameEachStaffMemberTrainedBeforeTheirManagerLeavingNotYetEmpty() {
        String csv = TrickleDownCsv.violations(report());

        assertThat(csv.split("\r\n", -1)).containsExactly(
                String.join(",", TrickleDownCsv.VIOLATIONS_HEADER),
                "7,\"Greeting, listening\",2,'=Front Desk,11,'@Ann Early,2025-03-03T09:00:00Z,12,Mia Late,"
                        + "2025-03-07T14:00:00Z",
                "7,\"Greeting, listening\",2,'=Front Desk,13,'-Bob,2025-03-07T14:00:00Z,14,Max Never,",
                "");
    }

    @Test
    void shouldWriteOnlyTheHeadersForAnEmptyReport() {
        var empty = new TrickleDownReport(TrickleDownPolicy.STRICT, List.of(), List.of(), List.of());

        assertThat(TrickleDownCsv.report(empty)).isEqualTo(String.join(",", TrickleDownCsv.REPORT_HEADER) + "\r\n");
        assertThat(TrickleDownCsv.violations(empty))
                .isEqualTo(String.join(",", TrickleDownCsv.VIOLATIONS_HEADER) + "\r\n");
    }

    private static TrickleDownReport report() {
        var course = new CourseRef(7, "CS-1", "Greeting, listening");
        var frontDesk = new TrickleDownCell(TrickleDownStatus.OUT_OF_ORDER, 1, 1, 1, 2, 1);
        var nobody = new TrickleDownCell(TrickleDownStatus.NOT_STARTED, 0, 0, 0, 0, 0);
        return new TrickleDownReport(TrickleDownPolicy.STRICT, List.of(course),
                List.of(new DepartmentCourseStatus(1, "Service", null, 0, 7, nobody, frontDesk),
                        new DepartmentCourseStatus(2, "=Front Desk", 1L, 1, 7, frontDesk, frontDesk)),
                List.of(new OrderViolation(7, "Greeting, listening", 2, "=Front Desk", 11, "@Ann Early", MONDAY,
                                12L, "Mia Late", FRIDAY),
                        new OrderViolation(7, "Greeting, listening", 2, "=Front Desk", 13, "-Bob", FRIDAY,
                                14L, "Max Never", null)));
    }
}
