package io.cascade.scheduling;

import io.cascade.base.FieldException;

/**
 * A session change or enrolment the scheduling rules refuse, with the field at fault (a component of
 * {@link SessionDraft}, e.g. {@code "capacity"}) so a form can show the message beside it; null when it is the change
 * as a whole.
 */
public class SessionRejectedException extends FieldException {

    public SessionRejectedException(String field, String message) {
        super(field, message);
    }
}
