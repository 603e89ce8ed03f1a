package io.cascade.organization;

import java.nio.charset.StandardCharsets;

/** Generates realistic people files for tests and the benchmark: a tree of sites and teams with managers. */
final class HrImportFiles {

    private HrImportFiles() {
    }

    /**
     * {@code count} people under {@code root}: one executive, then per site of 500 a manager reporting to the
     * executive, supervisors per team of 25 reporting to the manager, and staff reporting to their supervisor.
     */
    static byte[] people(int count, String root, String prefix) {
        var csv = new StringBuilder(count * 110);
        csv.append(String.join(",", PeopleImportService.columns())).append('\n');
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
