package io.cascade.organization;

/** One person with their department, manager and number of active direct reports. */
public record PersonDetails(long id, String employeeNumber, String firstName, String lastName, String email,
        Level level, long departmentId, String departmentName, String departmentPath, Long reportsToId,
        String reportsToName, boolean active, long directReportCount) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
