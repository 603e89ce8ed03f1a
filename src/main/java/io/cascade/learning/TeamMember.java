package io.cascade.learning;

import io.cascade.organization.Level;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** One direct report and where they stand in each course (keyed by course id; absent = nothing yet). */
public record TeamMember(long personId, String name, Level level, String departmentName,
        Map<Long, CourseStanding> standings) {

    /**
     * @param trainedAt        when the report was trained, or null
     * @param nextClassAt      their next booked class of the course, or null
     * @param lastCheckInOn    the manager's latest check-in for the course, or null
     */
    public record CourseStanding(Instant trainedAt, Instant nextClassAt, LocalDate lastCheckInOn) {
    }
}
