package io.cascade.insight;

import io.cascade.base.imports.CsvCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The trickle-down report and its violations as CSV for spreadsheets and BI tools: RFC 4180 (comma separated, CRLF
 * line ends, a cell quoted when it holds a comma, quote or line break, quotes doubled), a header row, instants in
 * ISO-8601 UTC, an empty cell for "not yet".
 * <p>
 * Names come from people and administrators, so a cell that a spreadsheet would take for a formula (it begins with
 * {@code = + - @}, a tab or a carriage return) is prefixed with a single quote: a department named
 * {@code =HYPERLINK(...)} is shown, not run.
 */
public final class TrickleDownCsv {

    static final List<String> REPORT_HEADER = List.of("Department ID", "Department", "Parent department ID", "Depth",
            "Course ID", "Course code", "Course", "Status", "Managers trained", "Managers", "Staff trained", "Staff",
            "Violations", "Rolled-up status", "Rolled-up managers trained", "Rolled-up managers",
            "Rolled-up staff trained", "Rolled-up staff", "Rolled-up violations");

    static final List<String> VIOLATIONS_HEADER = List.of("Course ID", "Course", "Department ID", "Department",
            "Staff person ID", "Staff member", "Staff trained at", "Manager person ID", "Manager",
            "Manager trained at");

    static final List<String> SUMMARY_HEADER = List.of("Department ID", "Department", "Parent department ID",
            "Depth", "Sub-departments", "Course ID", "Course code", "Course", "Status", "Managers trained", "Managers",
            "Staff trained", "Staff", "Violations");

    private static final String LINE_END = "\r\n";

    private TrickleDownCsv() {
    }

    /** One line per department and course, in the report's order: own figures, then rolled up. */
    public static void writeReport(TrickleDownReport report, Appendable out) {
        Map<Long, CourseRef> courses = report.courses().stream()
                .collect(Collectors.toMap(CourseRef::id, Function.identity()));
        line(out, REPORT_HEADER);
        for (DepartmentCourseStatus row : report.rows()) {
            CourseRef course = courses.get(row.courseId());
            TrickleDownCell own = row.own();
            TrickleDownCell rolledUp = row.rolledUp();
            line(out, text(row.departmentId()), row.departmentName(), text(row.parentDepartmentId()),
                    text(row.depth()), text(row.courseId()), course == null ? "" : course.code(),
                    course == null ? "" : course.title(), own.status().name(), text(own.managersTrained()),
                    text(own.managers()), text(own.staffTrained()), text(own.staff()), text(own.violations()),
                    rolledUp.status().name(), text(rolledUp.managersTrained()), text(rolledUp.managers()),
                    text(rolledUp.staffTrained()), text(rolledUp.staff()), text(rolledUp.violations()));
        }
    }

    /** One line per staff member trained out of order, with the manager who makes it so. */
    public static void writeViolations(TrickleDownReport report, Appendable out) {
        line(out, VIOLATIONS_HEADER);
        for (OrderViolation violation : report.violations()) {
            line(out, text(violation.courseId()), violation.courseTitle(), text(violation.departmentId()),
                    violation.departmentName(), text(violation.staffPersonId()), violation.staffName(),
                    text(violation.staffTrainedAt()), text(violation.managerPersonId()),
                    violation.managerName(),
                    text(violation.managerTrainedAt()));
        }
    }

    /**
     * One line per department and course of the summary, everything below each department included: its top
     * departments first, each followed by its direct sub-departments.
     */
    public static String summary(TrickleDownSummary summary) {
        var csv = new StringBuilder();
        line(csv, SUMMARY_HEADER);
        for (OverviewRow top : summary.rows()) {
            summaryLines(csv, summary.courses(), top, null);
            for (OverviewRow child : top.children()) {
                summaryLines(csv, summary.courses(), child, top.departmentId());
            }
        }
        return csv.toString();
    }

    private static void summaryLines(Appendable out, List<CourseRef> courses, OverviewRow row, Long parentId) {
        for (int c = 0; c < courses.size(); c++) {
            CourseRef course = courses.get(c);
            TrickleDownCell cell = row.cells().get(c);
            line(out, text(row.departmentId()), row.name(), text(parentId), text(row.depth()),
                    text(row.childCount()), text(course.id()), course.code(), course.title(), cell.status().name(),
                    text(cell.managersTrained()), text(cell.managers()), text(cell.staffTrained()),
                    text(cell.staff()), text(cell.violations()));
        }
    }

    public static String report(TrickleDownReport report) {
        var csv = new StringBuilder();
        writeReport(report, csv);
        return csv.toString();
    }

    public static String violations(TrickleDownReport report) {
        var csv = new StringBuilder();
        writeViolations(report, csv);
        return csv.toString();
    }

    /** A cell as written: defused if it could start a formula, then quoted if RFC 4180 asks for it. */
    static String cell(String value) {
        String safe = CsvCells.defused(value);
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static void line(Appendable out, List<String> cells) {
        line(out, cells.toArray(String[]::new));
    }

    private static void line(Appendable out, String... cells) {
        try {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(cells[i] == null ? "" : cells[i]));
            }
            out.append(LINE_END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof Instant instant ? instant.toString() : value.toString();
    }
}
