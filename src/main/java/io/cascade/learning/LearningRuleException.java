package io.cascade.learning;

/** A learner action that the rules do not allow, with a message to show as is. */
public class LearningRuleException extends RuntimeException {

    public LearningRuleException(String message) {
        super(message);
    }
}
