package io.cascade.insight;

/**
 * A department whose own staff were trained before its managers in at least one course.
 *
 * @param parentName     the department above it, for context ({@code null} at the top)
 * @param coursesOutOfOrder in how many courses of the scope
 * @param violations     staff trained before a manager, in every course
 * @param worstCourse    the course with the most of them
 */
public record DepartmentIssue(long departmentId, String name, String parentName, int coursesOutOfOrder,
                              int violations, CourseRef worstCourse) {
}
