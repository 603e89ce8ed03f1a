package io.cascade.insight;

/**
 * One department and course of the trickle-down report.
 *
 * @param own      judged on the department's direct members only
 * @param rolledUp the department with everything below it (equal to {@code own} for a department without children)
 */
public record DepartmentCourseStatus(long departmentId, String departmentName, Long parentDepartmentId, int depth,
                                     long courseId, TrickleDownCell own, TrickleDownCell rolledUp) {
}
