package io.cascade.organization;

/** What the shell shows about the signed-in person; {@code hasDirectReports} decides whether "My team" appears. */
public record CurrentPersonSummary(long personId, String fullName, Level level, long departmentId,
        String departmentName, boolean hasDirectReports) {
}
