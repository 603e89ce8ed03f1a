package io.cascade.catalog;

import java.util.List;

/** A question of a quiz module, its options in order. */
public record QuizQuestionItem(long id, long moduleId, int position, String prompt, boolean multipleChoice,
        List<QuizOption> options) {

    public QuizQuestionItem {
        options = List.copyOf(options);
    }
}
