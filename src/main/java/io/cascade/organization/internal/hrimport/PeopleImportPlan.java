package io.cascade.organization.internal.hrimport;

import io.cascade.base.i18n.Text;
import io.cascade.organization.ImportPreview;
import io.cascade.base.imports.CsvFile;
import io.cascade.base.imports.ImportProblem;
import io.cascade.organization.Level;
import io.cascade.organization.internal.hrimport.OrganizationState.DepartmentRow;
import io.cascade.organization.internal.hrimport.OrganizationState.PersonRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.regex.Pattern;

/**
 * Checks every row of a people file against the organisation as it is and works out what applying it would change.
 * It reports all problems, not the first one, so an admin fixes the file in one go.
 */
public final class PeopleImportPlan {

    public static final String EMPLOYEE_NUMBER = "employee_number";
    public static final String FIRST_NAME = "first_name";
    public static final String LAST_NAME = "last_name";
    public static final String EMAIL = "email";
    public static final String DEPARTMENT_PATH = "department_path";
    public static final String LEVEL = "level";
    public static final String MANAGER = "manager_employee_number";
    public static final String ACTIVE = "active";
    public static final List<String> COLUMNS = List.of(EMPLOYEE_NUMBER, FIRST_NAME, LAST_NAME, EMAIL,
            DEPARTMENT_PATH, LEVEL, MANAGER, ACTIVE);

    private static final Pattern EMAIL_SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final int MAX_DEPTH = 30;

    /** A department the file needs: existing ({@code id} set) or to be created under its parent's key. */
    public record DepartmentNeed(String key, String name, String parentKey, Long id) {
    }

    /** A valid row, ready to write. */
    public record PersonChange(int line, String employeeNumber, String firstName, String lastName, String email,
            Level level, String departmentKey, String managerNumber, boolean active, PersonRow existing,
            Kind kind) {
    }

    public enum Kind { CREATED, CHANGED, UNCHANGED, DEACTIVATED }

    private final OrganizationState state;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, DepartmentNeed> departments = new LinkedHashMap<>();
    private final Map<String, String> archivedByKey = new HashMap<>();
    private final List<PersonChange> changes = new ArrayList<>();
    private int rows;

    private PeopleImportPlan(OrganizationState state) {
        this.state = state;
    }

    public static PeopleImportPlan of(byte[] file, OrganizationState state, DoubleConsumer progress) {
        var plan = new PeopleImportPlan(state);
        CsvFile.Parsed parsed = CsvFile.read(file, COLUMNS);
        plan.problems.addAll(parsed.problems());
        plan.check(parsed.rows(), progress);
        // by line, then in the order of the columns, as the admin reads the file
        plan.problems.sort(java.util.Comparator.comparingInt(ImportProblem::line)
                .thenComparingInt(problem -> problem.column() == null ? -1 : COLUMNS.indexOf(problem.column())));
        return plan;
    }

    public ImportPreview preview() {
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        int deactivated = 0;
        for (PersonChange change : changes) {
            switch (change.kind()) {
                case CREATED -> created++;
                case CHANGED -> changed++;
                case UNCHANGED -> unchanged++;
                case DEACTIVATED -> deactivated++;
            }
        }
        int newDepartments = (int) departments.values().stream().filter(d -> d.id() == null).count();
        return new ImportPreview(rows, problems, created, changed, unchanged, deactivated, newDepartments);
    }

    public List<PersonChange> changes() {
        return changes;
    }

    /** Departments in the order to create them: a parent before its children. */
    public List<DepartmentNeed> departments() {
        return List.copyOf(departments.values());
    }

