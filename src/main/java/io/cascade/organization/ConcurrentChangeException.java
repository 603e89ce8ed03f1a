package io.cascade.organization;

import io.cascade.base.i18n.Text;

/**
 * Someone else saved the same record since it was opened; the admin should reload it and try again. The message
 * names the record ({@code organization.concurrent.*}); the exception's own message is the English text, for the log.
 */
public class ConcurrentChangeException extends RuntimeException {

    private final Text text;

    public ConcurrentChangeException(Text text) {
        super(text.inEnglish());
        this.text = text;
    }

    /** The message in the language of the current page (or Spring's current locale outside a page). */
    public String localizedMessage() {
        return text.inCurrentLanguage();
    }
}
