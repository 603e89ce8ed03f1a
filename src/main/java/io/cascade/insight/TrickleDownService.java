package io.cascade.insight;

import io.cascade.insight.internal.TrickleDownQueries;
import io.cascade.insight.internal.TrickleDownQueries.Filter;
import io.cascade.trickledown.TrickleDownPolicy;
import io.cascade.trickledown.TrickleDownRules;
import io.cascade.trickledown.TrickleDownStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Trickle-down figures for executives: per department and course, the leadership matrix, and the headlines.
 * Each method runs a fixed number of SQL statements whatever the size of the organisation (report: 5,
 * leadership matrix: 3, headlines: 6, dashboard: 6, trend: 6, department drill-down: 5); the database finds the
 * first training per person and course, the pure {@link TrickleDownRules} judge the order. A screen showing more
 * than one of the first three calls {@link #dashboard}, which reads the rows once (docs/performance.md).
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

    TrickleDownService(TrickleDownQueries queries) {
        this.queries = queries;
    }

    /** Every department of the scope times every course, own and rolled up, and every order violation. */
    public TrickleDownReport report(TrickleDownScope scope) {
        return calculate(filter(scope), policy(settings())).report();
    }

    /** Every EXECUTIVE and SENIOR_LEADER of the scope times every course of the scope: attended a class or not. */
    public LeadershipMatrix leadershipMatrix(TrickleDownScope scope) {
        Filter filter = filter(scope);
        var courses = queries.courses(filter.courseId()).stream().map(TrickleDownCalculation::courseRef).toList();
        return TrickleDownCalculation.leadershipMatrix(courses, queries.people(filter, true),
                queries.trainings(filter, true, true));
    }

    /** Departments in order / out of order / not started, leadership coverage, violations, champion rate. */
    public TrickleDownHeadlines headlines(TrickleDownScope scope) {
        Filter filter = filter(scope);
        Map<String, String> settings = settings();
        TrickleDownCalculation calculation = calculate(filter, policy(settings));
        return headlines(calculation, calculation.leadershipMatrix(), filter, settings);
    }

    /**
     * The headlines, the report and the leadership matrix together, from one reading of the rows: what the
     * dashboard shows, for little more than the cost of {@link #report}.
     */
    public TrickleDownDashboard dashboard(TrickleDownScope scope) {
        Filter filter = filter(scope);
        Map<String, String> settings = settings();
        TrickleDownCalculation calculation = calculate(filter, policy(settings));
        LeadershipMatrix matrix = calculation.leadershipMatrix();
        return new TrickleDownDashboard(headlines(calculation, matrix, filter, settings), calculation.report(),
                matrix);
    }

    private TrickleDownHeadlines headlines(TrickleDownCalculation calculation, LeadershipMatrix matrix,
                                           Filter filter, Map<String, String> settings) {
        Collection<TrickleDownStatus> statuses = calculation.departmentStatuses().values();
        return new TrickleDownHeadlines(calculation.policy(),
                count(statuses, TrickleDownStatus.IN_ORDER),
                count(statuses, TrickleDownStatus.OUT_OF_ORDER),
                count(statuses, TrickleDownStatus.NOT_STARTED),
                matrix.overall(),
                calculation.violationCount(),
                calculation.championRate(queries.checkInsByDirectManager(filter), windowDays(settings)));
    }

    /**
     * People trained per month by level, and staff trained out of order per month. The monthly counts are
     * aggregated in the database; the violations are judged as in {@link #report}.
     */
    public TrainingTrend trend(TrickleDownScope scope) {
        Filter filter = filter(scope);
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

    private static int windowDays(Map<String, String> settings) {
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
