package io.cascade.base;

import io.cascade.base.i18n.Text;

/**
 * A change the rules refuse, with a message written for the person who made it and the form field it belongs to
 * (a component of the record the service was given, e.g. {@code "capacity"}), or a null field when the change as a
 * whole is refused. Each feature names its own refusals by extending this; {@code base.ui.FieldErrors} shows any of
 * them beside the field, in the page's language. The exception's own message is the English text, for the log.
 */
public abstract class FieldException extends RuntimeException {

    private final String field;
    private final Text text;

    protected FieldException(String field, Text text) {
        super(text.inEnglish());
        this.field = field;
        this.text = text;
    }

    /**
     * A refusal worded in English only.
     *
     * @deprecated say it with a {@link Text}, so that it reads in the user's language
     */
    @Deprecated
    protected FieldException(String field, String message) {
        super(message);
        this.field = field;
        this.text = null;
    }

    /** The field at fault, or null for the change as a whole. */
    public String field() {
        return field;
    }

    /** The message in the language of the current page (or Spring's current locale outside a page). */
    public String localizedMessage() {
        return text == null ? getMessage() : text.inCurrentLanguage();
    }
}
