package io.cascade.catalog;

/** How one question of a submitted quiz was answered: right or wrong, without revealing the right answer. */
public record QuizMark(long questionId, String prompt, boolean correct) {
}
