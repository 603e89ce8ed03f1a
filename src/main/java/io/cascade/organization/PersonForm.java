package io.cascade.organization;

/**
 * What an admin creates or edits about a person. {@code id} is null for a new person; {@code version} is the one read,
 * so a save over someone else's change is refused.
 */
public record PersonForm(Long id, long version, String employeeNumber, String firstName, String lastName,
        String email, Level level, Long departmentId, Long reportsToId, boolean active) {

    public static PersonForm blank() {
        return new PersonForm(null, 0, "", "", "", "", Level.STAFF, null, null, true);
    }
}
