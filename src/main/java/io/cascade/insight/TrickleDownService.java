package io.cascade.insight;

import io.cascade.insight.internal.LedgerStore;
import io.cascade.insight.internal.LedgerStore.CellRow;
import io.cascade.insight.internal.LedgerStore.MemberCount;
import io.cascade.insight.internal.LedgerStore.MonthTotals;
import io.cascade.insight.internal.LedgerStore.NamedViolation;
import io.cascade.insight.internal.RoundStore;
import io.cascade.insight.internal.RoundStore.RoundCellRow;
import io.cascade.insight.internal.RoundStore.RoundCounts;
import io.cascade.insight.internal.TrickleDownQueries;
import io.cascade.insight.internal.TrickleDownQueries.CourseRow;
import io.cascade.insight.internal.TrickleDownQueries.DepartmentRow;
import io.cascade.insight.internal.TrickleDownQueries.Filter;
import io.cascade.insight.internal.TrickleDownQueries.MonthlyTrainingRow;
import io.cascade.trickledown.Round;
import io.cascade.trickledown.Share;
import io.cascade.trickledown.Trainee;
import io.cascade.trickledown.TrickleDownPolicy;
import io.cascade.trickledown.TrickleDownResult;
import io.cascade.trickledown.TrickleDownRules;
import io.cascade.trickledown.TrickleDownStatus;
import io.cascade.trickledown.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trickle-down figures for executives: per department and course, the leadership matrix, and the headlines.
 * <p>
 * <b>All time</b> (no training round), each staff member's first training is judged against the managers' first
 * trainings. <b>In a training round</b> [from, to) (docs/domain.md, "Rounds and valid training"), each staff member's
 * first training in the round is judged against what the managers <em>held</em>: a valid training strictly before it,
 * which may be from before the round, and has expired when the course's refresher interval has passed. Managers
 * trained k of M are those holding a valid training at the end of the round (or now, if earlier); staff trained j of
 * S those with a training in the round; the champion rate and the trend count each person's first training in the
 * round, the leadership matrix the classes attended in it.
 * <p>
 * Both come from the {@link TrickleDownLedger}, judged when attendance, people, courses or settings changed: all
 * time its cells, in a round its judged trainings counted for the round by {@link RoundStore}; either way each
 * department's own figures are rolled up along the tree of the scope. Judging from the source tables per request is
 * left to the department drill-down (one subtree, with every member) and to {@link #dashboardJudgedPerRequest} and
 * {@link #trendJudgedPerRequest}, the reference the ledger is checked against: both give the same figures for the
 * same rows (TrickleDownServiceTest, and the benchmark at its size). Each method runs a fixed number of SQL
 * statements whatever the size of the organisation (all time: report 6, leadership matrix 3, headlines and dashboard
 * 8, trend 2; in a round: report 8, leadership matrix 3, headlines and dashboard 10, trend 3; drill-down 5). A screen
 * showing more than one of the first three calls {@link #dashboard}, which reads the rows once
 * (docs/performance.md).
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
    private final RoundStore rounds;
    private final TrickleDownLedger keeper;
    private final Clock clock;

    TrickleDownService(TrickleDownQueries queries, LedgerStore ledger, RoundStore rounds, TrickleDownLedger keeper,
                       Clock clock) {
        this.queries = queries;
        this.ledger = ledger;
        this.rounds = rounds;
        this.keeper = keeper;
        this.clock = clock;
    }

    /** Every department of the scope times every course, own and rolled up, and every order violation. */
    public TrickleDownReport report(TrickleDownScope scope) {
        keeper.applyPending();
        Filter filter = filter(scope);
        TrickleDownPolicy policy = policy(settings());
        if (isAllTime(filter)) {
            return fromLedger(filter, policy).report();
        }
        List<CourseRow> courses = queries.courses(filter.courseId());
        List<DepartmentRow> departments = queries.departments(filter);
        return fromRounds(filter, policy, departments, courses, roundCounts(filter, departments, courses)).report();
    }

    /** Every EXECUTIVE and SENIOR_LEADER of the scope times every course of the scope: attended a class or not. */
    public LeadershipMatrix leadershipMatrix(TrickleDownScope scope) {
        keeper.applyPending();
        Filter filter = filter(scope);
        return leadershipMatrix(filter, queries.courses(filter.courseId()));
    }

    private LeadershipMatrix leadershipMatrix(Filter filter, List<CourseRow> courseRows) {
        var courses = courseRows.stream().map(TrickleDownCalculation::courseRef).toList();
        return TrickleDownCalculation.leadershipMatrix(courses, queries.people(filter, true),
                isAllTime(filter) ? ledger.leaderClasses(filter) : rounds.leaderClasses(filter));
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
        keeper.applyPending();
        Filter filter = filter(scope);
        Map<String, String> settings = settings();
        TrickleDownPolicy policy = policy(settings);
        if (isAllTime(filter)) {
            List<CourseRow> courses = queries.courses(filter.courseId());
            List<DepartmentRow> departments = queries.departments(filter);
            List<CellRow> cells = inScope(ledger.cells(filter), departments, courses);
            TrickleDownCalculation calculation = fromLedger(filter, policy, departments, courses, cells);
            LeadershipMatrix matrix = leadershipMatrix(filter, courses);
            int trainedReports = cells.stream().mapToInt(CellRow::trainedReports).sum();
            int reinforced = cells.stream().mapToInt(CellRow::reinforcedReports).sum();
            return new TrickleDownDashboard(headlines(calculation, matrix, Share.of(reinforced, trainedReports)),
                    calculation.report(), matrix);
        }
        List<CourseRow> courses = queries.courses(filter.courseId());
        List<DepartmentRow> departments = queries.departments(filter);
        List<RoundCounts> counts = roundCounts(filter, departments, courses);
        TrickleDownCalculation calculation = fromRounds(filter, policy, departments, courses, counts);
        LeadershipMatrix matrix = leadershipMatrix(filter, courses);
        int trainedReports = counts.stream().mapToInt(RoundCounts::trainedReports).sum();
        int reinforced = counts.stream().mapToInt(RoundCounts::reinforcedReports).sum();
        return new TrickleDownDashboard(headlines(calculation, matrix, Share.of(reinforced, trainedReports)),
                calculation.report(), matrix);
    }

    /**
     * The dashboard judged per request from the source tables (every attendance mark and completion), without the
     * ledger: the reference the ledger is checked against by the tests and the benchmark. Seconds at 20,000 people,
     * so not for screens; the same figures as {@link #dashboard}.
     */
    public TrickleDownDashboard dashboardJudgedPerRequest(TrickleDownScope scope) {
        Filter filter = filter(scope);
        Map<String, String> settings = settings();
        TrickleDownCalculation calculation = calculate(filter, policy(settings));
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

    /** The round's cells of the scope's departments and courses, managers counted at the end of the round or now. */
    private List<RoundCounts> roundCounts(Filter filter, List<DepartmentRow> departments, List<CourseRow> courses) {
        Set<Long> departmentIds = new HashSet<>();
        departments.forEach(department -> departmentIds.add(department.id()));
        Set<Long> courseIds = new HashSet<>();
        courses.forEach(course -> courseIds.add(course.id()));
        return rounds.counts(filter, round(filter).countedAt(clock.instant())).stream()
                .filter(counts -> departmentIds.contains(counts.cell().departmentId())
                        && courseIds.contains(counts.cell().courseId()))
                .toList();
    }

    /**
     * A round's figures from the ledger: each department's own counts in each course where somebody counts, its
     * status from the counts ({@link TrickleDownRules#status(int, int, int, int, int)}) with today's members, and
     * the violations with the people's names; a department and course without a cell is judged on its member counts.
     */
    private TrickleDownCalculation fromRounds(Filter filter, TrickleDownPolicy policy,
                                              List<DepartmentRow> departments, List<CourseRow> courses,
                                              List<RoundCounts> counts) {
        Map<Long, MemberCount> members = new HashMap<>();
        ledger.memberCounts(filter).forEach(count -> members.put(count.departmentId(), count));
        Map<Long, String> departmentNames = new HashMap<>();
        departments.forEach(department -> departmentNames.put(department.id(), department.name()));
        List<NamedViolation> named = inScope(rounds.violations(filter, policy.name()), departmentNames, courses);
        Map<Long, Map<Long, List<Violation>>> violationsByCell = violationsByCell(named);
        Map<Long, Map<Long, TrickleDownResult>> own = new HashMap<>();
        for (RoundCounts row : counts) {
            RoundCellRow cell = row.cell();
            MemberCount count = members.getOrDefault(cell.departmentId(), new MemberCount(cell.departmentId(), 0, 0));
            int violations = policy == TrickleDownPolicy.STRICT ? cell.strictViolations() : cell.lenientViolations();
            TrickleDownStatus status = TrickleDownRules.status(count.managers(), cell.managersTrained(),
                    count.staff(), cell.staffTrained(), violations);
            own.computeIfAbsent(cell.departmentId(), id -> new HashMap<>()).put(cell.courseId(),
                    new TrickleDownResult(status, cell.managersTrained(), count.managers(), cell.staffTrained(),
                            count.staff(), violationsOf(violationsByCell, cell.departmentId(), cell.courseId())));
        }
        return new TrickleDownCalculation(policy, departments, courses, own,
                nobodyTrained(departments, members, policy), orderViolations(named, courses, departmentNames));
    }

    private static Round round(Filter filter) {
        return new Round(filter.from(), filter.to());
    }

    private TrickleDownCalculation fromLedger(Filter filter, TrickleDownPolicy policy) {
        List<CourseRow> courses = queries.courses(filter.courseId());
        List<DepartmentRow> departments = queries.departments(filter);
        return fromLedger(filter, policy, departments, courses, inScope(ledger.cells(filter), departments, courses));
    }

    /** The ledger keeps cells of archived departments and unpublished courses too: only the scope's count. */
    private static List<CellRow> inScope(List<CellRow> cells, List<DepartmentRow> departments,
                                         List<CourseRow> courses) {
        Set<Long> departmentIds = new HashSet<>();
        departments.forEach(department -> departmentIds.add(department.id()));
        Set<Long> courseIds = new HashSet<>();
        courses.forEach(course -> courseIds.add(course.id()));
        return cells.stream()
                .filter(cell -> departmentIds.contains(cell.departmentId()) && courseIds.contains(cell.courseId()))
                .toList();
    }

    /**
     * The scope's departments and courses from the ledger's cells: a department and course without a cell has
     * nobody trained, so it is judged on its member counts alone.
     */
    private TrickleDownCalculation fromLedger(Filter filter, TrickleDownPolicy policy,
                                              List<DepartmentRow> departments, List<CourseRow> courses,
                                              List<CellRow> cells) {
        Map<Long, MemberCount> members = new HashMap<>();
        ledger.memberCounts(filter).forEach(count -> members.put(count.departmentId(), count));
        Map<Long, String> departmentNames = new HashMap<>();
        departments.forEach(department -> departmentNames.put(department.id(), department.name()));
        List<NamedViolation> named = inScope(ledger.violations(filter, policy.name()), departmentNames, courses);
        Map<Long, Map<Long, List<Violation>>> violationsByCell = violationsByCell(named);
        List<OrderViolation> violations = orderViolations(named, courses, departmentNames);
        Map<Long, Map<Long, TrickleDownResult>> own = new HashMap<>();
        for (CellRow cell : cells) {
            TrickleDownStatus status = TrickleDownStatus.valueOf(
                    policy == TrickleDownPolicy.STRICT ? cell.strictStatus() : cell.lenientStatus());
            own.computeIfAbsent(cell.departmentId(), id -> new HashMap<>()).put(cell.courseId(),
                    new TrickleDownResult(status, cell.managersTrained(), cell.managers(), cell.staffTrained(),
                            cell.staff(), violationsOf(violationsByCell, cell.departmentId(), cell.courseId())));
        }
        return new TrickleDownCalculation(policy, departments, courses, own,
                nobodyTrained(departments, members, policy), violations);
    }

    /** The ledger keeps violations of archived departments and unpublished courses too: only the scope's count. */
    private static List<NamedViolation> inScope(List<NamedViolation> named, Map<Long, String> departmentNames,
                                                List<CourseRow> courses) {
        Set<Long> courseIds = new HashSet<>();
        courses.forEach(course -> courseIds.add(course.id()));
        return named.stream()
                .filter(row -> departmentNames.containsKey(row.departmentId()) && courseIds.contains(row.courseId()))
                .toList();
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

    private static List<Trainee> untrained(int count) {
        List<Trainee> trainees = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            trainees.add(Trainee.untrained(-1 - i));
        }
        return trainees;
    }

    /**
     * People trained per month by level, and staff trained out of order per month: all time each person's first
     * training per course, in a round their first training in the round. Counted in the ledger (two statements all time, three in a round).
     */
    public TrainingTrend trend(TrickleDownScope scope) {
        keeper.applyPending();
        Filter filter = filter(scope);
        TrickleDownPolicy policy = policy(settings());
        // the violations are judged and counted per month already: no report to roll up
        List<MonthTotals> months = isAllTime(filter) ? ledger.months(filter) : rounds.months(filter);
        List<MonthlyTrainingRow> trained = new ArrayList<>();
        Map<YearMonth, Integer> violations = new TreeMap<>();
        for (MonthTotals month : months) {
            trained.add(new MonthlyTrainingRow(month.year(), month.month(), month.level(), month.trainings()));
            int outOfOrder = policy == TrickleDownPolicy.STRICT ? month.strictViolations()
                    : month.lenientViolations();
            if (outOfOrder > 0) {
                violations.merge(YearMonth.of(month.year(), month.month()), outOfOrder, Integer::sum);
            }
        }
        return TrainingTrends.of(trained, violations);
    }

    /**
     * The trend judged per request from the source tables, without the ledger: the reference the ledger is checked
     * against (see {@link #dashboardJudgedPerRequest}); the same figures as {@link #trend}.
     */
    public TrainingTrend trendJudgedPerRequest(TrickleDownScope scope) {
        Filter filter = filter(scope);
        List<OrderViolation> violations = calculate(filter, policy(settings())).report().violations();
        return TrainingTrends.of(queries.trainedPerMonthByLevel(filter), violations);
    }

    /**
     * One department and its sub-departments with every active member and when each was trained, their statuses
     * and order violations; the scope's division is replaced by the department. Empty for an unknown or archived
     * department. Judged per request from the source tables. In a round, a staff member's training shown is their
     * first in the round, a manager's the latest they hold valid at the end of the round (or now, if earlier).
     */
    public Optional<DepartmentDrillDown> departmentDrillDown(long departmentId, TrickleDownScope scope) {
        TrickleDownCalculation calculation = calculate(filter(scope.inDivision(departmentId)), policy(settings()));
        return calculation.departmentName(departmentId).map(name -> {
            TrickleDownReport report = calculation.report();
            return new DepartmentDrillDown(departmentId, name, report.policy(), report.courses(), report.rows(),
                    calculation.members(), report.violations());
        });
    }

    /** Judges the rows per request: all time each first training, in a round every training. */
    private TrickleDownCalculation calculate(Filter filter, TrickleDownPolicy policy) {
        if (isAllTime(filter)) {
            return new TrickleDownCalculation(policy, queries.departments(filter),
                    queries.courses(filter.courseId()), queries.people(filter, false),
                    queries.trainings(filter, false, false));
        }
        return new TrickleDownCalculation(policy, queries.departments(filter), queries.courses(filter.courseId()),
                queries.people(filter, false), queries.everyTraining(filter), round(filter), clock.instant());
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
