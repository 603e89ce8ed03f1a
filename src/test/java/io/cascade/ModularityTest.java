package io.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void shouldWriteTheModulesDiagramsAndCanvasesIntoTheDocs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();

        assertThat(Path.of("docs/modules/components.puml")).exists();
        assertThat(Path.of("docs/modules/module-insight.puml")).exists();
        assertThat(Files.exists(Path.of("docs/modules/module-insight.adoc"))).as("the insight module's canvas").isTrue();
    }
}
