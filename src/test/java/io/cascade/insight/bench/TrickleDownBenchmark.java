package io.cascade.insight.bench;

import io.cascade.Application;
import io.cascade.insight.TrickleDownDashboard;
import io.cascade.insight.TrickleDownScope;
import io.cascade.insight.TrickleDownService;
import io.cascade.insight.bench.OrganisationGenerator.Size;
import io.cascade.insight.bench.OrganisationGenerator.Summary;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.support.GenericWebApplicationContext;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times the executives' dashboard at sizes S, M and L (see {@link OrganisationGenerator}) against the bare aggregate
 * SQL over the same rows, in the same run, after a warm-up. Not a unit test: run it on purpose (docs/performance.md)
 * <pre>
 * ./mvnw -B test-compile exec:java
 * </pre>
 * System properties: {@code bench.sizes} (S,M,L), {@code bench.runs} (20), {@code bench.warmups} (5),
 * {@code bench.threeCallRuns} (5),
 * {@code bench.seed}, {@code bench.server} (jdbc:mariadb://127.0.0.1:3306/), {@code bench.user} (root),
 * {@code bench.password} (empty), {@code bench.generateOnly} (false). Each size lives in its own database {@code cascade_bench_<size>}, generated once
 * and reused while its marker matches.
 * <p>
 * Measured, alternating so that both see the same machine load:
 * <ul>
 *   <li><b>dashboard</b>: {@link TrickleDownService#dashboard} (what the dashboard view calls), and the three
 *       separate calls headlines + report + leadershipMatrix, through the secured, transactional service proxy, for
 *       every published course and the whole organisation;</li>
 *   <li><b>bare SQL</b>: the "trained at" query (first attended class per person and course, MIN grouped by person
 *       and course, plus the earliest completion of classless courses) and the people query, run directly through
 *       JDBC with every column of every row read: the least any implementation that judges the order in Java must
 *       pay.</li>
 * </ul>
 */
public final class TrickleDownBenchmark {

    /** The service's "trained at" statement for every published course and the whole organisation. */
    static final String BARE_TRAINED_AT = """
            select x.person_id, x.course_id, x.starts_at as trained_at, 1 as in_class
            from (select e.person_id, s.course_id, s.starts_at,
                         row_number() over (partition by e.person_id, s.course_id order by s.starts_at) as attempt
                  from course c
                  join class_session s on s.course_id = c.id
                  join enrolment e on e.session_id = s.id
                  where e.attendance in ('PRESENT', 'LATE') and s.cancelled_at is null and c.status = 'PUBLISHED'
                 ) x where x.attempt = 1
            union all
            select cc.person_id, cc.course_id, min(cc.completed_at) as trained_at, 0 as in_class
            from course c
            join course_completion cc on cc.course_id = c.id
            where not exists (select 1 from class_session s where s.course_id = c.id) and c.status = 'PUBLISHED'
            group by cc.person_id, cc.course_id""";

    /** The service's people statement for the whole organisation. */
    static final String BARE_PEOPLE = """
            select p.id, p.first_name, p.last_name, p.level, p.department_id, d.name as department_name, p.reports_to_id
            from person p
            join department d on d.id = p.department_id
            where p.active = true and d.archived = false
            order by p.last_name, p.first_name, p.id""";

    private TrickleDownBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Size> sizes = Arrays.stream(System.getProperty("bench.sizes", "S,M,L").split(","))
                .map(String::trim).map(Size::valueOf).toList();
        int runs = Integer.getInteger("bench.runs", 20);
        int warmups = Integer.getInteger("bench.warmups", 5);
        int threeCallRuns = Integer.getInteger("bench.threeCallRuns", 5);
        long seed = Long.getLong("bench.seed", 20251122L);
        String server = System.getProperty("bench.server", "jdbc:mariadb://127.0.0.1:3306/");
        String user = System.getProperty("bench.user", "root");
        String password = System.getProperty("bench.password", "");

        List<String> lines = new ArrayList<>();
        for (Size size : sizes) {
            String database = "cascade_bench_" + size.name().toLowerCase(Locale.ROOT);
            long started = System.nanoTime();
            Summary summary = new OrganisationGenerator(size, seed).ensure(server, database, user, password);
            System.out.printf("%s ready in %.1f s: %s%n", database, (System.nanoTime() - started) / 1e9, summary);
            String loadBefore = loadAverage();
            if (Boolean.getBoolean("bench.generateOnly")) {
                continue;
            }
            try (ConfigurableApplicationContext context = start(server + database, user, password)) {
                lines.add(measure(size, summary, context, runs, warmups, threeCallRuns));
                System.out.printf("%s: load average before %s, after %s%n", size, loadBefore, loadAverage());
            }
        }
        System.out.println();
        System.out.println("| size | people | departments | training rows | dashboard() median / p95 | three calls median / p95"
                + " | bare SQL median / p95 | dashboard() / bare SQL | JVM CPU dashboard() / bare SQL |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        lines.forEach(System.out::println);
        System.out.printf("%nJava %s, %d processors, max heap %d MB; runs %d after %d warm-ups%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), runs, warmups);
    }

    /** The application as the Spring tests run it: a mock servlet context, no server, no Vaadin frontend build. */
    private static ConfigurableApplicationContext start(String url, String user, String password) {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                // arguments, so they win over application.properties
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password, "--cascade.demo.enabled=false",
                        "--spring.main.banner-mode=off", "--logging.level.root=warn");
    }

    private static String measure(Size size, Summary summary, ConfigurableApplicationContext context, int runs,
                                  int warmups, int threeCallRuns) {
        TrickleDownService service = context.getBean(TrickleDownService.class);
        DataSource dataSource = context.getBean(DataSource.class);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "benchmark", null, List.of(new SimpleGrantedAuthority("ROLE_EXECUTIVE"))));
        TrickleDownScope scope = TrickleDownScope.allPublishedCourses();
        Supplier<Object> dashboard = () -> service.dashboard(scope);
        Supplier<Object> threeCalls = () -> List.of(service.headlines(scope), service.report(scope),
                service.leadershipMatrix(scope));
        Supplier<Object> bareSql = () -> bareSql(dataSource);

        TrickleDownDashboard sample = service.dashboard(scope);
        System.out.printf("%s: %d report rows, %d violations, %d leaders, %s%n", size, sample.report().rows().size(),
                sample.report().violations().size(), sample.leadershipMatrix().leaders().size(), sample.headlines());
        for (int i = 0; i < warmups; i++) {
            dashboard.get();
            bareSql.get();
        }
        long[] dashboardTimes = new long[runs];
        long[] dashboardCpu = new long[runs];
        long[] bareTimes = new long[runs];
        long[] bareCpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            // alternate the order, so neither always runs right after the other on a warm cache
            for (int k = 0; k < 2; k++) {
                if ((i + k) % 2 == 0) {
                    long cpu = cpuNanos();
                    dashboardTimes[i] = time(dashboard);
                    dashboardCpu[i] = cpuNanos() - cpu;
                } else {
                    long cpu = cpuNanos();
                    bareTimes[i] = time(bareSql);
                    bareCpu[i] = cpuNanos() - cpu;
                }
            }
        }
        // the three separate calls read the rows three times; fewer runs are enough to show that
        long[] threeCallTimes = new long[threeCallRuns];
        for (int i = 0; i < threeCallRuns; i++) {
            threeCallTimes[i] = time(threeCalls);
        }
        Stats dashboardStats = Stats.of(dashboardTimes);
        Stats threeCallStats = Stats.of(threeCallTimes);
        Stats bareStats = Stats.of(bareTimes);
        double dashboardCpuMedian = Stats.of(dashboardCpu).median();
        double bareCpuMedian = Stats.of(bareCpu).median();
        System.out.printf("%s: dashboard() %s, three calls %s, bare SQL %s; JVM CPU medians %.0f / %.0f ms%n", size,
                dashboardStats, threeCallStats, bareStats, dashboardCpuMedian, bareCpuMedian);
        return "| %s | %,d | %,d | %,d | %s | %s | %s | %.2f | %.0f / %.0f ms |".formatted(size, summary.people(),
                summary.departments(), summary.trainingRows(), dashboardStats, threeCallStats, bareStats,
                dashboardStats.median() / bareStats.median(), dashboardCpuMedian, bareCpuMedian);
    }

    /**
     * CPU time of this thread: the Java side of a measurement (reading rows, the rules), without the database's
     * time and without the time other processes took the processor away.
     */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The machine is shared: the load average says how much of it the benchmark had. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException unavailable) {
            return "unknown";
        }
    }

    private static long time(Supplier<Object> action) {
        long started = System.nanoTime();
        Object result = action.get();
        long elapsed = System.nanoTime() - started;
        if (result == null) {
            throw new IllegalStateException("nothing computed");
        }
        return elapsed;
    }

    /** Both queries with every column of every row read; returns a checksum so nothing can be optimised away. */
    private static Object bareSql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            long checksum = 0;
            try (PreparedStatement statement = connection.prepareStatement(BARE_TRAINED_AT);
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    checksum += rs.getLong(1) + rs.getLong(2) + rs.getObject(3, LocalDateTime.class).getNano()
                            + rs.getInt(4);
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(BARE_PEOPLE);
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    checksum += rs.getLong(1) + rs.getString(2).length() + rs.getString(3).length()
                            + rs.getString(4).length() + rs.getLong(5) + rs.getString(6).length() + rs.getLong(7);
                }
            }
            return checksum;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Median and 95th percentile (nearest rank) in milliseconds. */
    record Stats(double median, double p95) {

        static Stats of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
            double p95 = sorted[(int) Math.ceil(0.95 * n) - 1];
            return new Stats(median / 1e6, p95 / 1e6);
        }

        @Override
        public String toString() {
            return "%.0f / %.0f ms".formatted(median, p95);
        }
    }
}
