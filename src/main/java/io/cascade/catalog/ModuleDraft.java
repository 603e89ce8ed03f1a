package io.cascade.catalog;

/**
 * A module as a trainer writes it. What is needed depends on the kind: TEXT needs a Markdown {@code body}, VIDEO a
 * {@code url}, REFLECTION a prompt in {@code body}, QUIZ a {@code passMark} in percent (and optionally
 * {@code maxAttempts}, null for unlimited); DOCUMENT takes an optional description in {@code body} and its file is
 * uploaded separately. Checked by the catalog service, which names the field at fault.
 */
public record ModuleDraft(String title, ModuleKind kind, String body, String url, boolean required, Integer passMark,
        Integer maxAttempts) {

    public static ModuleDraft of(CourseModuleItem module) {
        return new ModuleDraft(module.title(), module.kind(), module.body(), module.url(), module.required(),
                module.passMark(), module.maxAttempts());
    }
}
