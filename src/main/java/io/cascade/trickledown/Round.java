package io.cascade.trickledown;

import java.time.Instant;

/**
 * A training round: the window [from, to) that selects which staff trainings are judged (docs/domain.md, "Rounds and
 * valid training"), e.g. this year's refresher or the spring wave.
 *
 * @param from the first instant of the round, inclusive; {@code null} = since the beginning
 * @param to   the end of the round, exclusive; {@code null} = open-ended
 */
public record Round(Instant from, Instant to) {

    public Round {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("The round must start before it ends: " + from + " - " + to);
        }
    }

    /** Every training, from the beginning to whenever. */
    public static Round unbounded() {
        return new Round(null, null);
    }

    public boolean contains(Instant moment) {
        return (from == null || !moment.isBefore(from)) && (to == null || moment.isBefore(to));
    }

    /**
     * The moment at which managers' trainings are counted (k of M): the end of the round, or {@code now} if that is
     * earlier (a round still under way, or ending in the future, counts what managers hold today).
     */
    public Instant countedAt(Instant now) {
        return to == null || now.isBefore(to) ? now : to;
    }
}
