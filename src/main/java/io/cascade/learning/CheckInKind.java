package io.cascade.learning;

/** How a manager reinforced training on the job. */
public enum CheckInKind {
    /** A coaching conversation about applying the course. */
    COACHING,
    /** Watching the report serve a customer and giving feedback. */
    OBSERVATION;

    /** The key of the kind's label in the bundles. */
    public String labelKey() {
        return "learning.checkInKind." + name();
    }
}
