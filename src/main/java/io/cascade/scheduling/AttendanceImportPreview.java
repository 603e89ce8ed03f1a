package io.cascade.scheduling;

import io.cascade.base.imports.ImportCheck;
import io.cascade.base.imports.ImportProblem;
import java.util.List;

/**
 * What an attendance history file would do, before (or after) it is applied: the rows read, every problem found,
 * how many class sessions would be created and how many existing ones it matches, and how many attendance marks
 * would be new, changed or stay as they are. {@code repeated} counts rows that say again what an earlier row said.
 * Only a file without problems can be applied.
 */
public record AttendanceImportPreview(int rows, List<ImportProblem> problems, int sessionsCreated,
        int sessionsMatched, int created, int changed, int unchanged, int repeated) implements ImportCheck {

    public AttendanceImportPreview {
        problems = List.copyOf(problems);
    }
}
