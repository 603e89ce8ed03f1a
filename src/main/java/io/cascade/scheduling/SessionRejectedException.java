package io.cascade.scheduling;

import io.cascade.base.FieldException;
import io.cascade.base.i18n.Text;

/**
 * A session change or enrolment the scheduling rules refuse, with the field at fault (a component of
 * {@link SessionDraft}, e.g. {@code "capacity"}) so a form can show the message beside it; null when it is the change
 * as a whole.
 */
public class SessionRejectedException extends FieldException {

    public SessionRejectedException(String field, Text text) {
        super(field, text);
    }

    /**
     * A refusal worded in English only, for the modules that do not say theirs with a {@link Text} yet.
     *
     * @deprecated say it with a {@link Text}, so that it reads in the user's language
     */
    @Deprecated
    public SessionRejectedException(String field, String message) {
        super(field, message);
    }
}
