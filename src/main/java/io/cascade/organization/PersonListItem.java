package io.cascade.organization;

/** A row of the people list; {@code reportsToId}/{@code reportsToName} are null for the top of the organisation. */
public record PersonListItem(long id, String employeeNumber, String firstName, String lastName, String email,
        Level level, long departmentId, String departmentName, Long reportsToId, String reportsToName,
        boolean active) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
