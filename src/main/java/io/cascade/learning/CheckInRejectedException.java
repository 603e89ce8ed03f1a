package io.cascade.learning;

/** A check-in that cannot be logged, with the reason to show next to the offending field. */
public class CheckInRejectedException extends RuntimeException {

    private final String field;

    public CheckInRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The {@link NewCheckIn} component the message belongs to, e.g. {@code occurredOn}. */
    public String getField() {
        return field;
    }
}
