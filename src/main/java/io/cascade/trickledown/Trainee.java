package io.cascade.trickledown;

import java.time.Instant;

/**
 * A person and when they were trained in the course under consideration.
 *
 * @param personId  the person
 * @param trainedAt when they were trained, or {@code null} when they are not (yet) trained
 */
public record Trainee(long personId, Instant trainedAt) {

    public static Trainee untrained(long personId) {
        return new Trainee(personId, null);
    }

    public boolean isTrained() {
        return trainedAt != null;
    }

    /** Trained strictly before {@code moment}: the same instant (the same session) is not before. */
    boolean trainedBefore(Instant moment) {
        return trainedAt != null && trainedAt.isBefore(moment);
    }
}
