package io.cascade.insight;

/** Everything the executives' dashboard shows for a scope, computed from one reading of the rows. */
public record TrickleDownDashboard(TrickleDownHeadlines headlines, TrickleDownReport report,
                                   LeadershipMatrix leadershipMatrix) {
}
