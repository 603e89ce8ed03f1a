package io.cascade.scheduling;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Generates attendance history files for tests and the benchmark. */
final class AttendanceImportFiles {

    static final String HEADER = "employee_number,course_code,session_start,status\n";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> STATUSES = List.of("PRESENT", "PRESENT", "PRESENT", "LATE", "EXCUSED",
            "ABSENT");

    private AttendanceImportFiles() {
    }

    /**
     * {@code rows} marks: every person of {@code employeeNumbers} in classes of the courses in turn, a class a week
     * from {@code firstClass}, so each class has as many rows as there are people.
     */
    static byte[] history(int rows, List<String> employeeNumbers, List<String> courseCodes,
            LocalDateTime firstClass) {
        var csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            int classNumber = i / employeeNumbers.size();
            String person = employeeNumbers.get(i % employeeNumbers.size());
            String course = courseCodes.get(classNumber % courseCodes.size());
            csv.append(person).append(',').append(course).append(',')
                    .append(WHEN.format(firstClass.plusWeeks(classNumber))).append(',')
                    .append(STATUSES.get((i * 7 + classNumber) % STATUSES.size())).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
