package io.cascade.trickledown;

import java.time.LocalDate;
import java.util.List;

/**
 * A trained report (a staff member with a direct manager) in one course, and the days on which that manager logged
 * a reinforcement check-in with them for that course.
 *
 * @param reportPersonId the staff member
 * @param trainedOn      the day they were trained
 * @param checkInDays    the days of their manager's check-ins for the course, any order, possibly empty
 */
public record TrainedReport(long reportPersonId, LocalDate trainedOn, List<LocalDate> checkInDays) {

    public TrainedReport {
        checkInDays = List.copyOf(checkInDays);
    }
}
