package io.cascade.learning;

import io.cascade.base.i18n.Text;

/**
 * A learner action that the rules do not allow, with a message for the learner. The exception's own message is the
 * English text, for the log; {@link #localizedMessage()} is the reader's.
 */
public class LearningRuleException extends RuntimeException {

    private final Text text;

    public LearningRuleException(Text text) {
        super(text.inEnglish());
        this.text = text;
    }

    /** The message in the language of the current page (or Spring's current locale outside a page). */
    public String localizedMessage() {
        return text.inCurrentLanguage();
    }
}