    private void check(List<CsvFile.Row> fileRows, DoubleConsumer progress) {
        rows = fileRows.size();
        Map<String, Integer> lineByNumber = new HashMap<>();
        Map<String, CsvFile.Row> rowByNumber = new HashMap<>();
        for (CsvFile.Row row : fileRows) {
            String number = row.get(EMPLOYEE_NUMBER);
            if (!number.isEmpty()) {
                Integer first = lineByNumber.putIfAbsent(number, row.line());
                if (first != null) {
                    problem(row, EMPLOYEE_NUMBER, Text.of("organization.hrImport.duplicateNumber", number, first));
                } else {
                    rowByNumber.put(number, row);
                }
            }
        }
        List<PersonChange> valid = new ArrayList<>();
        int done = 0;
        for (CsvFile.Row row : fileRows) {
            PersonChange change = checkRow(row, rowByNumber);
            if (change != null && rowByNumber.get(change.employeeNumber()) == row) {
                valid.add(change);
            }
            if (++done % 500 == 0) {
                progress.accept((double) done / rows);
            }
        }
        checkCycles(valid, rowByNumber);
        if (rows == 0 && problems.isEmpty()) {
            problems.add(new ImportProblem(0, null, Text.of("organization.hrImport.noPeople")));
        }
        if (problems.isEmpty()) {
            changes.addAll(valid);
        }
        progress.accept(1.0);
    }

    private PersonChange checkRow(CsvFile.Row row, Map<String, CsvFile.Row> rowByNumber) {
        int before = problems.size();
        String number = text(row, EMPLOYEE_NUMBER, "employeeNumber", 40);
        String firstName = text(row, FIRST_NAME, "firstName", 80);
        String lastName = text(row, LAST_NAME, "lastName", 80);
        String email = text(row, EMAIL, "email", 254);
        if (email != null && !EMAIL_SHAPE.matcher(email).matches()) {
            problem(row, EMAIL, Text.of("organization.hrImport.notAnEmail", shorten(email)));
        }
        Level level = level(row);
        Boolean active = active(row);
        String departmentKey = department(row, active == null || active);
        String manager = row.get(MANAGER);
        if (!manager.isEmpty()) {
            if (manager.equals(number)) {
                problem(row, MANAGER, Text.of("organization.person.reportsToSelf"));
            } else if (!rowByNumber.containsKey(manager) && !state.peopleByNumber.containsKey(manager)) {
                problem(row, MANAGER, Text.of("organization.hrImport.unknownManager", shorten(manager)));
            }
        }
        if (problems.size() > before || number == null) {
            return null;
        }
        PersonRow existing = state.peopleByNumber.get(number);
        Kind kind = kind(existing, firstName, lastName, email, level, departmentKey, manager, active);
        return new PersonChange(row.line(), number, firstName, lastName, email, level, departmentKey,
                manager.isEmpty() ? null : manager, active, existing, kind);
    }

    private Kind kind(PersonRow existing, String firstName, String lastName, String email, Level level,
            String departmentKey, String manager, boolean active) {
        if (existing == null) {
            return Kind.CREATED;
        }
        DepartmentNeed department = departments.get(departmentKey);
        PersonRow currentManager = existing.reportsToId() == null ? null
                : state.peopleById.get(existing.reportsToId());
        boolean same = existing.firstName().equals(firstName) && existing.lastName().equals(lastName)
                && existing.email().equals(email) && existing.level() == level
                && Objects.equals(department.id(), existing.departmentId())
                && Objects.equals(currentManager == null ? "" : currentManager.employeeNumber(), manager);
        if (existing.active() && !active) {
            return Kind.DEACTIVATED;
        }
        return same && existing.active() == active ? Kind.UNCHANGED : Kind.CHANGED;
    }

    /** Resolves a path like Hotels/Front Office/Reception by names from the top; missing parts are to be created. */
    private String department(CsvFile.Row row, boolean forActivePerson) {
        String path = row.get(DEPARTMENT_PATH);
        if (path.isEmpty()) {
            problem(row, DEPARTMENT_PATH, Text.of("organization.hrImport.missingPath"));
            return null;
        }
        String[] names = path.split("/", -1);
        if (names.length > MAX_DEPTH) {
            problem(row, DEPARTMENT_PATH, Text.of("organization.hrImport.pathTooDeep", MAX_DEPTH));
            return null;
        }
        String key = "";
        String parentKey = null;
        Long parentId = null;
        boolean parentExists = true;
        for (String raw : names) {
            String name = raw.strip();
            if (name.isEmpty() || name.length() > 120 || CONTROL.matcher(name).find()) {
                problem(row, DEPARTMENT_PATH, Text.of("organization.hrImport.invalidDepartmentName", shorten(path)));
                return null;
            }
            key = key + "/" + name.toLowerCase(Locale.ROOT);
            DepartmentNeed need = departments.get(key);
            if (need == null) {
                DepartmentRow existing = parentExists ? state.child(parentId, name) : null;
                need = new DepartmentNeed(key, name, parentKey, existing == null ? null : existing.id());
                if (existing != null && existing.archived()) {
                    archivedByKey.put(key, existing.name());
                }
                departments.put(key, need);
            }
            if (archivedByKey.containsKey(key) && forActivePerson) {
                problem(row, DEPARTMENT_PATH, Text.of("organization.hrImport.archivedDepartment",
                        archivedByKey.get(key)));
                return null;
            }
            parentExists = need.id() != null;
            parentId = need.id();
            parentKey = key;
        }
        return key;
    }

