package io.cascade.trickledown;

/** How many of a department's managers must be trained before a staff member may be. Chosen by an admin. */
public enum TrickleDownPolicy {
    /** Every manager of the department trained strictly before the staff member. */
    STRICT,
    /** At least one manager of the department trained strictly before the staff member. */
    LENIENT
}
