package io.cascade.base.imports;

/**
 * One reason an import file cannot be applied: the line of the file (1 is the header; 0 for the file as a whole),
 * the column concerned (or null) and what is wrong, written for the admin who fixes the file.
 */
public record ImportProblem(int line, String column, String message) {

    @Override
    public String toString() {
        return (line > 0 ? "Line " + line : "File") + (column == null ? "" : ", " + column) + ": " + message;
    }
}
