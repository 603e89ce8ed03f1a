package io.cascade.learning;

import io.cascade.base.i18n.Text;
import io.cascade.trickledown.Share;
import java.util.List;

/**
 * A manager's team at a glance.
 *
 * @param courses       the published courses, in the order of the matrix columns
 * @param members       the active direct reports, by name
 * @param championRate  trained (report, course) pairs with an on-time check-in, of all trained pairs
 * @param checkIns      check-ins still to log: due within the window, or already overdue; soonest first
 * @param bookedBeforeMe warnings of reports booked on a class of a course the manager is not trained in yet
 */
public record TeamOverview(int windowDays, List<TeamCourse> courses, List<TeamMember> members, Share championRate,
        List<CheckInDue> checkIns, List<Text> bookedBeforeMe) {

    public record TeamCourse(long id, String title) {
    }
}
