package io.cascade.organization;

import io.cascade.base.i18n.Text;

/**
 * An uploaded logo that was not kept, with the reason written for the admin; the old logo stays. The exception's own
 * message is the English text, for the log.
 */
public class LogoRejectedException extends RuntimeException {

    private final Text text;

    public LogoRejectedException(Text text) {
        super(text.inEnglish());
        this.text = text;
    }

    /** The reason in the language of the current page. */
    public String localizedMessage() {
        return text.inCurrentLanguage();
    }
}
