package io.cascade.organization;

/**
 * A change to the organisation that its rules refuse (a cycle, a duplicate employee number, members still in a
 * department to archive...). {@code field} names the form field the message belongs to, or is null for the whole
 * change; the message is written for the admin who made it.
 */
public class OrganizationChangeException extends RuntimeException {

    private final String field;

    public OrganizationChangeException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
