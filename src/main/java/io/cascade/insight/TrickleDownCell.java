package io.cascade.insight;

import io.cascade.trickledown.Judged;
import io.cascade.trickledown.TrickleDownResult;
import io.cascade.trickledown.TrickleDownStatus;

/** The figures of one department and course: status, k of M managers and j of S staff trained, violations. */
public record TrickleDownCell(TrickleDownStatus status, int managersTrained, int managers, int staffTrained,
                              int staff, int violations) implements Judged {

    static TrickleDownCell of(TrickleDownResult result) {
        return new TrickleDownCell(result.status(), result.managersTrained(), result.managers(),
                result.staffTrained(), result.staff(), result.violationCount());
    }

    @Override
    public int members() {
        return managers + staff;
    }
}
