package io.cascade.organization;

import java.util.List;

/**
 * What an import file would do, before (or after) it is applied: the rows read, every problem found, and how many
 * people would be new, changed, unchanged or deactivated (an active person marked inactive), and how many
 * departments would be created from paths. Only a file without problems can be applied.
 */
public record ImportPreview(int rows, List<ImportProblem> problems, int created, int changed, int unchanged,
        int deactivated, int departmentsCreated) {

    public ImportPreview {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty() && rows > 0;
    }
}
