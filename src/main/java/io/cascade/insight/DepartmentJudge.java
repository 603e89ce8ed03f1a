package io.cascade.insight;

import io.cascade.insight.internal.DepartmentMember;
import io.cascade.trickledown.Round;
import io.cascade.trickledown.Trainee;
import io.cascade.trickledown.TrainingHistory;
import io.cascade.trickledown.TrickleDownPolicy;
import io.cascade.trickledown.TrickleDownResult;
import io.cascade.trickledown.TrickleDownRules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges departments on their own members, the one way both the ledger ({@link TrickleDownLedger}) and the judging
 * per request ({@link TrickleDownCalculation}) do it: the members are split once into each department's managers and
 * staff, then a department in a course is judged by {@link TrickleDownRules} on when each of them was trained.
 *
 * @param <M> the rows the members were read as
 */
final class DepartmentJudge<M extends DepartmentMember> {

    private final Map<Long, List<M>> managers = new HashMap<>();
    private final Map<Long, List<M>> staff = new HashMap<>();

    /** Splits the members once, not once per course: at 400 departments and 50 courses that is 20,000 times. */
    DepartmentJudge(Collection<M> members) {
        for (M member : members) {
            (member.isStaff() ? staff : managers).computeIfAbsent(member.departmentId(), id -> new ArrayList<>())
                    .add(member);
        }
    }

    /** The department's own members above STAFF, in the order they were given. */
    List<M> managers(long departmentId) {
        return managers.getOrDefault(departmentId, List.of());
    }

    /** The department's own STAFF, in the order they were given. */
    List<M> staff(long departmentId) {
        return staff.getOrDefault(departmentId, List.of());
    }

    /**
     * All time: the department's own members in one course, each on their first training
     * ({@link TrickleDownRules#evaluate}).
     *
     * @param trainedAt person id -> first training in the course; absent = not trained
     */
    TrickleDownResult judge(long departmentId, Map<Long, Instant> trainedAt, TrickleDownPolicy policy) {
        return TrickleDownRules.evaluate(trainees(managers(departmentId), trainedAt),
                trainees(staff(departmentId), trainedAt), policy);
    }

    /**
     * In a training round: the department's own members in one course, each staff member's first training in the
     * round against what the managers held ({@link TrickleDownRules#evaluateRound}).
     *
     * @param histories person id -> every training in the course; absent = never trained
     */
    TrickleDownResult judgeRound(long departmentId, Map<Long, TrainingHistory> histories, Integer refresherMonths,
                                 Round round, Instant now, TrickleDownPolicy policy) {
        return TrickleDownRules.evaluateRound(histories(managers(departmentId), histories),
                histories(staff(departmentId), histories), refresherMonths, round, now, policy);
    }

    private static List<Trainee> trainees(List<? extends DepartmentMember> members, Map<Long, Instant> trainedAt) {
        List<Trainee> trainees = new ArrayList<>(members.size());
        for (DepartmentMember member : members) {
            trainees.add(new Trainee(member.id(), trainedAt.get(member.id())));
        }
        return trainees;
    }

    private static List<TrainingHistory> histories(List<? extends DepartmentMember> members,
                                                   Map<Long, TrainingHistory> ofCourse) {
        List<TrainingHistory> histories = new ArrayList<>(members.size());
        for (DepartmentMember member : members) {
            TrainingHistory history = ofCourse.get(member.id());
            histories.add(history != null ? history : TrainingHistory.untrained(member.id()));
        }
        return histories;
    }
}
