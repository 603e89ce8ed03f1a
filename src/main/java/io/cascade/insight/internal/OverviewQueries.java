package io.cascade.insight.internal;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's look-ups of departments by name and of the path to a department: a page of rows each, whatever
 * the size of the organisation.
 */
@Component
public class OverviewQueries {

    private final NamedParameterJdbcTemplate jdbc;

    OverviewQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A department and the names of the departments above it, from the top. */
    public record FoundDepartment(long id, String name, List<String> above) {
    }

    /**
     * Non-archived departments whose name contains the text (any case), shortest path first, then by name; a page
     * of them with the names above each. Two statements.
     */
    public List<FoundDepartment> search(String text, int offset, int limit) {
        var params = new MapSqlParameterSource()
                .addValue("pattern", "%" + escapeLike(text.trim().toLowerCase(Locale.ROOT)) + "%")
                .addValue("offset", Math.max(0, offset))
                .addValue("limit", Math.max(0, limit));
        record Row(long id, String name, String treePath) {
        }
        List<Row> rows = jdbc.query("""
                select d.id, d.name, d.tree_path from department d
                where d.archived = false and lower(d.name) like :pattern escape '!'
                order by d.depth, d.name, d.id limit :limit offset :offset""", params,
                (rs, row) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)));
        Set<Long> above = new HashSet<>();
        rows.forEach(row -> above.addAll(ancestors(row.treePath(), row.id())));
        Map<Long, String> names = names(above);
        List<FoundDepartment> found = new ArrayList<>(rows.size());
        for (Row row : rows) {
            found.add(new FoundDepartment(row.id(), row.name(),
                    ancestors(row.treePath(), row.id()).stream().map(id -> names.getOrDefault(id, "?")).toList()));
        }
        return found;
    }

    /**
     * The department and every department above it, from the top of the tree; empty for an unknown or archived
     * department. One statement.
     */
    public List<FoundDepartment> path(long departmentId) {
        List<FoundDepartment> path = new ArrayList<>();
        jdbc.query("""
                select a.id, a.name from department d
                join department a on d.tree_path like concat(a.tree_path, '%')
                where d.id = :id and d.archived = false
                order by a.depth""", Map.of("id", departmentId),
                rs -> {
                    path.add(new FoundDepartment(rs.getLong(1), rs.getString(2), List.of()));
                });
        return path;
    }

    private Map<Long, String> names(Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select id, name from department where id in (:ids)", Map.of("ids", ids),
                    rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return names;
    }

    /** The ids of a materialised path such as {@code /1/5/23/}, without the department itself. */
    private static List<Long> ancestors(String treePath, long self) {
        List<Long> ids = new ArrayList<>();
        for (String part : treePath.split("/")) {
            if (!part.isEmpty() && Long.parseLong(part) != self) {
                ids.add(Long.parseLong(part));
            }
        }
        return ids;
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
