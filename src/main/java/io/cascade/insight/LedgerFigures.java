package io.cascade.insight;

import io.cascade.insight.internal.LedgerStore;
import io.cascade.insight.internal.LedgerStore.CellRow;
import io.cascade.insight.internal.LedgerStore.MemberCount;
import io.cascade.insight.internal.LedgerStore.NamedViolation;
import io.cascade.insight.internal.RoundStore;
import io.cascade.insight.internal.RoundStore.RoundCellRow;
import io.cascade.insight.internal.RoundStore.RoundCounts;
import io.cascade.insight.internal.TrickleDownQueries.CourseRow;
import io.cascade.insight.internal.TrickleDownQueries.DepartmentRow;
import io.cascade.insight.internal.TrickleDownQueries.Filter;
import io.cascade.trickledown.Share;
import io.cascade.trickledown.Trainee;
import io.cascade.trickledown.TrickleDownPolicy;
import io.cascade.trickledown.TrickleDownResult;
import io.cascade.trickledown.TrickleDownRules;
import io.cascade.trickledown.TrickleDownStatus;
import io.cascade.trickledown.Violation;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scope's trickle-down figures from what the {@link TrickleDownLedger} judged already, for
 * {@link TrickleDownService}: each department's own result in each course where somebody counts, a department and
 * course without a cell judged on its member counts alone, and the violations with the people's names. The ledger
 * keeps cells and violations of archived departments and unpublished courses too: only the scope's count. What is
 * left, the roll-up along the scope's tree, is {@link TrickleDownCalculation}'s. Three statements all time, five in a
 * round.
 */
@Component
class LedgerFigures {

    /** The judged figures, with the champion rate: trained reports reinforced on time of those trained. */
    record Judged(TrickleDownCalculation calculation, Share championRate) {
    }

    private final LedgerStore ledger;
    private final RoundStore rounds;

    LedgerFigures(LedgerStore ledger, RoundStore rounds) {
        this.ledger = ledger;
        this.rounds = rounds;
    }

    /** All time: each department's cells, their statuses judged under both policies already. */
    Judged allTime(Filter filter, TrickleDownPolicy policy, List<DepartmentRow> departments,
                   List<CourseRow> courses) {
        Scope scope = new Scope(departments, courses);
        List<CellRow> cells = ledger.cells(filter).stream()
                .filter(cell -> scope.contains(cell.departmentId(), cell.courseId())).toList();
        Map<Long, MemberCount> members = memberCounts(filter);
        List<NamedViolation> named = scope.keep(ledger.violations(filter, policy.name()));
        Map<Long, Map<Long, List<Violation>>> violationsByCell = violationsByCell(named);
        Map<Long, Map<Long, TrickleDownResult>> own = new HashMap<>();
        int trainedReports = 0;
        int reinforced = 0;
        for (CellRow cell : cells) {
            TrickleDownStatus status = TrickleDownStatus.valueOf(
                    policy == TrickleDownPolicy.STRICT ? cell.strictStatus() : cell.lenientStatus());
            own.computeIfAbsent(cell.departmentId(), id -> new HashMap<>()).put(cell.courseId(),
                    new TrickleDownResult(status, cell.managersTrained(), cell.managers(), cell.staffTrained(),
                            cell.staff(), violationsOf(violationsByCell, cell.departmentId(), cell.courseId())));
            trainedReports += cell.trainedReports();
            reinforced += cell.reinforcedReports();
        }
        return new Judged(calculation(policy, scope, own, members, named), Share.of(reinforced, trainedReports));
    }

    /**
     * In a round: each department's own counts in each course where somebody counts, managers counted at
     * {@code countedAt} (the end of the round, or now if earlier), its status from the counts
     * ({@link TrickleDownRules#status(int, int, int, int, int)}) with today's members.
     */
    Judged inRound(Filter filter, TrickleDownPolicy policy, List<DepartmentRow> departments, List<CourseRow> courses,
                   Instant countedAt) {
        Scope scope = new Scope(departments, courses);
        List<RoundCounts> counts = rounds.counts(filter, countedAt).stream()
                .filter(row -> scope.contains(row.cell().departmentId(), row.cell().courseId())).toList();
        Map<Long, MemberCount> members = memberCounts(filter);
        List<NamedViolation> named = scope.keep(rounds.violations(filter, policy.name()));
        Map<Long, Map<Long, List<Violation>>> violationsByCell = violationsByCell(named);
        Map<Long, Map<Long, TrickleDownResult>> own = new HashMap<>();
        int trainedReports = 0;
        int reinforced = 0;
        for (RoundCounts row : counts) {
            RoundCellRow cell = row.cell();
            MemberCount count = members.getOrDefault(cell.departmentId(), new MemberCount(cell.departmentId(), 0, 0));
            int violations = policy == TrickleDownPolicy.STRICT ? cell.strictViolations() : cell.lenientViolations();
            TrickleDownStatus status = TrickleDownRules.status(count.managers(), cell.managersTrained(),
                    count.staff(), cell.staffTrained(), violations);
            own.computeIfAbsent(cell.departmentId(), id -> new HashMap<>()).put(cell.courseId(),
                    new TrickleDownResult(status, cell.managersTrained(), count.managers(), cell.staffTrained(),
                            count.staff(), violationsOf(violationsByCell, cell.departmentId(), cell.courseId())));
            trainedReports += row.trainedReports();
            reinforced += row.reinforcedReports();
        }
        return new Judged(calculation(policy, scope, own, members, named), Share.of(reinforced, trainedReports));
    }

