package io.cascade.catalog;

/** A module of a course; {@code url} is for VIDEO/DOCUMENT, {@code passMark}/{@code maxAttempts} for QUIZ. */
public record CourseModuleItem(long id, int position, String title, ModuleKind kind, String body, String url,
        boolean required, Integer passMark, Integer maxAttempts) {
}
