package io.cascade.insight.internal;

/**
 * A person as one of their department's own members, as the trickle-down rules judge them: the managers (every
 * level above STAFF) apart from the staff.
 */
public interface DepartmentMember {

    long id();

    long departmentId();

    boolean isStaff();
}
