package io.cascade.organization;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * People files as HR exports them, for tests and the benchmark: a header and a row per person, whose departments the
 * import makes from their paths; or a realistic generated tree of sites and teams with managers.
 */
public final class HrImportFiles {

    /** The header row, with the columns in the import's order. */
    public static final String HEADER = String.join(",", PeopleImportService.columns()) + "\n";

    private HrImportFiles() {
    }

    /**
     * One person's row ({@code managerNumber}: the employee number of whom they report to, or null); a field with a
     * comma, a quote or a line break is quoted.
     */
    public static String row(String employeeNumber, String firstName, String lastName, String email,
            String departmentPath, String level, String managerNumber, boolean active) {
        return String.join(",", Stream.of(employeeNumber, firstName, lastName, email, departmentPath, level,
                managerNumber == null ? "" : managerNumber, String.valueOf(active)).map(HrImportFiles::field)
                .toList()) + "\n";
    }

    /** The file of the rows, after the header. */
    public static byte[] file(String... rows) {
        return (HEADER + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
    }

    private static String field(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /**
     * {@code count} people under {@code root}: one executive, then per site of 500 a manager reporting to the
     * executive, supervisors per team of 25 reporting to the manager, and staff reporting to their supervisor.
     */
    static byte[] people(int count, String root, String prefix) {
        var csv = new StringBuilder(count * 110);
        csv.append(HEADER);
        for (int i = 0; i < count; i++) {
            int site = i / 500;
            int team = i / 25;
            String level;
            String manager;
            String path;
            if (i == 0) {
                level = "EXECUTIVE";
                manager = "";
                path = root;
            } else if (i % 500 == 0) {
                level = "MANAGER";
                manager = prefix + 0;
                path = root + "/Site " + site;
            } else if (i % 25 == 0) {
                level = "SUPERVISOR";
                manager = prefix + (site * 500);
                path = root + "/Site " + site + "/Team " + team;
            } else {
                level = "STAFF";
                manager = prefix + (team * 25 == 0 ? 0 : team * 25);
                path = root + "/Site " + site + "/Team " + team;
            }
            csv.append(prefix).append(i).append(",First").append(i).append(",Last").append(i).append(",person")
                    .append(i).append("@bench.example,").append(path).append(',').append(level).append(',')
                    .append(manager).append(",true\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
