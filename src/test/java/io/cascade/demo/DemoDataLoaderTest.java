package io.cascade.demo;

import io.cascade.CascadeSpringTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo data is loaded when the test context starts (cascade.demo.enabled=true in the test profile). */
@CascadeSpringTest
class DemoDataLoaderTest {

    private static final List<String> TABLES = List.of("department", "person", "user_account",
            "user_account_role", "course", "course_module", "class_session", "class_session_department",
            "enrolment", "reinforcement_check_in", "app_setting");

    @Autowired
    DemoDataLoader loader;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void shouldAddNothingWhenStartedAgain() {
        Map<String, Long> before = rowCounts();

        loader.run(new DefaultApplicationArguments());

        assertThat(loader.isLoaded()).isTrue();
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void shouldBuildAnOrganisationWithEveryLevelAndReportingLines() {
        Map<String, Long> levels = new HashMap<>();
        jdbc.sql("""
                select p.level, count(*) as people from person p join department d on d.id = p.department_id
                where d.tree_path like concat((select tree_path from department
                                               where name = 'Northwind Service Group'), '%')
                group by p.level""")
                .query(rs -> {
                    levels.put(rs.getString("level"), rs.getLong("people"));
                });

        assertThat(levels.keySet()).containsExactlyInAnyOrder("EXECUTIVE", "SENIOR_LEADER", "MANAGER",
                "SUPERVISOR", "STAFF");
        assertThat(levels.values().stream().mapToLong(Long::longValue).sum()).isBetween(130L, 170L);
        assertThat(jdbc.sql("""
                select count(*) from person p where p.reports_to_id is null and p.email like '%@northwind.example'
                """).query(Long.class).single()).as("only the CEO reports to nobody").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from department where depth = 3 and tree_path like '/%'")
                .query(Long.class).single()).as("teams below departments").isGreaterThanOrEqualTo(3);
    }

    @Test
    void shouldHaveExactlyOneDepartmentWithStaffButNoManagers() {
        // within the demo organisation: other tests share the database and add departments of their own
        List<String> noManagers = jdbc.sql("""
                select d.name from department d join person p on p.department_id = d.id
                where d.tree_path like concat((select c.tree_path from department c
                                               where c.name = 'Northwind Service Group' and c.parent_id is null), '%')
                group by d.id, d.name
                having sum(case when p.level = 'STAFF' then 1 else 0 end) > 0
                   and sum(case when p.level <> 'STAFF' then 1 else 0 end) = 0""")
                .query(String.class).list();

        assertThat(noManagers).containsExactly("Returns and Repairs");
    }

    @Test
    void shouldHaveDepartmentsTrainedInOrderAndOthersWhereStaffWentBeforeTheirManagers() {
        Map<String, Set<String>> outOfOrder = new LinkedHashMap<>();
        Map<String, Boolean> staffTrained = new HashMap<>();
        // trained = first attended (PRESENT or LATE) session of the Service Standard; strict policy
        Map<String, Map<Long, LocalDateTime>> trainedAt = new HashMap<>();
        Map<String, List<long[]>> members = new HashMap<>();
        // the demo organisation's departments only: other tests add organisations of their own to the same database
        jdbc.sql("""
                with recursive demo (id) as (
                    select id from department where name = 'Northwind Service Group' and parent_id is null
                    union all
                    select child.id from department child join demo on child.parent_id = demo.id)
                select d.name as department, p.id as person, p.level,
                       (select min(s.starts_at) from enrolment e
                        join class_session s on s.id = e.session_id
                        join course c on c.id = s.course_id
                        where e.person_id = p.id and c.code = 'SVC-100' and e.attendance in ('PRESENT', 'LATE'))
                       as trained_at
                from person p join department d on d.id = p.department_id
                where d.id in (select id from demo)""")
                .query(rs -> {
                    String department = rs.getString("department");
                    long person = rs.getLong("person");
                    boolean staff = rs.getString("level").equals("STAFF");
                    members.computeIfAbsent(department, key -> new java.util.ArrayList<>())
                            .add(new long[] {person, staff ? 1 : 0});
                    LocalDateTime trained = rs.getObject("trained_at", LocalDateTime.class);
                    if (trained != null) {
                        trainedAt.computeIfAbsent(department, key -> new HashMap<>()).put(person, trained);
                    }
                });
        members.forEach((department, people) -> {
            Map<Long, LocalDateTime> trained = trainedAt.getOrDefault(department, Map.of());
            List<long[]> managers = people.stream().filter(person -> person[1] == 0).toList();
            for (long[] person : people) {
                LocalDateTime staffTrainedAt = trained.get(person[0]);
                if (person[1] == 1 && staffTrainedAt != null) {
                    staffTrained.put(department, true);
                    boolean aManagerNotBefore = managers.stream().anyMatch(manager -> {
                        LocalDateTime managerTrainedAt = trained.get(manager[0]);
                        return managerTrainedAt == null || !managerTrainedAt.isBefore(staffTrainedAt);
                    });
                    if (aManagerNotBefore && !managers.isEmpty()) {
                        outOfOrder.computeIfAbsent(department, key -> new HashSet<>()).add("violation");
                    }
                }
            }
        });

        assertThat(outOfOrder.keySet()).containsExactlyInAnyOrder("Customer Care", "Customer Care Chat Team",
                "Technical Support");
        assertThat(staffTrained.keySet()).contains("Front Office", "Housekeeping", "Flagship Store",
                "Returns and Repairs");
        assertThat(staffTrained).doesNotContainKeys("Food and Beverage", "Billing Enquiries", "Guest Relations");
    }

