package io.cascade.insight;

import io.cascade.trickledown.Share;

import java.util.List;
import java.util.Map;

/**
 * Which leaders sat in on which course. A leader "attended" a course when marked PRESENT or LATE in one of its
 * non-cancelled classes; completing a course without classes does not count (docs/domain.md: "attended at least one
 * of its classes"), so such a course shows 0 of N.
 *
 * @param coverageByCourse attended leaders of all leaders, per course id
 * @param overall          attended (leader, course) pairs of all pairs; empty (0 of 0) without leaders or courses
 */
public record LeadershipMatrix(List<CourseRef> courses, List<LeaderAttendance> leaders,
                               Map<Long, Share> coverageByCourse, Share overall) {

    public LeadershipMatrix {
        courses = List.copyOf(courses);
        leaders = List.copyOf(leaders);
        coverageByCourse = Map.copyOf(coverageByCourse);
    }
}
