package io.cascade.catalog;

import java.util.List;

/**
 * A question as a trainer writes it. A single-choice question has exactly one correct option, a multiple-choice one
 * at least one; every question has at least two options.
 */
public record QuizQuestionDraft(String prompt, boolean multipleChoice, List<QuizOption> options) {

    public QuizQuestionDraft {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static QuizQuestionDraft of(QuizQuestionItem question) {
        return new QuizQuestionDraft(question.prompt(), question.multipleChoice(), question.options());
    }
}
