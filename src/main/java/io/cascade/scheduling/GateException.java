package io.cascade.scheduling;

import io.cascade.base.i18n.Text;
import java.util.List;

/**
 * Managers first: staff of a department may not be enrolled in a course before the department's managers are
 * trained in it (per the trickle-down policy). {@code overridable} says whether a trainer may enrol anyway by giving
 * a reason (gate mode WARN) or not (gate mode BLOCK, or self-enrolment); {@code managersFirst} names who must go
 * first. The exception's own message is the English text, for the log; {@link #localizedMessage()} is the reader's.
 */
public class GateException extends RuntimeException {

    private final Text text;
    private final boolean overridable;
    private final List<String> managersFirst;

    public GateException(Text text, boolean overridable, List<String> managersFirst) {
        super(text.inEnglish());
        this.text = text;
        this.overridable = overridable;
        this.managersFirst = List.copyOf(managersFirst);
    }

    /** The message in the language of the current page (or Spring's current locale outside a page). */
    public String localizedMessage() {
        return text.inCurrentLanguage();
    }

    public boolean overridable() {
        return overridable;
    }

    public List<String> managersFirst() {
        return managersFirst;
    }
}
