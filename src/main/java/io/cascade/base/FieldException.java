package io.cascade.base;

/**
 * A change the rules refuse, with a message written for the person who made it and the form field it belongs to
 * (a component of the record the service was given, e.g. {@code "capacity"}), or a null field when the change as a
 * whole is refused. Each feature names its own refusals by extending this; {@code base.ui.FieldErrors} shows any of
 * them beside the field.
 */
public abstract class FieldException extends RuntimeException {

    private final String field;

    protected FieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault, or null for the change as a whole. */
    public String field() {
        return field;
    }
}
