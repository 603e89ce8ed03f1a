package io.cascade.learning;

/** How a manager reinforced training on the job. */
public enum CheckInKind {
    /** A coaching conversation about applying the course. */
    COACHING,
    /** Watching the report serve a customer and giving feedback. */
    OBSERVATION;

    public String label() {
        return this == COACHING ? "Coaching conversation" : "On-the-job observation";
    }
}
