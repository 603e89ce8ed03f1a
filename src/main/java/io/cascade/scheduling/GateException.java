package io.cascade.scheduling;

import java.util.List;

/**
 * Managers first: staff of a department may not be enrolled in a course before the department's managers are
 * trained in it (per the trickle-down policy). {@code overridable} says whether a trainer may enrol anyway by giving
 * a reason (gate mode WARN) or not (gate mode BLOCK, or self-enrolment); {@code managersFirst} names who must go
 * first.
 */
public class GateException extends RuntimeException {

    private final boolean overridable;
    private final List<String> managersFirst;

    public GateException(String message, boolean overridable, List<String> managersFirst) {
        super(message);
        this.overridable = overridable;
        this.managersFirst = List.copyOf(managersFirst);
    }

    public boolean overridable() {
        return overridable;
    }

    public List<String> managersFirst() {
        return managersFirst;
    }
}
