package io.cascade.trickledown;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Every training of one person in the course under consideration, not only the first: what a training round needs
 * to know whether a manager held a valid training at some moment (docs/domain.md, "Rounds and valid training").
 *
 * @param personId  the person
 * @param trainings when they were trained, earliest first, each instant once; empty when they never were
 */
public record TrainingHistory(long personId, List<Instant> trainings) {

    public TrainingHistory {
        // two classes starting at the same instant are one moment of training
        trainings = List.copyOf(new TreeSet<>(trainings));
    }

    public static TrainingHistory of(long personId, Instant... trainings) {
        return new TrainingHistory(personId, Arrays.asList(trainings));
    }

    public static TrainingHistory of(long personId, Collection<Instant> trainings) {
        return new TrainingHistory(personId, new ArrayList<>(trainings));
    }

    public static TrainingHistory untrained(long personId) {
        return new TrainingHistory(personId, List.of());
    }

    /** The first training at or after {@code moment}, or {@code null} when there is none (yet). */
    public Instant firstAtOrAfter(Instant moment) {
        for (Instant training : trainings) {
            if (!training.isBefore(moment)) {
                return training;
            }
        }
        return null;
    }
}