    /** The scope's departments and courses: what of the ledger counts. */
    private record Scope(List<DepartmentRow> departments, List<CourseRow> courses, Map<Long, String> departmentNames,
                         Set<Long> courseIds) {

        Scope(List<DepartmentRow> departments, List<CourseRow> courses) {
            this(departments, courses, new HashMap<>(), new HashSet<>());
            departments.forEach(department -> departmentNames.put(department.id(), department.name()));
            courses.forEach(course -> courseIds.add(course.id()));
        }

        boolean contains(long departmentId, long courseId) {
            return departmentNames.containsKey(departmentId) && courseIds.contains(courseId);
        }

        List<NamedViolation> keep(List<NamedViolation> named) {
            return named.stream().filter(row -> contains(row.departmentId(), row.courseId())).toList();
        }
    }

    private Map<Long, MemberCount> memberCounts(Filter filter) {
        Map<Long, MemberCount> members = new HashMap<>();
        ledger.memberCounts(filter).forEach(count -> members.put(count.departmentId(), count));
        return members;
    }

    private static TrickleDownCalculation calculation(TrickleDownPolicy policy, Scope scope,
                                                      Map<Long, Map<Long, TrickleDownResult>> own,
                                                      Map<Long, MemberCount> members, List<NamedViolation> named) {
        return new TrickleDownCalculation(policy, scope.departments(), scope.courses(), own,
                nobodyTrained(scope.departments(), members, policy),
                orderViolations(named, scope.courses(), scope.departmentNames()));
    }

    private static Map<Long, Map<Long, List<Violation>>> violationsByCell(List<NamedViolation> named) {
        Map<Long, Map<Long, List<Violation>>> violationsByCell = new HashMap<>();
        for (NamedViolation row : named) {
            violationsByCell.computeIfAbsent(row.departmentId(), id -> new HashMap<>())
                    .computeIfAbsent(row.courseId(), id -> new ArrayList<>())
                    .add(new Violation(row.staffPersonId(), row.staffTrainedAt(), row.managerPersonId(),
                            row.managerTrainedAt()));
        }
        return violationsByCell;
    }

    /** A cell's violations, earliest staff training first. */
    private static List<Violation> violationsOf(Map<Long, Map<Long, List<Violation>>> violationsByCell,
                                                long departmentId, long courseId) {
        List<Violation> ofCell = new ArrayList<>(violationsByCell.getOrDefault(departmentId, Map.of())
                .getOrDefault(courseId, List.of()));
        ofCell.sort(Comparator.comparing(Violation::staffTrainedAt).thenComparingLong(Violation::staffPersonId));
        return ofCell;
    }

    /** Each department's own result in a course nobody of it is trained in: its member counts alone. */
    private static Map<Long, TrickleDownResult> nobodyTrained(List<DepartmentRow> departments,
                                                              Map<Long, MemberCount> members,
                                                              TrickleDownPolicy policy) {
        Map<Long, TrickleDownResult> nobodyTrained = new HashMap<>();
        for (DepartmentRow department : departments) {
            MemberCount count = members.getOrDefault(department.id(), new MemberCount(department.id(), 0, 0));
            nobodyTrained.put(department.id(), TrickleDownRules.evaluate(untrained(count.managers()),
                    untrained(count.staff()), policy));
        }
        return nobodyTrained;
    }

    private static List<Trainee> untrained(int count) {
        List<Trainee> trainees = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            trainees.add(Trainee.untrained(-1 - i));
        }
        return trainees;
    }

    private static List<OrderViolation> orderViolations(List<NamedViolation> named, List<CourseRow> courses,
                                                        Map<Long, String> departmentNames) {
        Map<Long, String> courseTitles = new HashMap<>();
        courses.forEach(course -> courseTitles.put(course.id(), course.title()));
        List<OrderViolation> violations = new ArrayList<>(named.size());
        for (NamedViolation row : named) {
            violations.add(new OrderViolation(row.courseId(), courseTitles.get(row.courseId()), row.departmentId(),
                    departmentNames.get(row.departmentId()), row.staffPersonId(), row.staffName(),
                    row.staffTrainedAt(), row.managerPersonId(), row.managerName(), row.managerTrainedAt()));
        }
        return violations;
    }
}
