package io.cascade.insight;

import java.util.Set;

/** An EXECUTIVE or SENIOR_LEADER and the courses of which they attended at least one class. */
public record LeaderAttendance(long personId, String name, String level, long departmentId, String departmentName,
                               Set<Long> attendedCourseIds) {

    public LeaderAttendance {
        attendedCourseIds = Set.copyOf(attendedCourseIds);
    }

    public boolean attended(long courseId) {
        return attendedCourseIds.contains(courseId);
    }
}
