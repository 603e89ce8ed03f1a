package io.cascade.catalog;

/** One answer a learner can pick. */
public record QuizOption(String label, boolean correct) {
}
