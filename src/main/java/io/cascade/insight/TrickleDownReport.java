package io.cascade.insight;

import io.cascade.trickledown.TrickleDownPolicy;

import java.util.List;
import java.util.Optional;

/**
 * Trickle-down per department and course.
 *
 * @param policy     the policy the order was judged by
 * @param rows       every department of the scope (tree order: parents first) times every course (by title)
 * @param violations every staff member trained out of order, by course, then earliest first
 */
public record TrickleDownReport(TrickleDownPolicy policy, List<CourseRef> courses,
                                List<DepartmentCourseStatus> rows, List<OrderViolation> violations) {

    public TrickleDownReport {
        courses = List.copyOf(courses);
        rows = List.copyOf(rows);
        violations = List.copyOf(violations);
    }

    public Optional<DepartmentCourseStatus> row(long departmentId, long courseId) {
        return rows.stream()
                .filter(row -> row.departmentId() == departmentId && row.courseId() == courseId)
                .findFirst();
    }
}
