package io.cascade.catalog;

import java.util.List;

/** A quiz question as a learner sees it before answering: the prompt and the option labels, never which is right. */
public record QuizPaperQuestion(long id, int position, String prompt, boolean multipleChoice, List<String> options) {

    public QuizPaperQuestion {
        options = List.copyOf(options);
    }
}