    /** Follows the reporting lines as they would be after the import; a walk that meets itself is a cycle. */
    private void checkCycles(List<PersonChange> valid, Map<String, CsvFile.Row> rowByNumber) {
        Map<String, String> managerOf = new HashMap<>();
        state.peopleByNumber.values().forEach(person -> {
            PersonRow manager = person.reportsToId() == null ? null : state.peopleById.get(person.reportsToId());
            if (manager != null) {
                managerOf.put(person.employeeNumber(), manager.employeeNumber());
            }
        });
        for (CsvFile.Row row : rowByNumber.values()) {
            String manager = row.get(MANAGER);
            if (manager.isEmpty()) {
                managerOf.remove(row.get(EMPLOYEE_NUMBER));
            } else {
                managerOf.put(row.get(EMPLOYEE_NUMBER), manager);
            }
        }
        Set<String> cleared = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (PersonChange change : valid) {
            List<String> chain = new ArrayList<>();
            Set<String> onChain = new HashSet<>();
            String current = change.employeeNumber();
            while (current != null && !cleared.contains(current) && onChain.add(current)) {
                chain.add(current);
                current = managerOf.get(current);
            }
            if (current != null && onChain.contains(current)) {
                List<String> cycle = chain.subList(chain.indexOf(current), chain.size());
                if (cycle.stream().noneMatch(reported::contains)) {
                    reported.addAll(cycle);
                    CsvFile.Row row = rowByNumber.getOrDefault(cycle.getFirst(), rowByNumber.get(
                            change.employeeNumber()));
                    problem(row, MANAGER, Text.of("organization.hrImport.reportingCycle", chain(cycle, current)));
                }
            }
            cleared.addAll(chain);
        }
    }

    /**
     * "BAD-6 reports to BAD-7 reports to BAD-6": each link read in the reader's language
     * ({@code organization.hrImport.reportsTo}), the walk back to where it started included.
     */
    private static Text chain(List<String> cycle, String backTo) {
        Text chain = null;
        for (String next : cycle.subList(1, cycle.size())) {
            chain = Text.of("organization.hrImport.reportsTo", chain == null ? cycle.getFirst() : chain, next);
        }
        return Text.of("organization.hrImport.reportsTo", chain == null ? cycle.getFirst() : chain, backTo);
    }

    /** A required text cell; {@code field} names it in the problem's key ({@code employeeNumber}, {@code email}...). */
    private String text(CsvFile.Row row, String column, String field, int maxLength) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problem(row, column, Text.of("organization.hrImport.missing." + field));
            return null;
        }
        if (value.length() > maxLength) {
            problem(row, column, Text.of("organization.hrImport.tooLong." + field, maxLength));
            return null;
        }
        if (CONTROL.matcher(value).find()) {
            problem(row, column, Text.of("organization.hrImport.controlCharacters." + field));
            return null;
        }
        return value;
    }

    private Level level(CsvFile.Row row) {
        String value = row.get(LEVEL);
        try {
            return Level.valueOf(value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
        } catch (IllegalArgumentException e) {
            problem(row, LEVEL, Text.of("organization.hrImport.unknownLevel", shorten(value)));
            return null;
        }
    }

    private Boolean active(CsvFile.Row row) {
        return switch (row.get(ACTIVE).toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "" -> true;
            case "false", "no", "n", "0" -> false;
            default -> {
                problem(row, ACTIVE, Text.of("organization.hrImport.notABoolean", shorten(row.get(ACTIVE))));
                yield null;
            }
        };
    }

    private void problem(CsvFile.Row row, String column, Text message) {
        problems.add(new ImportProblem(row.line(), column, message));
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
