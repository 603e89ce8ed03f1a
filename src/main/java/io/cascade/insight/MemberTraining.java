package io.cascade.insight;

import io.cascade.organization.Level;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * An active member of a department and when they were trained in each course of the scope.
 *
 * @param trainedAtByCourse course id to "trained at"; a course they are not (yet) trained in is absent
 */
public record MemberTraining(long personId, String name, Level level, long departmentId, String departmentName,
                             Map<Long, Instant> trainedAtByCourse) {

    public MemberTraining {
        trainedAtByCourse = Map.copyOf(trainedAtByCourse);
    }

    /** A manager of their department for the trickle-down rules: anyone above STAFF. */
    public boolean isManager() {
        return level.isManagerial();
    }

    public Optional<Instant> trainedAt(long courseId) {
        return Optional.ofNullable(trainedAtByCourse.get(courseId));
    }
}
