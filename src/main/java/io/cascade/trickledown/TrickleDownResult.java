package io.cascade.trickledown;

import java.util.List;

/**
 * The trickle-down state of one department (or a rolled-up subtree) for one course.
 *
 * @param status           the status, see {@link TrickleDownStatus}
 * @param managersTrained  k: managers trained
 * @param managers         M: managers (members above STAFF)
 * @param staffTrained     j: staff trained
 * @param staff            S: staff members
 * @param violations       the staff members trained out of order, one entry per staff member, earliest first
 */
public record TrickleDownResult(TrickleDownStatus status, int managersTrained, int managers, int staffTrained,
                                int staff, List<Violation> violations) implements Judged {

    public TrickleDownResult {
        violations = List.copyOf(violations);
    }

    @Override
    public int members() {
        return managers + staff;
    }

    public int violationCount() {
        return violations.size();
    }
}
