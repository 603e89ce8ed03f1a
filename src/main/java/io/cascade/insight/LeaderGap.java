package io.cascade.insight;

import java.util.Set;

/**
 * An executive or senior leader and how many of the scope's courses they sat in on.
 *
 * @param attendedCourseIds of the courses asked for (the dashboard's columns), those attended
 */
public record LeaderGap(long personId, String name, String level, String departmentName, int attended,
                        int courses, Set<Long> attendedCourseIds) {

    public LeaderGap {
        attendedCourseIds = Set.copyOf(attendedCourseIds);
    }

    public boolean attended(long courseId) {
        return attendedCourseIds.contains(courseId);
    }

    public int missed() {
        return courses - attended;
    }
}
