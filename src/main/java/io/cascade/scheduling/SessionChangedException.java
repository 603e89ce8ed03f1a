package io.cascade.scheduling;

import io.cascade.base.i18n.Text;

/** Someone else saved the session after it was opened: the save is refused rather than silently overwriting. */
public class SessionChangedException extends RuntimeException {

    private static final Text TEXT = Text.of("scheduling.session.changedMeanwhile");

    public SessionChangedException() {
        super(TEXT.inEnglish());
    }

    /** The message in the language of the current page; the exception's own message is English, for the log. */
    public String localizedMessage() {
        return TEXT.inCurrentLanguage();
    }
}
