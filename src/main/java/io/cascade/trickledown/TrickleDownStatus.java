package io.cascade.trickledown;

/** Where a department stands in the managers-first rollout of one course. */
public enum TrickleDownStatus {
    /** Nobody in the department is trained (also: a department without any members). */
    NOT_STARTED,
    /** Some but not all managers are trained and no staff member is. */
    MANAGERS_IN_PROGRESS,
    /** Every manager is trained and no staff member is (also: a department of managers only, all trained). */
    READY_FOR_STAFF,
    /** Staff training has begun and no staff member was trained out of order. */
    IN_ORDER,
    /** At least one staff member was trained out of order. */
    OUT_OF_ORDER,
    /** The department has staff but no managers, so the order cannot be judged: a data problem to show. */
    NO_MANAGERS
}
