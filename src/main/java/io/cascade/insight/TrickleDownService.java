package io.cascade.insight;

import io.cascade.insight.LedgerFigures.Judged;
import io.cascade.insight.internal.LedgerStore;
import io.cascade.insight.internal.LedgerStore.MonthTotals;
import io.cascade.insight.internal.RoundStore;
import io.cascade.insight.internal.TrickleDownQueries;
import io.cascade.insight.internal.TrickleDownQueries.CourseRow;
import io.cascade.insight.internal.TrickleDownQueries.DepartmentRow;
import io.cascade.insight.internal.TrickleDownQueries.Filter;
import io.cascade.insight.internal.TrickleDownQueries.MonthlyTrainingRow;
import io.cascade.organization.Settings;
import io.cascade.organization.SettingsReader;
import io.cascade.trickledown.Round;
import io.cascade.trickledown.Share;
import io.cascade.trickledown.TrickleDownPolicy;
import io.cascade.trickledown.TrickleDownStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * time its cells, in a round its judged trainings counted for the round by {@link RoundStore}, assembled by
 * {@link LedgerFigures}; either way each department's own figures are rolled up along the tree of the scope.
 * Judging from the source tables per request is left to the department drill-down (one subtree, with every member) and to {@link #dashboardJudgedPerRequest} and
 * {@link #trendJudgedPerRequest}, the reference the ledger is checked against: both give the same figures for the
 * same rows (TrickleDownServiceTest, and the benchmark at its size). Each method runs a fixed number of SQL
 * statements whatever the size of the organisation (all time: report 6, leadership matrix 3, headlines and dashboard
 * 8, trend 2; in a round: report 8, leadership matrix 3, headlines and dashboard 10, trend 3; drill-down 5). A screen
 * showing more than one of the first three calls {@link #dashboard}, which reads the rows once
 * (docs/performance.md).
 * <p>
 * The settings that apply, read once per call from the {@link SettingsReader}: the trickle-down policy and, judged per
 * request, the reinforcement window (an unreadable value reads as its default, so it never takes the dashboard down).
 */
@Service
@PreAuthorize("hasAnyRole('EXECUTIVE','ADMIN')")
@Transactional(readOnly = true)
public class TrickleDownService {

    private final TrickleDownQueries queries;
    private final LedgerStore ledger;
    private final RoundStore rounds;
    private final LedgerFigures figures;
    private final TrickleDownLedger keeper;
    private final SettingsReader settings;
    private final Clock clock;

    TrickleDownService(TrickleDownQueries queries, LedgerStore ledger, RoundStore rounds, LedgerFigures figures,
                       TrickleDownLedger keeper, SettingsReader settings, Clock clock) {
        this.queries = queries;
        this.ledger = ledger;
        this.rounds = rounds;
        this.figures = figures;
        this.keeper = keeper;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every department of the scope times every course, own and rolled up, and every order violation. */
    public TrickleDownReport report(TrickleDownScope scope) {
        keeper.applyPending();
        Filter filter = filter(scope);
        TrickleDownPolicy policy = settings.current().trickleDownPolicy();
        List<CourseRow> courses = queries.courses(filter.courseId());
        return fromLedger(filter, policy, courses).calculation().report();
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
        TrickleDownPolicy policy = settings.current().trickleDownPolicy();
        List<CourseRow> courses = queries.courses(filter.courseId());
        Judged judged = fromLedger(filter, policy, courses);
        LeadershipMatrix matrix = leadershipMatrix(filter, courses);
        TrickleDownCalculation calculation = judged.calculation();
        return new TrickleDownDashboard(headlines(calculation, matrix, judged.championRate()), calculation.report(),
                matrix);
    }

    /** The scope's figures as the ledger judged them: all time its cells, in a round its trainings counted. */
    private Judged fromLedger(Filter filter, TrickleDownPolicy policy, List<CourseRow> courses) {
        List<DepartmentRow> departments = queries.departments(filter);
        return isAllTime(filter) ? figures.allTime(filter, policy, departments, courses)
                : figures.inRound(filter, policy, departments, courses, round(filter).countedAt(clock.instant()));
    }

    /**
     * The dashboard judged per request from the source tables (every attendance mark and completion), without the
     * ledger: the reference the ledger is checked against by the tests and the benchmark. Seconds at 20,000 people,
     * so not for screens; the same figures as {@link #dashboard}.
     */
    public TrickleDownDashboard dashboardJudgedPerRequest(TrickleDownScope scope) {
        Filter filter = filter(scope);
        Settings current = settings.current();
        TrickleDownCalculation calculation = calculate(filter, current.trickleDownPolicy());
        LeadershipMatrix matrix = calculation.leadershipMatrix();
        Share championRate = calculation.championRate(queries.checkInsByDirectManager(filter),
                current.reinforcementWindow().days());
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

    private static Round round(Filter filter) {
        return new Round(filter.from(), filter.to());
    }

    /**
     * People trained per month by level, and staff trained out of order per month: all time each person's first
     * training per course, in a round their first training in the round. Counted in the ledger (two statements all time, three in a round).
     */
    public TrainingTrend trend(TrickleDownScope scope) {
        keeper.applyPending();
        Filter filter = filter(scope);
        TrickleDownPolicy policy = settings.current().trickleDownPolicy();
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
        List<OrderViolation> violations = calculate(filter, settings.current().trickleDownPolicy()).report()
                .violations();
        return TrainingTrends.of(queries.trainedPerMonthByLevel(filter), violations);
    }

    /**
     * One department and its sub-departments with every active member and when each was trained, their statuses
     * and order violations; the scope's division is replaced by the department. Empty for an unknown or archived
     * department. Judged per request from the source tables. In a round, a staff member's training shown is their
     * first in the round, a manager's the latest they hold valid at the end of the round (or now, if earlier).
     */
    public Optional<DepartmentDrillDown> departmentDrillDown(long departmentId, TrickleDownScope scope) {
        TrickleDownCalculation calculation = calculate(filter(scope.inDivision(departmentId)),
                settings.current().trickleDownPolicy());
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

    private static int count(Collection<TrickleDownStatus> statuses, TrickleDownStatus wanted) {
        return (int) statuses.stream().filter(wanted::equals).count();
    }
}
