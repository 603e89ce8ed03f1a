package io.cascade.trickledown;

/** A (leader, course) pair of the leadership participation matrix. */
public record LeaderCourse(long leaderPersonId, long courseId) {
}
