package io.cascade.organization.internal.hrimport;

import io.cascade.organization.internal.hrimport.PeopleImportPlan.DepartmentNeed;
import io.cascade.organization.internal.hrimport.PeopleImportPlan.Kind;
import io.cascade.organization.internal.hrimport.PeopleImportPlan.PersonChange;
import io.cascade.security.SignIns;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a checked import plan with batched SQL in the caller's transaction: departments first (a parent before its
 * children), then new people, changed people (their version raised, so open edit forms see the change), reporting
 * lines, and the logins of leavers disabled.
 */
@Component
public class PeopleImportWriter {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final SignIns signIns;

    PeopleImportWriter(JdbcTemplate jdbc, EntityManager entityManager, SignIns signIns) {
        this.signIns = signIns;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** Applies the plan; returns the ids of the people written, by employee number. */
    public Map<String, Long> write(PeopleImportPlan plan, OrganizationState state, Instant now) {
        // SQL below bypasses JPA: write its pending changes first, and forget its copies afterwards
        entityManager.flush();
        LocalDateTime createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        Map<String, Long> departmentIds = createDepartments(plan.departments(), state, createdAt);

        List<PersonChange> created = plan.changes().stream().filter(c -> c.kind() == Kind.CREATED).toList();
        jdbc.batchUpdate("insert into person (employee_number, first_name, last_name, email, level, department_id, "
                + "active, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)", created, BATCH, (ps, c) -> {
                    ps.setString(1, c.employeeNumber());
                    ps.setString(2, c.firstName());
                    ps.setString(3, c.lastName());
                    ps.setString(4, c.email());
                    ps.setString(5, c.level().name());
                    ps.setLong(6, departmentIds.get(c.departmentKey()));
                    ps.setBoolean(7, c.active());
                    ps.setObject(8, createdAt);
                });

        List<PersonChange> updated = plan.changes().stream()
                .filter(c -> c.kind() == Kind.CHANGED || c.kind() == Kind.DEACTIVATED).toList();
        jdbc.batchUpdate("update person set first_name = ?, last_name = ?, email = ?, level = ?, department_id = ?, "
                + "active = ?, version = version + 1 where id = ?", updated, BATCH, (ps, c) -> {
                    ps.setString(1, c.firstName());
                    ps.setString(2, c.lastName());
                    ps.setString(3, c.email());
                    ps.setString(4, c.level().name());
                    ps.setLong(5, departmentIds.get(c.departmentKey()));
                    ps.setBoolean(6, c.active());
                    ps.setLong(7, c.existing().id());
                });

        Map<String, Long> idByNumber = new HashMap<>();
        state.peopleByNumber.forEach((number, person) -> idByNumber.put(number, person.id()));
        if (!created.isEmpty()) {
            // one scan is cheaper than looking up thousands of new ids one by one
            jdbc.query("select id, employee_number from person", rs -> {
                idByNumber.put(rs.getString(2), rs.getLong(1));
            });
        }
        List<Object[]> reportingLines = new ArrayList<>();
        for (PersonChange change : plan.changes()) {
            Long managerId = change.managerNumber() == null ? null : idByNumber.get(change.managerNumber());
            Long current = change.existing() == null ? null : change.existing().reportsToId();
            if (change.existing() == null ? managerId != null : !Objects.equals(current, managerId)) {
                reportingLines.add(new Object[] {managerId, idByNumber.get(change.employeeNumber())});
            }
        }
        jdbc.batchUpdate("update person set reports_to_id = ? where id = ?", reportingLines, BATCH, (ps, line) -> {
            if (line[0] == null) {
                ps.setNull(1, Types.BIGINT);
            } else {
                ps.setLong(1, (Long) line[0]);
            }
            ps.setLong(2, (Long) line[1]);
        });

        List<Object[]> logins = plan.changes().stream()
                .filter(c -> c.existing() != null && c.existing().active() != c.active())
                .map(c -> new Object[] {c.active(), c.existing().id()})
                .toList();
        jdbc.batchUpdate("update user_account set enabled = ? where person_id = ?", logins);
        endSessionsOfLeavers(logins.stream().filter(login -> !((Boolean) login[0])).map(login -> (Long) login[1])
                .toList());
        entityManager.clear();
        return idByNumber;
    }

    /** A leaver's login is disabled; their open sessions end with it. */
    private void endSessionsOfLeavers(List<Long> personIds) {
        List<String> usernames = new java.util.ArrayList<>();
        for (int from = 0; from < personIds.size(); from += BATCH) {
            List<Long> chunk = personIds.subList(from, Math.min(personIds.size(), from + BATCH));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            usernames.addAll(jdbc.queryForList("select username from user_account where person_id in (" + marks
                    + ")", String.class, chunk.toArray()));
        }
        signIns.endSessionsOf(usernames);
    }

    private Map<String, Long> createDepartments(List<DepartmentNeed> needs, OrganizationState state,
            LocalDateTime createdAt) {
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> paths = new HashMap<>();
        Map<String, Integer> depths = new HashMap<>();
        for (DepartmentNeed need : needs) {
            if (need.id() != null) {
                var existing = state.departmentsById.get(need.id());
                ids.put(need.key(), existing.id());
                paths.put(need.key(), existing.treePath());
                depths.put(need.key(), existing.depth());
                continue;
            }
            Long parentId = need.parentKey() == null ? null : ids.get(need.parentKey());
            int depth = need.parentKey() == null ? 0 : depths.get(need.parentKey()) + 1;
            var keys = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                PreparedStatement ps = connection.prepareStatement("insert into department (name, parent_id, "
                        + "tree_path, depth, created_at) values (?, ?, '/', ?, ?)", Statement.RETURN_GENERATED_KEYS);
                ps.setString(1, need.name());
                if (parentId == null) {
                    ps.setNull(2, Types.BIGINT);
                } else {
                    ps.setLong(2, parentId);
                }
                ps.setInt(3, depth);
                ps.setObject(4, createdAt);
                return ps;
            }, keys);
            long id = Objects.requireNonNull(keys.getKey()).longValue();
            String path = (need.parentKey() == null ? "/" : paths.get(need.parentKey())) + id + "/";
            jdbc.update("update department set tree_path = ? where id = ?", path, id);
            ids.put(need.key(), id);
            paths.put(need.key(), path);
            depths.put(need.key(), depth);
        }
        return ids;
    }
}
