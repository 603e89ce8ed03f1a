package io.cascade.insight;

import io.cascade.trickledown.TrickleDownPolicy;

import java.util.List;
import java.util.Optional;

/**
 * One department and everything below it, down to its people: the drill-down behind a cell of the dashboard.
 *
 * @param rows       the department (first) and its sub-departments times every course, as in the report
 * @param members    every active member of the department and its sub-departments, by name
 * @param violations every staff member of the subtree trained out of order, by course, then earliest first
 */
public record DepartmentDrillDown(long departmentId, String departmentName, TrickleDownPolicy policy,
                                  List<CourseRef> courses, List<DepartmentCourseStatus> rows,
                                  List<MemberTraining> members, List<OrderViolation> violations) {

    public DepartmentDrillDown {
        courses = List.copyOf(courses);
        rows = List.copyOf(rows);
        members = List.copyOf(members);
        violations = List.copyOf(violations);
    }

    /** The department itself (with its sub-departments rolled up) in the course. */
    public Optional<DepartmentCourseStatus> status(long courseId) {
        return rows.stream()
                .filter(row -> row.departmentId() == departmentId && row.courseId() == courseId)
                .findFirst();
    }

    /** The sub-departments (not the department itself) in the course, in tree order. */
    public List<DepartmentCourseStatus> subDepartments(long courseId) {
        return rows.stream()
                .filter(row -> row.departmentId() != departmentId && row.courseId() == courseId)
                .toList();
    }

    public List<OrderViolation> violations(long courseId) {
        return violations.stream().filter(violation -> violation.courseId() == courseId).toList();
    }
}
