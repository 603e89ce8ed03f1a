package io.cascade.organization;

/**
 * Criteria for the people list; a null field does not filter. {@code search} matches a part of the full name,
 * employee number or email, ignoring case. With {@code includeSubDepartments} the department filter covers its
 * whole subtree.
 */
public record PersonFilter(String search, Long departmentId, boolean includeSubDepartments, Level level,
        Boolean active) {

    public static PersonFilter everyone() {
        return new PersonFilter(null, null, false, null, null);
    }

    public static PersonFilter inDepartment(long departmentId) {
        return new PersonFilter(null, departmentId, false, null, null);
    }
}