    @Test
    void shouldKeepPastSessionsInThePastAndUpcomingOnesAhead() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long past = jdbc.sql("select count(*) from class_session where starts_at < ?").param(now)
                .query(Long.class).single();
        long upcoming = jdbc.sql("select count(*) from class_session where starts_at > ?").param(now)
                .query(Long.class).single();
        long cancelledWithEnrolments = jdbc.sql("""
                select count(*) from class_session s where s.cancelled_at is not null
                and exists (select 1 from enrolment e where e.session_id = s.id)""").query(Long.class).single();
        List<String> attendance = jdbc.sql("select distinct attendance from enrolment where attendance is not null")
                .query(String.class).list();

        assertThat(past).isGreaterThanOrEqualTo(8);
        assertThat(upcoming).isGreaterThanOrEqualTo(8);
        // other tests share the database and may cancel sessions of their own
        assertThat(cancelledWithEnrolments).isGreaterThanOrEqualTo(1);
        assertThat(attendance).containsExactlyInAnyOrder("PRESENT", "LATE", "EXCUSED", "ABSENT");
    }

    @Test
    void shouldLogSomeReinforcementCheckInsOnTimeAndSomeLate() {
        List<Long> daysAfterTraining = jdbc.sql("""
                select datediff(r.occurred_on, min(s.starts_at)) from reinforcement_check_in r
                join enrolment e on e.person_id = r.person_id and e.attendance in ('PRESENT', 'LATE')
                join class_session s on s.id = e.session_id and s.course_id = r.course_id
                group by r.id, r.occurred_on""").query(Long.class).list();

        assertThat(daysAfterTraining).anyMatch(days -> days <= 30).anyMatch(days -> days > 30);
    }

    @Test
    void shouldOfferTheFiveDemoLoginsWithTheirRoles() {
        Map<String, Set<String>> roles = new HashMap<>();
        jdbc.sql("""
                select a.username, a.password_hash, r.role from user_account a
                join user_account_role r on r.account_id = a.id
                where a.username in ('admin', 'trainer', 'executive', 'manager', 'employee')""")
                .query(rs -> {
                    assertThat(passwordEncoder.matches(rs.getString("username"), rs.getString("password_hash")))
                            .as("password of %s", rs.getString("username")).isTrue();
                    roles.computeIfAbsent(rs.getString("username"), u -> new TreeSet<>()).add(rs.getString("role"));
                });

        assertThat(roles).containsOnly(Map.entry("admin", Set.of("ADMIN")),
                Map.entry("trainer", Set.of("TRAINER", "EMPLOYEE")),
                Map.entry("executive", Set.of("EXECUTIVE", "EMPLOYEE")), Map.entry("manager", Set.of("EMPLOYEE")),
                Map.entry("employee", Set.of("EMPLOYEE")));
        assertThat(jdbc.sql("""
                select count(*) from person e join user_account ea on ea.person_id = e.id
                join user_account ma on ma.person_id = e.reports_to_id
                where ea.username = 'employee' and ma.username = 'manager'""").query(Long.class).single())
                .as("the employee reports to the manager").isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from class_session s join user_account a on a.person_id = s.trainer_id
                where a.username = 'trainer'""").query(Long.class).single()).isPositive();
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
