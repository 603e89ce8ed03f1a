package io.cascade.base.imports;

import java.util.List;

/**
 * What checking an import file found: how many data rows it has and every problem in them. Each import adds its own
 * counts (new, changed, ...). Only a file with rows and without a single problem may be applied.
 */
public interface ImportCheck {

    int rows();

    List<ImportProblem> problems();

    default boolean isValid() {
        return problems().isEmpty() && rows() > 0;
    }
}
