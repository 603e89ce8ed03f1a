package io.cascade;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every view of Cascade with a demo account that may open it, for the tests that look at all of them (every
 * language, accessibility). Detail routes name a demo row, filled in by {@link #path(JdbcClient)}.
 *
 * @param route    the address, with {@code {course}}, {@code {session}} or {@code {department}} for a demo row's id
 * @param username a demo account that may open it
 */
public record DemoRoutes(String route, String username) {

    public static final List<DemoRoutes> ALL = List.of(
            new DemoRoutes("dashboard", "executive"),
            new DemoRoutes("dashboard/department/{department}", "executive"),
            new DemoRoutes("my-learning", "employee"),
            new DemoRoutes("my-learning/course/{course}", "employee"),
            new DemoRoutes("my-team", "manager"),
            new DemoRoutes("stories", "employee"),
            new DemoRoutes("verify/NOPE-NOPE-NOPE", "employee"),
            new DemoRoutes("courses", "trainer"),
            new DemoRoutes("courses/{course}", "trainer"),
            new DemoRoutes("sessions", "trainer"),
            new DemoRoutes("sessions/new", "trainer"),
            new DemoRoutes("sessions/{session}", "trainer"),
            new DemoRoutes("rollout", "trainer"),
            new DemoRoutes("admin/departments", "admin"),
            new DemoRoutes("admin/people", "admin"),
            new DemoRoutes("admin/accounts", "admin"),
            new DemoRoutes("admin/import", "admin"),
            new DemoRoutes("admin/import/attendance", "admin"),
            new DemoRoutes("admin/settings", "admin"),
            new DemoRoutes("admin/audit", "admin"),
            new DemoRoutes("account/password", "employee"),
            new DemoRoutes("login", "employee"));

    /** The address with the demo rows' ids in place. */
    public String path(JdbcClient jdbc) {
        return route
                .replace("{course}", id(jdbc, "select min(id) from course where status = 'PUBLISHED'"))
                .replace("{session}", id(jdbc, "select min(id) from class_session"))
                .replace("{department}", id(jdbc, "select min(id) from department"));
    }

    private static String id(JdbcClient jdbc, String sql) {
        return String.valueOf(jdbc.sql(sql).query(Long.class).single());
    }

    @Override
    public String toString() {
        return route + " as " + username;
    }
}
