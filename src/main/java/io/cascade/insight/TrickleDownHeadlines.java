package io.cascade.insight;

import io.cascade.trickledown.Share;
import io.cascade.trickledown.TrickleDownPolicy;

/**
 * The dashboard's headline figures for a scope.
 * <p>
 * Departments are counted once each, judged on their own direct members, their courses combined as in a roll-up
 * (out of order if any course is; in order if staff training began in some course without violation; not started
 * if no course started). Departments without members, with NO_MANAGERS, or still training managers are in none
 * of the three counts.
 *
 * @param staffTrainedBeforeManager order violations: staff members (per course) trained out of order
 * @param championRate              trained reports (STAFF with a direct manager, per course) whose direct manager
 *                                  logged a check-in for that course on time; empty when nobody is trained
 */
public record TrickleDownHeadlines(TrickleDownPolicy policy, int departmentsInOrder, int departmentsOutOfOrder,
                                   int departmentsNotStarted, Share leadershipCoverage,
                                   int staffTrainedBeforeManager, Share championRate) {
}
