package io.cascade.security;

/**
 * The roles of Cascade, as bare names for {@code @RolesAllowed} and {@code hasRole(...)}. Four are assigned to
 * accounts; {@link #MANAGER} is derived at sign-in for an employee who has direct reports.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String TRAINER = "TRAINER";
    public static final String EXECUTIVE = "EXECUTIVE";
    public static final String EMPLOYEE = "EMPLOYEE";
    /** Not stored: granted at sign-in to an employee with at least one active direct report. */
    public static final String MANAGER = "MANAGER";

    private Roles() {
    }
}
