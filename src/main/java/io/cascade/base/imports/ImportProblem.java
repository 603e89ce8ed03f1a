package io.cascade.base.imports;

import io.cascade.base.i18n.Text;

/**
 * One reason an import file cannot be applied: the line of the file (1 is the header; 0 for the file as a whole),
 * the column concerned (or null) and what is wrong, written for the admin who fixes the file: {@code message} in
 * English (for logs and exceptions), {@code text} to read it in the page's language (null for a problem worded in
 * English only).
 */
public record ImportProblem(int line, String column, String message, Text text) {

    public ImportProblem(int line, String column, Text text) {
        this(line, column, text.inEnglish(), text);
    }

    /**
     * A problem worded in English only.
     *
     * @deprecated say it with a {@link Text}, so that it reads in the admin's language
     */
    @Deprecated
    public ImportProblem(int line, String column, String message) {
        this(line, column, message, null);
    }

    /** The message in the language of the current page (English when it was worded in English only). */
    public String localizedMessage() {
        return text == null ? message : text.inCurrentLanguage();
    }

    @Override
    public String toString() {
        return (line > 0 ? "Line " + line : "File") + (column == null ? "" : ", " + column) + ": " + message;
    }
}
