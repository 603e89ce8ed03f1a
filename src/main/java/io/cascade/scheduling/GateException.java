package io.cascade.scheduling;

import io.cascade.base.FieldException;
import io.cascade.base.i18n.Text;
import java.util.List;

/**
 * Managers first: staff of a department may not be enrolled in a course before the department's managers are
 * trained in it (per the trickle-down policy). {@code overridable} says whether a trainer may enrol anyway by giving
 * a reason (gate mode WARN) or not (gate mode BLOCK, or self-enrolment); {@code managersFirst} names who must go
 * first. A refusal of the enrolment as a whole: {@link #localizedMessage()} says it in the reader's language, the
 * exception's own message in English, for the log.
 */
public class GateException extends FieldException {

    private final boolean overridable;
    private final List<String> managersFirst;

    public GateException(Text text, boolean overridable, List<String> managersFirst) {
        super(null, text);
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
