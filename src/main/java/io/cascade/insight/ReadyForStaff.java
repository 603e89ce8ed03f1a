package io.cascade.insight;

/**
 * A department and course whose managers are all trained and whose staff have not started: the next classes to
 * schedule.
 */
public record ReadyForStaff(long departmentId, String name, String parentName, CourseRef course, int managers,
                            int staff) {
}
