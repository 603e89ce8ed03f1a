package io.cascade.insight;

import java.time.Instant;

/**
 * What a trickle-down figure covers.
 *
 * @param courseId   one course, or {@code null} for every PUBLISHED course
 * @param divisionId one department and everything below it, or {@code null} for the whole organisation
 * @param from       with {@code to}: the training round, e.g. this year's refresher (docs/domain.md, "Rounds and valid
 *                   training"). Each staff member's first training at or after {@code from} and before {@code to} is
 *                   judged against what the managers held then: a valid training, which may be from before the
 *                   round (a one-off course's never expires, a recurring one's lasts its refresher interval).
 *                   {@code null} = unbounded; both {@code null} = all time, every first training.
 * @param to         end of the round, exclusive; {@code null} = unbounded
 */
public record TrickleDownScope(Long courseId, Long divisionId, Instant from, Instant to) {

    public TrickleDownScope {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("The round must start before it ends: " + from + " - " + to);
        }
    }

    /** Every published course, the whole organisation, all time. */
    public static TrickleDownScope allPublishedCourses() {
        return new TrickleDownScope(null, null, null, null);
    }

    public static TrickleDownScope course(long courseId) {
        return new TrickleDownScope(courseId, null, null, null);
    }

    public TrickleDownScope inDivision(long divisionId) {
        return new TrickleDownScope(courseId, divisionId, from, to);
    }

    public TrickleDownScope inRound(Instant from, Instant to) {
        return new TrickleDownScope(courseId, divisionId, from, to);
    }
}
