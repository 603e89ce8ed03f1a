package io.cascade.learning;

import io.cascade.catalog.ModuleKind;

/**
 * One module in the player. Only what its kind needs is set: {@code bodyHtml} is sanitised HTML rendered from the
 * trainer's Markdown; {@code videoEmbedUrl} is set for YouTube and Vimeo, otherwise {@code videoUrl} is shown as a
 * link; {@code quiz} carries the questions without their answers.
 */
public record PlayerModule(long id, int position, String title, ModuleKind kind, boolean required, boolean done,
        String bodyHtml, String videoUrl, String videoEmbedUrl, String documentName, QuizState quiz,
        String reflectionAnswer) {
}
