package io.cascade.organization.internal.hrimport;

import io.cascade.organization.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everyone and every department as they are in the database, read in two queries: an import of tens of thousands of
 * rows is validated and compared against this, not row by row against the database.
 */
public final class OrganizationState {

    public record PersonRow(long id, String employeeNumber, String firstName, String lastName, String email,
            Level level, long departmentId, Long reportsToId, boolean active) {
    }

    public record DepartmentRow(long id, String name, Long parentId, String treePath, int depth, boolean archived) {
    }

    final Map<String, PersonRow> peopleByNumber = new HashMap<>();
    final Map<Long, PersonRow> peopleById = new HashMap<>();
    final Map<Long, DepartmentRow> departmentsById = new HashMap<>();
    /** Children by parent id (0 for roots) and lower-case name. */
    final Map<Long, Map<String, DepartmentRow>> childrenByName = new HashMap<>();

    public static OrganizationState load(JdbcTemplate jdbc) {
        var state = new OrganizationState();
        jdbc.query("select id, name, parent_id, tree_path, depth, archived from department", rs -> {
            long parent = rs.getLong("parent_id");
            var row = new DepartmentRow(rs.getLong("id"), rs.getString("name"), rs.wasNull() ? null : parent,
                    rs.getString("tree_path"), rs.getInt("depth"), rs.getBoolean("archived"));
            state.departmentsById.put(row.id(), row);
            state.childrenByName.computeIfAbsent(row.parentId() == null ? 0L : row.parentId(), k -> new HashMap<>())
                    .putIfAbsent(row.name().toLowerCase(Locale.ROOT), row);
        });
        jdbc.query("select id, employee_number, first_name, last_name, email, level, department_id, reports_to_id, "
                + "active from person", rs -> {
                    long manager = rs.getLong("reports_to_id");
                    var row = new PersonRow(rs.getLong("id"), rs.getString("employee_number"),
                            rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"),
                            Level.valueOf(rs.getString("level")), rs.getLong("department_id"),
                            rs.wasNull() ? null : manager, rs.getBoolean("active"));
                    state.peopleByNumber.put(row.employeeNumber(), row);
                    state.peopleById.put(row.id(), row);
                });
        return state;
    }

    DepartmentRow child(Long parentId, String name) {
        return childrenByName.getOrDefault(parentId == null ? 0L : parentId, Map.of())
                .get(name.toLowerCase(Locale.ROOT));
    }

    /** The names from the root down to the department, e.g. [Northwind, Hotels, Front Office]. */
    public List<String> pathNames(long departmentId) {
        List<String> names = new ArrayList<>();
        DepartmentRow department = departmentsById.get(departmentId);
        while (department != null) {
            names.addFirst(department.name());
            department = department.parentId() == null ? null : departmentsById.get(department.parentId());
        }
        return names;
    }

    public Map<Long, PersonRow> peopleById() {
        return peopleById;
    }
}
