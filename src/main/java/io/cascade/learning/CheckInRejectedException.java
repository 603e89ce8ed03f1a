package io.cascade.learning;

import io.cascade.base.FieldException;
import io.cascade.base.i18n.Text;

/** A check-in that cannot be logged, with the reason to show next to the offending field. */
public class CheckInRejectedException extends FieldException {

    public CheckInRejectedException(String field, Text text) {
        super(field, text);
    }

    /** The {@link NewCheckIn} component the message belongs to, e.g. {@code occurredOn}. */
    public String getField() {
        return field();
    }
}
