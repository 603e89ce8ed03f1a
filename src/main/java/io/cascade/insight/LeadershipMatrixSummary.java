package io.cascade.insight;

import io.cascade.trickledown.Share;

import java.util.List;
import java.util.Map;

/**
 * Leadership participation in the dashboard's columns: per course, the share of the scope's executives and senior
 * leaders who attended one of its classes, and over every course of the scope.
 */
public record LeadershipMatrixSummary(List<CourseRef> courses, Map<Long, Share> coverageByCourse, Share overall,
                                      int leaders) {

    public LeadershipMatrixSummary {
        courses = List.copyOf(courses);
        coverageByCourse = Map.copyOf(coverageByCourse);
    }
}
