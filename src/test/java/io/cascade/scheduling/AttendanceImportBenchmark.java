package io.cascade.scheduling;

import io.cascade.Application;
import io.cascade.catalog.Audience;
import io.cascade.catalog.CourseModuleService;
import io.cascade.catalog.CourseService;
import io.cascade.catalog.ModuleDraft;
import io.cascade.catalog.ModuleKind;
import io.cascade.catalog.NewCourse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Times the attendance history import of 20,000 rows on the real database (the demo organisation's people, 100 of
 * them, in 200 classes of two new courses): check (preview), apply, and the same file again (all unchanged). Not a
 * unit test: run it by hand and copy the figures to docs/performance.md.
 * <pre>
 * SPRING_PROFILES_ACTIVE=test CASCADE_TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306/cascade_bench_import?createDatabaseIfNotExist=true \
 *   java -cp target/classes:target/test-classes:$(cat target/classpath.txt) io.cascade.scheduling.AttendanceImportBenchmark
 * </pre>
 */
public final class AttendanceImportBenchmark {

    private AttendanceImportBenchmark() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        var application = new SpringApplication(Application.class);
        application.setAdditionalProfiles("test");
        application.setDefaultProperties(Map.of("server.port", "0"));
        try (ConfigurableApplicationContext context = application.run()) {
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("benchmark", "x",
                    List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
            var courses = context.getBean(CourseService.class);
            var courseModules = context.getBean(CourseModuleService.class);
            var jdbc = context.getBean(JdbcClient.class);
            var imports = context.getBean(AttendanceImportService.class);
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String code = "BENCH-" + System.currentTimeMillis() % 1_000_000 + "-" + i;
                long id = courses.createCourse(new NewCourse(code, "Benchmark " + code, null, Audience.ALL, null, null,
                        null, null)).id();
                courseModules.addModule(id, new ModuleDraft("Intro", ModuleKind.TEXT, "Hello", null, true, null, null));
                courses.publish(id);
                codes.add(code);
            }
            List<String> people = jdbc.sql("select employee_number from person where active = true order by id "
                    + "limit 100").query(String.class).list();
            byte[] file = AttendanceImportFiles.history(rows, people, codes, LocalDateTime.of(2015, 1, 5, 9, 0));
            ZoneId zone = ZoneId.of("Europe/London");

            long started = System.nanoTime();
            AttendanceImportPreview preview = imports.preview(file, zone, fraction -> { });
            long checked = System.nanoTime();
            AttendanceImportPreview applied = imports.apply(file, zone, "benchmark.csv");
            long imported = System.nanoTime();
            AttendanceImportPreview again = imports.apply(file, zone, "benchmark.csv");
            long reimported = System.nanoTime();

            System.out.printf("Attendance import benchmark, %,d rows (%,d bytes)%n", rows, file.length);
            System.out.printf("  check (preview):           %,6d ms  problems=%d%n", ms(started, checked),
                    preview.problems().size());
            System.out.printf("  apply (checks again):      %,6d ms  sessions=%d marks=%d%n", ms(checked, imported),
                    applied.sessionsCreated(), applied.created());
            System.out.printf("  check + apply:             %,6d ms%n", ms(started, imported));
            System.out.printf("  same file again:           %,6d ms  unchanged=%d%n", ms(imported, reimported),
                    again.unchanged());
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
