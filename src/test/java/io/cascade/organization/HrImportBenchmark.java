package io.cascade.organization;

import io.cascade.Application;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Times the HR import of 20,000 people on the real database: check (preview), apply, and a second import of the same
 * file (all unchanged). Not a unit test: run it by hand and copy the figures to docs/performance.md.
 * <pre>
 * SPRING_PROFILES_ACTIVE=test CASCADE_TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306/cascade_bench_import?createDatabaseIfNotExist=true \
 *   java -cp target/classes:target/test-classes:$(cat target/classpath.txt) io.cascade.organization.HrImportBenchmark
 * </pre>
 */
public final class HrImportBenchmark {

    private HrImportBenchmark() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        var application = new SpringApplication(Application.class);
        application.setAdditionalProfiles("test");
        application.setDefaultProperties(java.util.Map.of("server.port", "0"));
        try (ConfigurableApplicationContext context = application.run()) {
            SecurityContextHolder.getContext().setAuthentication(
                    new TestingAuthenticationToken("benchmark", "x", List.of(
                            new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN"))));
            var imports = context.getBean(PeopleImportService.class);
            String prefix = "B" + System.currentTimeMillis() % 100_000 + "-";
            byte[] file = HrImportFiles.people(rows, "Benchmark " + prefix, prefix);

            long started = System.nanoTime();
            ImportPreview preview = imports.preview(file, fraction -> { });
            long checked = System.nanoTime();
            ImportPreview applied = imports.apply(file, "benchmark.csv");
            long imported = System.nanoTime();
            ImportPreview again = imports.apply(file, "benchmark.csv");
            long reimported = System.nanoTime();
            byte[] export = imports.export();
            long exported = System.nanoTime();

            System.out.printf("HR import benchmark, %,d rows (%,d bytes)%n", rows, file.length);
            System.out.printf("  check (preview):           %,6d ms  problems=%d%n", ms(started, checked),
                    preview.problems().size());
            System.out.printf("  apply (checks again):      %,6d ms  new=%d departments=%d%n", ms(checked, imported),
                    applied.created(), applied.departmentsCreated());
            System.out.printf("  check + apply:             %,6d ms%n", ms(started, imported));
            System.out.printf("  same file again:           %,6d ms  unchanged=%d%n", ms(imported, reimported),
                    again.unchanged());
            System.out.printf("  export everyone:           %,6d ms  %,d bytes%n", ms(reimported, exported),
                    export.length);
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
