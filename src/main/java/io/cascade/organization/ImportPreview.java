package io.cascade.organization;

import io.cascade.base.imports.ImportCheck;
import io.cascade.base.imports.ImportProblem;
import java.util.List;

/**
 * What an import file would do, before (or after) it is applied: the rows read, every problem found, and how many
 * people would be new, changed, unchanged or deactivated (an active person marked inactive), and how many
 * departments would be created from paths. Only a file without problems can be applied.
 */
public record ImportPreview(int rows, List<ImportProblem> problems, int created, int changed, int unchanged,
        int deactivated, int departmentsCreated) implements ImportCheck {

    public ImportPreview {
        problems = List.copyOf(problems);
    }
}
