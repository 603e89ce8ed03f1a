package io.cascade.insight.bench;

import io.cascade.Application;
import io.cascade.insight.TrickleDownDashboard;
import io.cascade.insight.TrickleDownLedger;
import io.cascade.scheduling.AttendanceStatus;
import io.cascade.scheduling.EnrolmentService;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times the executives' dashboard at sizes S, M and L (see {@link OrganisationGenerator}) against the bare SQL over
 * the same rows, in the same run, after a warm-up. Not a unit test: run it on purpose (docs/performance.md)
 * <pre>
 * ./mvnw -B test-compile exec:java
 * </pre>
 * System properties: {@code bench.sizes} (S,M,L), {@code bench.runs} (20), {@code bench.warmups} (5),
 * {@code bench.slowRuns} (3), {@code bench.round} (2024-01-01,2025-01-01: from, to), {@code bench.rebuild} (true), {@code bench.seed}, {@code bench.server} (jdbc:mariadb://127.0.0.1:3306/),
 * {@code bench.user} (root), {@code bench.password} (empty), {@code bench.generateOnly} (false). Each size lives in
 * its own database {@code cascade_bench_<size>}, generated once and reused while its marker matches.
 * <p>
 * Measured, alternating so that both see the same machine load:
 * <ul>
 *   <li><b>dashboard view</b>: what {@code DashboardView} asks the service for, through the secured, transactional
 *       proxy, for every published course and the whole organisation: {@link TrickleDownService#dashboard}
 *       (headlines, report, leadership matrix), {@link TrickleDownService#trend} and the latest gate overrides;</li>
 *   <li><b>bare SQL</b>: the same statements those calls run, directly through JDBC with every column of every row
 *       read, without the Java side (roll-up, rules, records).</li>
 * </ul>
 * The same two for a <b>training round</b> ({@code bench.round}, default 2024-01-01 to 2025-01-01): the dashboard
 * view in the round, read from the rounds' ledger, and its bare SQL.
 * <p>
 * And, fewer times: the same dashboard judged per request from every attendance mark
 * ({@link TrickleDownService#dashboardJudgedPerRequest}, all time and in the round) with its own bare "trained at"
 * SQL; rebuilding the whole ledger; and marking one attendance through the roll call, which updates the ledger.
 * Before timing, it refuses to run when the ledger and the per-request judgement disagree, all time or in the round.
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

    /**
     * The statements the dashboard view's three calls run on the ledger for every published course and the whole
     * organisation (LedgerStore, TrickleDownQueries), in the order they run.
     */
    static final List<String> BARE_DASHBOARD_VIEW;

    static {
        String settings = "select name, value, version from app_setting where name in ('trickle-down.policy', "
                + "'gate.mode', 'reinforcement.window-days', 'refresher.reminders', 'mail.from', "
                + "'organisation.name', 'settings.revision')";
        String courses = "select c.id, c.code, c.title from course c where c.status = 'PUBLISHED' order by c.title, c.id";
        String cells = """
                select tc.department_id, tc.course_id, tc.managers, tc.managers_trained, tc.staff, tc.staff_trained,
                       tc.strict_status, tc.lenient_status, tc.trained_reports, tc.reinforced_reports
                from trickle_down_cell tc where 1 = 1""";
        String departments = "select d.id, d.name, d.parent_id, d.tree_path, d.depth from department d "
                + "where d.archived = false order by d.tree_path";
        String memberCounts = """
                select department_id, managers, staff from trickle_down_department""";
        String violations = """
                select v.course_id, v.department_id, v.staff_person_id, concat(s.first_name, ' ', s.last_name),
                       v.staff_trained_at, v.manager_person_id, concat(m.first_name, ' ', m.last_name),
                       v.manager_trained_at
                from trickle_down_violation v
                join person s on s.id = v.staff_person_id
                left join person m on m.id = v.manager_person_id
                where v.policy = 'STRICT'""";
        String leaders = """
                select p.id, p.first_name, p.last_name, p.level, p.department_id, d.name as department_name,
                       p.reports_to_id
                from person p join department d on d.id = p.department_id
                where p.active = true and d.archived = false and p.level in ('EXECUTIVE', 'SENIOR_LEADER')
                order by p.last_name, p.first_name, p.id""";
        String leaderClasses = """
                select t.person_id, t.course_id, t.trained_at from course_training t
                join person p on p.id = t.person_id
                join department d on d.id = p.department_id
                join course c on c.id = t.course_id
                where t.in_class = true and p.active = true and d.archived = false
                  and p.level in ('EXECUTIVE', 'SENIOR_LEADER') and c.status = 'PUBLISHED'""";
        String trend = """
                select m.trained_year, m.trained_month, m.level, sum(m.trainings),
                       sum(m.strict_violations), sum(m.lenient_violations)
                from trickle_down_course_month m
                join course c on c.id = m.course_id
                where c.status = 'PUBLISHED'
                group by m.trained_year, m.trained_month, m.level""";
        String gateOverrides = """
                select c.id, c.title, s.starts_at, p.id, concat(p.first_name, ' ', p.last_name), d.name,
                       e.gate_override_by, e.gate_override
                from enrolment e
                join class_session s on s.id = e.session_id
                join course c on c.id = s.course_id
                join person p on p.id = e.person_id
                join department d on d.id = p.department_id
                where e.gate_override is not null and c.status = 'PUBLISHED'
                order by s.starts_at desc, e.id desc limit 8""";
        BARE_DASHBOARD_VIEW = List.of(
                settings, courses, cells, departments, memberCounts, violations, leaders, leaderClasses,
                settings, trend,
                gateOverrides);
    }

    /**
     * The statements the dashboard view's three calls run in a training round of whole years (RoundStore,
     * LedgerStore, TrickleDownQueries), in the order they run, for a round that ended before now (managers counted
     * at its end): {@code from} and {@code to} as SQL literals ({@code '2024-01-01 00:00:00'}), the months as
     * {@code year * 100 + month}. The rows around whole months are one statement that finds nothing here.
     */
    static List<String> bareRoundView(String from, String to, int firstMonth, int endMonth) {
        String settings = "select name, value, version from app_setting where name in ('trickle-down.policy', "
                + "'gate.mode', 'reinforcement.window-days', 'refresher.reminders', 'mail.from', "
                + "'organisation.name', 'settings.revision')";
        String courses = "select c.id, c.code, c.title, c.refresher_months from course c where c.status = 'PUBLISHED'"
                + " order by c.title, c.id";
        String departments = "select d.id, d.name, d.parent_id, d.tree_path, d.depth from department d "
                + "where d.archived = false order by d.tree_path";
        String wholeMonths = " and m.trained_month >= %1$d and m.trained_month < %2$d"
                .formatted(firstMonth, endMonth) + " and (m.previous_month = 0 or m.previous_month < %d)"
                .formatted(firstMonth);
        // a round of whole years: the staff from the year sums; the statement's month part finds nothing
        String firstTraining = " and (%1$s.previous_month = 0 or %1$s.previous_month < %2$d)";
        String staffMonths = """
                select y.department_id, y.course_id, sum(y.trainings), sum(y.strict_violations),
                       sum(y.lenient_violations), sum(y.reported), sum(y.reinforced)
                from trickle_down_round_year y
                where 1 = 1 and y.trained_year >= %d and y.trained_year < %d""".formatted(firstMonth / 100,
                endMonth / 100) + firstTraining.formatted("y", firstMonth)
                + " group by y.department_id, y.course_id union all " + """
                select m.department_id, m.course_id, sum(m.trainings), sum(m.strict_violations),
                       sum(m.lenient_violations), sum(m.reported), sum(m.reinforced)
                from trickle_down_round_month m
                where m.level = 'STAFF' and 1 = 0 group by m.department_id, m.course_id""";
        String staffRows = """
                select r.department_id, r.course_id, case when r.strict_violation then 1 else 0 end,
                       case when r.lenient_violation then 1 else 0 end, case when r.reported then 1 else 0 end,
                       case when r.reinforced then 1 else 0 end
                from trickle_down_round_training r
                where r.staff = true and 1 = 0""";
        String managers = """
                select r.department_id, r.course_id, count(distinct r.person_id)
                from trickle_down_round_training r
                where r.staff = false and r.trained_at <= %1$s
                  and (r.valid_until is null or r.valid_until >= %1$s)
                group by r.department_id, r.course_id""".formatted(to);
        String memberCounts = "select department_id, managers, staff from trickle_down_department";
        String violations = """
                select v.course_id, v.department_id, v.staff_person_id, concat(s.first_name, ' ', s.last_name),
                       v.staff_trained_at, v.manager_person_id, concat(m.first_name, ' ', m.last_name),
                       v.manager_trained_at
                from trickle_down_round_violation v
                join person s on s.id = v.staff_person_id
                left join person m on m.id = v.manager_person_id
                where v.policy = 'STRICT' and v.staff_trained_at >= %1$s and v.staff_trained_at < %2$s
                  and (v.previous_at is null or v.previous_at < %1$s)""".formatted(from, to);
        String leaders = """
                select p.id, p.first_name, p.last_name, p.level, p.department_id, d.name as department_name,
                       p.reports_to_id
                from person p join department d on d.id = p.department_id
                where p.active = true and d.archived = false and p.level in ('EXECUTIVE', 'SENIOR_LEADER')
                order by p.last_name, p.first_name, p.id""";
        String leaderClasses = """
                select t.person_id, t.course_id, min(t.trained_at) from course_training_event t
                join person p on p.id = t.person_id
                join department d on d.id = p.department_id
                join course c on c.id = t.course_id
                where t.in_class = true and p.active = true and d.archived = false
                  and p.level in ('EXECUTIVE', 'SENIOR_LEADER') and c.status = 'PUBLISHED'
                  and t.trained_at >= %s and t.trained_at < %s
                group by t.person_id, t.course_id""".formatted(from, to);
        String trendMonths = """
                select m.trained_month, m.level, sum(m.trainings), sum(m.strict_violations),
                       sum(m.lenient_violations)
                from trickle_down_round_course_month m
                join course c on c.id = m.course_id
                where c.status = 'PUBLISHED'""" + wholeMonths + " group by m.trained_month, m.level";
        String trendRows = """
                select r.trained_at, r.level, case when r.strict_violation then 1 else 0 end,
                       case when r.lenient_violation then 1 else 0 end
                from trickle_down_round_training r
                join department d on d.id = r.department_id
                join course c on c.id = r.course_id
                where d.archived = false and c.status = 'PUBLISHED' and 1 = 0""";
        String gateOverrides = """
                select c.id, c.title, s.starts_at, p.id, concat(p.first_name, ' ', p.last_name), d.name,
                       e.gate_override_by, e.gate_override
                from enrolment e
                join class_session s on s.id = e.session_id
                join course c on c.id = s.course_id
                join person p on p.id = e.person_id
                join department d on d.id = p.department_id
                where e.gate_override is not null and c.status = 'PUBLISHED'
                  and s.starts_at >= %s and s.starts_at < %s
                order by s.starts_at desc, e.id desc limit 8""".formatted(from, to);
        return List.of(settings, courses, departments, staffMonths, staffRows, managers, memberCounts, violations,
                leaders, leaderClasses, settings, trendMonths, trendRows, gateOverrides);
    }

    private TrickleDownBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Size> sizes = Arrays.stream(System.getProperty("bench.sizes", "S,M,L").split(","))
                .map(String::trim).map(Size::valueOf).toList();
        int runs = Integer.getInteger("bench.runs", 20);
        int warmups = Integer.getInteger("bench.warmups", 5);
        int slowRuns = Integer.getInteger("bench.slowRuns", 3);
        long seed = Long.getLong("bench.seed", 20251122L);
        String server = System.getProperty("bench.server", "jdbc:mariadb://127.0.0.1:3306/");
        String user = System.getProperty("bench.user", "root");
        String password = System.getProperty("bench.password", "");

        List<String> lines = new ArrayList<>();
        List<String> slowLines = new ArrayList<>();
        List<String> roundLines = new ArrayList<>();
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
                measure(size, summary, context, runs, warmups, slowRuns, lines, slowLines, roundLines);
                System.out.printf("%s: load average before %s, after %s%n", size, loadBefore, loadAverage());
            }
        }
        System.out.println();
        System.out.println("| size | people | departments | training rows | dashboard view median / p95"
                + " | bare SQL median / p95 | view / bare SQL | JVM CPU view / bare SQL |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        lines.forEach(System.out::println);
        System.out.println();
        System.out.println("| size | judged per request: dashboard view median | its bare \"trained at\" SQL median"
                + " | ledger rebuild | one roll-call mark with its ledger update, median |");
        System.out.println("|---|---|---|---|---|");
        slowLines.forEach(System.out::println);
        System.out.println();
        System.out.println("| size | round | round view median / p95 | its bare SQL median / p95 | view / bare SQL"
                + " | JVM CPU view / bare SQL | round judged per request, median |");
        System.out.println("|---|---|---|---|---|---|---|");
        roundLines.forEach(System.out::println);
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

    private static void measure(Size size, Summary summary, ConfigurableApplicationContext context, int runs,
                                int warmups, int slowRuns, List<String> lines, List<String> slowLines,
                                List<String> roundLines) {
        TrickleDownService service = context.getBean(TrickleDownService.class);
        TrickleDownLedger ledger = context.getBean(TrickleDownLedger.class);
        EnrolmentService enrolments = context.getBean(EnrolmentService.class);
        DataSource dataSource = context.getBean(DataSource.class);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "benchmark", null, List.of(new SimpleGrantedAuthority("ROLE_EXECUTIVE"),
                        new SimpleGrantedAuthority("ROLE_TRAINER"))));

        // the generator writes plain SQL, past the services the ledger follows (-Dbench.rebuild=false: it is built)
        long rebuild = Boolean.parseBoolean(System.getProperty("bench.rebuild", "true")) ? time(() -> {
            ledger.rebuild();
            return true;
        }) : 0;
        System.out.printf("%s: ledger rebuilt in %.1f s%n", size, rebuild / 1e9);

        TrickleDownScope scope = TrickleDownScope.allPublishedCourses();
        String[] roundDates = System.getProperty("bench.round", "2024-01-01,2025-01-01").split(",");
        Instant roundFrom = LocalDate.parse(roundDates[0].trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant roundTo = LocalDate.parse(roundDates[1].trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!roundTo.isBefore(Instant.now())) {
            throw new IllegalArgumentException("bench.round must have ended: its bare SQL counts managers at its end");
        }
        TrickleDownScope round = scope.inRound(roundFrom, roundTo);
        Supplier<Object> view = () -> List.of(service.dashboard(scope), service.trend(scope),
                service.gateOverrides(scope, 8));
        Supplier<Object> roundView = () -> List.of(service.dashboard(round), service.trend(round),
                service.gateOverrides(round, 8));
        Supplier<Object> perRequest = () -> List.of(service.dashboardJudgedPerRequest(scope),
                service.trendJudgedPerRequest(scope), service.gateOverrides(scope, 8));
        Supplier<Object> roundPerRequest = () -> List.of(service.dashboardJudgedPerRequest(round),
                service.trendJudgedPerRequest(round), service.gateOverrides(round, 8));
        Supplier<Object> bareSql = () -> bare(dataSource, BARE_DASHBOARD_VIEW);
        LocalDate firstDay = LocalDate.parse(roundDates[0].trim());
        LocalDate endDay = LocalDate.parse(roundDates[1].trim());
        if (firstDay.getDayOfYear() != 1 || endDay.getDayOfYear() != 1) {
            throw new IllegalArgumentException("bench.round must be whole years: its bare SQL reads the year sums");
        }
        List<String> bareRound = bareRoundView("'" + LocalDateTime.ofInstant(roundFrom, ZoneOffset.UTC) + "'",
                "'" + LocalDateTime.ofInstant(roundTo, ZoneOffset.UTC) + "'",
                firstDay.getYear() * 100 + firstDay.getMonthValue(), endDay.getYear() * 100 + endDay.getMonthValue());
        Supplier<Object> bareRoundSql = () -> bare(dataSource, bareRound);
        Supplier<Object> bareTrainedAt = () -> bare(dataSource, List.of(BARE_TRAINED_AT, BARE_PEOPLE));

        TrickleDownDashboard sample = service.dashboard(scope);
        System.out.printf("%s: %d report rows, %d violations, %d leaders, %s%n", size, sample.report().rows().size(),
                sample.report().violations().size(), sample.leadershipMatrix().leaders().size(), sample.headlines());
        if (!sample.equals(service.dashboardJudgedPerRequest(scope))
                || !service.trend(scope).equals(service.trendJudgedPerRequest(scope))) {
            throw new IllegalStateException("The ledger and the per-request judgement disagree at " + size);
        }
        TrickleDownDashboard roundSample = service.dashboard(round);
        System.out.printf("%s, round %s - %s: %d violations, %s%n", size, roundDates[0], roundDates[1],
                roundSample.report().violations().size(), roundSample.headlines());
        if (!roundSample.equals(service.dashboardJudgedPerRequest(round))
                || !service.trend(round).equals(service.trendJudgedPerRequest(round))) {
            throw new IllegalStateException("The round's ledger and its per-request judgement disagree at " + size);
        }
        for (int i = 0; i < warmups; i++) {
            view.get();
            bareSql.get();
            roundView.get();
            bareRoundSql.get();
        }
        long[] viewTimes = new long[runs];
        long[] viewCpu = new long[runs];
        long[] bareTimes = new long[runs];
        long[] bareCpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            // alternate the order, so neither always runs right after the other on a warm cache
            for (int k = 0; k < 2; k++) {
                if ((i + k) % 2 == 0) {
                    long cpu = cpuNanos();
                    viewTimes[i] = time(view);
                    viewCpu[i] = cpuNanos() - cpu;
                } else {
                    long cpu = cpuNanos();
                    bareTimes[i] = time(bareSql);
                    bareCpu[i] = cpuNanos() - cpu;
                }
            }
        }
        long[] roundTimes = new long[runs];
        long[] roundCpu = new long[runs];
        long[] bareRoundTimes = new long[runs];
        long[] bareRoundCpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < 2; k++) {
                if ((i + k) % 2 == 0) {
                    long cpu = cpuNanos();
                    roundTimes[i] = time(roundView);
                    roundCpu[i] = cpuNanos() - cpu;
                } else {
                    long cpu = cpuNanos();
                    bareRoundTimes[i] = time(bareRoundSql);
                    bareRoundCpu[i] = cpuNanos() - cpu;
                }
            }
        }
        long[] roundPerRequestTimes = new long[slowRuns];
        for (int i = 0; i < slowRuns; i++) {
            roundPerRequestTimes[i] = time(roundPerRequest);
        }
        long[] perRequestTimes = new long[slowRuns];
        long[] bareTrainedAtTimes = new long[slowRuns];
        long[] markTimes = new long[Math.max(slowRuns, 5)];
        for (int i = 0; i < slowRuns; i++) {
            perRequestTimes[i] = time(perRequest);
            bareTrainedAtTimes[i] = time(bareTrainedAt);
        }
        long[] seat = seatInAMarkedClass(dataSource);
        for (int i = 0; i < markTimes.length; i++) {
            // absent, then present again: each mark changes who is trained (PRESENT to LATE would change nothing,
            // and the ledger would have nothing to judge)
            AttendanceStatus mark = i % 2 == 0 ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT;
            markTimes[i] = time(() -> {
                enrolments.markAttendance(seat[0], seat[1], mark, null);
                return true;
            });
        }
        enrolments.markAttendance(seat[0], seat[1], AttendanceStatus.PRESENT, null);

        Stats viewStats = Stats.of(viewTimes);
        Stats bareStats = Stats.of(bareTimes);
        double viewCpuMedian = Stats.of(viewCpu).median();
        double bareCpuMedian = Stats.of(bareCpu).median();
        System.out.printf("%s: dashboard view %s, bare SQL %s; JVM CPU medians %.0f / %.0f ms%n", size,
                viewStats, bareStats, viewCpuMedian, bareCpuMedian);
        lines.add("| %s | %,d | %,d | %,d | %s | %s | %.2f | %.0f / %.0f ms |".formatted(size, summary.people(),
                summary.departments(), summary.trainingRows(), viewStats, bareStats,
                viewStats.median() / bareStats.median(), viewCpuMedian, bareCpuMedian));
        Stats roundStats = Stats.of(roundTimes);
        Stats bareRoundStats = Stats.of(bareRoundTimes);
        System.out.printf("%s: round view %s, its bare SQL %s; JVM CPU medians %.0f / %.0f ms%n", size, roundStats,
                bareRoundStats, Stats.of(roundCpu).median(), Stats.of(bareRoundCpu).median());
        roundLines.add("| %s | %s – %s | %s | %s | %.2f | %.0f / %.0f ms | %,.0f ms |".formatted(size,
                roundDates[0], roundDates[1], roundStats, bareRoundStats,
                roundStats.median() / bareRoundStats.median(), Stats.of(roundCpu).median(),
                Stats.of(bareRoundCpu).median(), Stats.of(roundPerRequestTimes).median()));
        slowLines.add("| %s | %,.0f ms | %,.0f ms | %.1f s | %.0f ms |".formatted(size,
                Stats.of(perRequestTimes).median(), Stats.of(bareTrainedAtTimes).median(), rebuild / 1e9,
                Stats.of(markTimes).median()));
    }

    /** A seat in a past, not cancelled class already marked PRESENT: session id and person id. */
    private static long[] seatInAMarkedClass(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select e.session_id, e.person_id from enrolment e join class_session s on s.id = e.session_id
                     where e.status = 'ENROLLED' and e.attendance = 'PRESENT' and s.cancelled_at is null
                       and s.starts_at < current_timestamp
                     order by s.starts_at desc limit 1""");
             ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("No marked class to mark again");
            }
            return new long[] {rs.getLong(1), rs.getLong(2)};
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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

    /** The statements with every column of every row read; a checksum so nothing can be optimised away. */
    private static Object bare(DataSource dataSource, List<String> statements) {
        try (Connection connection = dataSource.getConnection()) {
            long checksum = 0;
            for (String sql : statements) {
                try (PreparedStatement statement = connection.prepareStatement(sql);
                     ResultSet rs = statement.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int column = 1; column <= columns; column++) {
                            Object value = rs.getObject(column);
                            checksum += value == null ? 0 : value.hashCode();
                        }
                    }
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
