package io.cascade.scheduling;

import io.cascade.trickledown.TrickleDownStatus;

/**
 * How far one department is in the managers-first rollout of a course: its own active members (not its
 * sub-departments), judged by {@link io.cascade.trickledown.TrickleDownRules#evaluate}.
 */
public record DepartmentReadiness(long departmentId, String departmentName, int depth, int managersTrained,
        int managers, int staffTrained, int staff, TrickleDownStatus status) {

    /** Managers still have to be trained before staff may start: a managers-only session is the next step. */
    public boolean needsManagersSession() {
        return status == TrickleDownStatus.NOT_STARTED || status == TrickleDownStatus.MANAGERS_IN_PROGRESS;
    }

    /** Every manager is trained and staff have not started: a staff session is the next step. */
    public boolean readyForStaff() {
        return status == TrickleDownStatus.READY_FOR_STAFF && staff > 0;
    }
}
