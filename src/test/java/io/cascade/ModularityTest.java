package io.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules keep their boundaries: each reaches only the modules its {@code package-info.java} allows
 * ({@code allowedDependencies}), and only their API packages, never an {@code internal} one. The modules' diagrams
 * (PlantUML) and canvases are written to {@code docs/modules/} on every run, so they follow the code.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void shouldKeepFeatureModulesWithinTheirBoundaries() {
        modules.verify();
    }

    @Test
    void shouldWriteTheModulesDiagramsAndCanvasesIntoTheDocs() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
        try (var files = Files.list(Path.of("docs/modules"))) {
            for (Path file : files.toList()) {
                Files.write(file, inStableOrder(Files.readAllLines(file)));
            }
        }

        assertThat(Path.of("docs/modules/components.puml")).exists();
        assertThat(Path.of("docs/modules/module-insight.puml")).exists();
        assertThat(Files.exists(Path.of("docs/modules/module-insight.adoc"))).as("the insight module's canvas").isTrue();
    }

    /**
     * The Documenter lists relations and events in no fixed order; sorted, the files change only when the modules
     * do, and a test run leaves the working tree clean.
     */
    private static List<String> inStableOrder(List<String> lines) {
        List<String> sorted = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(") || line.startsWith("* `")) {
                run.add(line);
                continue;
            }
            run.sort(null);
            sorted.addAll(run);
            run.clear();
            sorted.add(line);
        }
        run.sort(null);
        sorted.addAll(run);
        return sorted;
    }
}
