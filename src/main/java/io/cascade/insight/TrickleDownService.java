package io.cascade.insight;

import io.cascade.insight.internal.LedgerStore;
import io.cascade.insight.internal.LedgerStore.CellRow;
import io.cascade.insight.internal.LedgerStore.MemberCount;
import io.cascade.insight.internal.LedgerStore.NamedViolation;
import io.cascade.insight.internal.TrickleDownQueries;
import io.cascade.insight.internal.TrickleDownQueries.CourseRow;
import io.cascade.insight.internal.TrickleDownQueries.DepartmentRow;
import io.cascade.trickledown.Share;
import io.cascade.trickledown.Trainee;
import io.cascade.trickledown.TrickleDownResult;
import io.cascade.trickledown.Violation;
import io.cascade.insight.internal.TrickleDownQueries.Filter;
import io.cascade.trickledown.TrickleDownPolicy;
import io.cascade.trickledown.TrickleDownRules;
import io.cascade.trickledown.TrickleDownStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Trickle-down figures for executives: per department and course, the leadership matrix, and the headlines.
 * <p>
 * All time (no training round), the figures come from the {@link TrickleDownLedger}: each department's own cells,
 * judged when attendance, people or settings changed, are read and rolled up along the tree of the scope. With a
 * training round, "trained" means trained within the round, which nothing can prepare: the database finds the first
 * training per person and course in the round and the pure {@link TrickleDownRules} judge every department per
 * request, as does the department drill-down (one subtree, with every member). Both give the same figures for the
 * same rows (TrickleDownServiceTest). Each method runs a fixed number of SQL statements whatever the size of the
 * organisation (all time: report 6, leadership matrix 3, headlines and dashboard 8, trend 3; in a round: report 5,
 * dashboard 6, trend 6; drill-down 5). A screen showing more than one of the first three calls {@link #dashboard},
 * which reads the rows once (docs/performance.md).
 * <p>
 * Settings ({@code app_setting}): {@code trickle-down.policy}, STRICT or LENIENT, default STRICT; and
 * {@code reinforcement.window-days}, default 30. An unreadable value falls back to the default with a warning
 * rather than taking the dashboard down.
 */
@Service
@PreAuthorize("hasAnyRole('EXECUTIVE','ADMIN')")
@Transactional(readOnly = true)
public class TrickleDownService {

    static final String POLICY_SETTING = "trickle-down.policy";
    static final String WINDOW_SETTING = "reinforcement.window-days";

    private static final Logger log = LoggerFactory.getLogger(TrickleDownService.class);

    private final TrickleDownQueries queries;
    private final LedgerStore ledger;

    TrickleDownService(TrickleDownQueries queries, LedgerStore ledger) {
        this.queries = queries;
        this.ledger = ledger;
    }

    /** Every department of the scope times every course, own and rolled up, and every order violation. */
    public TrickleDownReport report(TrickleDownScope scope) {
        Filter filter = filter(scope);
        TrickleDownPolicy policy = policy(settings());
        return (isAllTime(filter) ? fromLedger(filter, policy) : calculate(filter, policy)).report();
    }

    /** Every EXECUTIVE and SENIOR_LEADER of the scope times every course of the scope: attended a class or not. */
    public LeadershipMatrix leadershipMatrix(TrickleDownScope scope) {
        Filter filter = filter(scope);
        return leadershipMatrix(filter, queries.courses(filter.courseId()));
    }

    private LeadershipMatrix leadershipMatrix(Filter filter, List<CourseRow> courseRows) {
        var courses = courseRows.stream().map(TrickleDownCalculation::courseRef).toList();
        return TrickleDownCalculation.leadershipMatrix(courses, queries.people(filter, true),
                isAllTime(filter) ? ledger.leaderClasses(filter) : queries.trainings(filter, true, true));
    }

    /** Departments in order / out of order / not started, leadership coverage, violations, champion rate. */
    public TrickleDownHeadlines headlines(TrickleDownScope scope) {
        return dashboard(scope).headlines();
    }

    /**
     * The headlines, the report and the leadership matrix together, from one reading of the rows: what the
     * dashboard shows, for little more than the cost of {@link #report}.
     */
    public TrickleDownDashboard dashboard(TrickleDownScope scope) {
        Filter filter = filter(scope);
        Map<String, String> settings = settings();
        TrickleDownPolicy policy = policy(settings);
        if (isAllTime(filter)) {
            List<CourseRow> courses = queries.courses(filter.courseId());
            List<CellRow> cells = ledger.cells(filter);
            TrickleDownCalculation calculation = fromLedger(filter, policy, courses, cells);
            LeadershipMatrix matrix = leadershipMatrix(filter, courses);
            int trainedReports = cells.stream().mapToInt(CellRow::trainedReports).sum();
            int reinforced = cells.stream().mapToInt(CellRow::reinforcedReports).sum();
            return new TrickleDownDashboard(headlines(calculation, matrix, Share.of(reinforced, trainedReports)),
                    calculation.report(), matrix);
        }
        TrickleDownCalculation calculation = calculate(filter, policy);
        LeadershipMatrix matrix = calculation.leadershipMatrix();
        Share championRate = calculation.championRate(queries.checkInsByDirectManager(filter), windowDays(settings));
        return new TrickleDownDashboard(headlines(calculation, matrix, championRate), calculation.report(), matrix);
    }

    private static TrickleDownHeadlines headlines(TrickleDownCalculation calculation, LeadershipMatrix matrix,
                                                  Share championRate) {
        Collection<TrickleDownStatus> statuses = calculation.departmentStatuses().values();
        return new TrickleDownHeadlines(calculation.policy(),
                count(statuses, TrickleDownStatus.IN_ORDER),
                count(statuses, TrickleDownStatus.OUT_OF_ORDER),
                count(statuses, TrickleDownStatus.NOT_STARTED),
                matrix.overall(),
                calculation.violationCount(),
                championRate);
    }

    /** All time (no training round): the ledger has it judged already. */
    private static boolean isAllTime(Filter filter) {
        return filter.from() == null && filter.to() == null;
    }

    private TrickleDownCalculation fromLedger(Filter filter, TrickleDownPolicy policy) {
        return fromLedger(filter, policy, queries.courses(filter.courseId()), ledger.cells(filter));
    }

    /**
     * The scope's departments and courses from the ledger's cells: a department and course without a cell has
     * nobody trained, so it is judged on its member counts alone.
     */
    private TrickleDownCalculation fromLedger(Filter filter, TrickleDownPolicy policy, List<CourseRow> courses,
                                              List<CellRow> cells) {
        List<DepartmentRow> departments = queries.departments(filter);
        Map<Long, MemberCount> members = new HashMap<>();
        ledger.memberCounts(filter).forEach(count -> members.put(count.departmentId(), count));
        List<NamedViolation> named = ledger.violations(filter, policy.name());
        Map<Long, Map<Long, List<Violation>>> violationsByCell = new HashMap<>();
        for (NamedViolation row : named) {
            violationsByCell.computeIfAbsent(row.departmentId(), id -> new HashMap<>())
                    .computeIfAbsent(row.courseId(), id -> new ArrayList<>())
                    .add(new Violation(row.staffPersonId(), row.staffTrainedAt(), row.managerPersonId(),
                            row.managerTrainedAt()));
        }
        List<OrderViolation> violations = orderViolations(named, courses);
        Map<Long, Map<Long, TrickleDownResult>> own = new HashMap<>();
        for (CellRow cell : cells) {
            List<Violation> ofCell = new ArrayList<>(violationsByCell.getOrDefault(cell.departmentId(), Map.of())
                    .getOrDefault(cell.courseId(), List.of()));
            ofCell.sort(Comparator.comparing(Violation::staffTrainedAt).thenComparingLong(Violation::staffPersonId));
            TrickleDownStatus status = TrickleDownStatus.valueOf(
                    policy == TrickleDownPolicy.STRICT ? cell.strictStatus() : cell.lenientStatus());
            own.computeIfAbsent(cell.departmentId(), id -> new HashMap<>()).put(cell.courseId(),
                    new TrickleDownResult(status, cell.managersTrained(), cell.managers(), cell.staffTrained(),
                            cell.staff(), ofCell));
        }
        Map<Long, TrickleDownResult> nobodyTrained = new HashMap<>();
        for (DepartmentRow department : departments) {
            MemberCount count = members.getOrDefault(department.id(), new MemberCount(department.id(), 0, 0));
            nobodyTrained.put(department.id(), TrickleDownRules.evaluate(untrained(count.managers()),
                    untrained(count.staff()), policy));
        }
        return new TrickleDownCalculation(policy, departments, courses, own, nobodyTrained, violations);
    }

    private static List<OrderViolation> orderViolations(List<NamedViolation> named, List<CourseRow> courses) {
        Map<Long, String> courseTitles = new HashMap<>();
        courses.forEach(course -> courseTitles.put(course.id(), course.title()));
        List<OrderViolation> violations = new ArrayList<>(named.size());
        for (NamedViolation row : named) {
            violations.add(new OrderViolation(row.courseId(), courseTitles.get(row.courseId()), row.departmentId(),
                    row.departmentName(), row.staffPersonId(), row.staffName(), row.staffTrainedAt(),
                    row.managerPersonId(), row.managerName(), row.managerTrainedAt()));
        }
        return violations;
    }

    private static List<Trainee> untrained(int count) {
        List<Trainee> trainees = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            trainees.add(Trainee.untrained(-1 - i));
        }
        return trainees;
    }

    /**
     * People trained per month by level, and staff trained out of order per month. The monthly counts are
     * aggregated in the database; the violations are judged as in {@link #report}.
     */
    public TrainingTrend trend(TrickleDownScope scope) {
        Filter filter = filter(scope);
        if (isAllTime(filter)) {
            // the violations are judged already: counted per month in the database, no report to roll up
            return TrainingTrends.of(ledger.trainedPerMonthByLevel(filter),
                    ledger.violationsPerMonth(filter, policy(settings()).name()));
        }
        List<OrderViolation> violations = calculate(filter, policy(settings())).report().violations();
        return TrainingTrends.of(queries.trainedPerMonthByLevel(filter), violations);
    }

    /**
     * One department and its sub-departments with every active member and when each was trained, their statuses
     * and order violations; the scope's division is replaced by the department. Empty for an unknown or archived
     * department.
     */
    public Optional<DepartmentDrillDown> departmentDrillDown(long departmentId, TrickleDownScope scope) {
        TrickleDownCalculation calculation = calculate(filter(scope.inDivision(departmentId)), policy(settings()));
        return calculation.departmentName(departmentId).map(name -> {
            TrickleDownReport report = calculation.report();
            return new DepartmentDrillDown(departmentId, name, report.policy(), report.courses(), report.rows(),
                    calculation.members(), report.violations());
        });
    }

    private TrickleDownCalculation calculate(Filter filter, TrickleDownPolicy policy) {
        return new TrickleDownCalculation(policy, queries.departments(filter), queries.courses(filter.courseId()),
                queries.people(filter, false), queries.trainings(filter, false, false));
    }

    /**
     * Staff a trainer let into a class before their department's managers were trained (the managers-first gate in
     * warn mode), newest first, at most {@code limit}. One statement.
     */
    public List<GateOverride> gateOverrides(TrickleDownScope scope, int limit) {
        return queries.gateOverrides(filter(scope), limit).stream()
                .map(row -> new GateOverride(row.courseId(), row.courseTitle(), row.sessionStartsAt(), row.personId(),
                        row.personName(), row.departmentName(), row.overriddenBy(), row.reason()))
                .toList();
    }

    private static Filter filter(TrickleDownScope scope) {
        return new Filter(scope.courseId(), scope.divisionId(), scope.from(), scope.to());
    }

    private Map<String, String> settings() {
        return queries.settings(List.of(POLICY_SETTING, WINDOW_SETTING));
    }

    private static TrickleDownPolicy policy(Map<String, String> settings) {
        String value = settings.get(POLICY_SETTING);
        try {
            return value == null ? TrickleDownPolicy.STRICT
                    : TrickleDownPolicy.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            log.warn("Setting {}={} is neither STRICT nor LENIENT; judging by STRICT", POLICY_SETTING, value);
            return TrickleDownPolicy.STRICT;
        }
    }

    static int windowDays(Map<String, String> settings) {
        String value = settings.get(WINDOW_SETTING);
        try {
            int days = value == null ? TrickleDownRules.DEFAULT_WINDOW_DAYS : Integer.parseInt(value.trim());
            if (days >= 0) {
                return days;
            }
        } catch (NumberFormatException unreadable) {
            // fall through to the warning
        }
        log.warn("Setting {}={} is not a number of days; using {}", WINDOW_SETTING, value,
                TrickleDownRules.DEFAULT_WINDOW_DAYS);
        return TrickleDownRules.DEFAULT_WINDOW_DAYS;
    }

    private static int count(Collection<TrickleDownStatus> statuses, TrickleDownStatus wanted) {
        return (int) statuses.stream().filter(wanted::equals).count();
    }
}
