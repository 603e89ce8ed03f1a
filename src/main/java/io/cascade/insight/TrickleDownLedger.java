package io.cascade.insight;

import io.cascade.insight.internal.LedgerStore;
import io.cascade.insight.internal.LedgerStore.CellRow;
import io.cascade.insight.internal.LedgerStore.CheckIn;
import io.cascade.insight.internal.LedgerStore.Member;
import io.cascade.insight.internal.LedgerStore.MemberCount;
import io.cascade.insight.internal.LedgerStore.MonthRow;
import io.cascade.insight.internal.LedgerStore.Training;
import io.cascade.insight.internal.LedgerStore.ViolationRow;
import io.cascade.insight.internal.RoundStore;
import io.cascade.insight.internal.RoundStore.RoundTrainingRow;
import io.cascade.catalog.CatalogEvent;
import io.cascade.learning.LearningEvent;
import io.cascade.organization.OrganizationEvent;
import io.cascade.organization.SettingsReader;
import io.cascade.scheduling.SchedulingEvent;
import io.cascade.trickledown.TrainingHistory;
import io.cascade.trickledown.TrickleDownPolicy;
import io.cascade.trickledown.TrickleDownResult;
import io.cascade.trickledown.TrickleDownRules;
import io.cascade.trickledown.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps the trickle-down ledger (V31) in step with what it is computed from, so the dashboard reads prepared rows
 * instead of judging every attendance mark per request (docs/performance.md).
 * <p>
 * It follows the events of the modules that own the facts, in the transaction that changes them (a rollback takes the
 * ledger's change with it): attendance marked, classes cancelled, moved or first scheduled (scheduling), courses
 * completed and check-ins logged (learning), people changed or imported and settings saved (organization), a
 * course's refresher interval changed (catalog). Each recomputes only what the change can touch — the trainings and
 * "trained at" of the people of one session in one course, then the cells of their departments in that course — with
 * the same {@link DepartmentJudge} as the per-request path ({@link TrickleDownService#dashboardJudgedPerRequest} and
 * the drill-down; tests check both agree).
 * <p>
 * Two views are kept. All time: each department's cells and violations, judged on every member's first training
 * ({@link TrickleDownRules#evaluate}). Training rounds: every training of every member, each staff training judged
 * once against the managers' training histories ({@link TrickleDownRules#judgeTraining}, which does not depend on the
 * window) and each training's expiry, so that any round [from, to) is counted by {@link RoundStore} in the database.
 * <p>
 * Attendance changes are applied once per course at the end of the transaction rather than once per class: an
 * attendance import of a hundred weekly classes of one course would otherwise rewrite every training of the same
 * people a hundred times. They are applied before the transaction commits (still inside it), and earlier whenever
 * the ledger is read ({@link TrickleDownService} calls {@link #applyPending()}) or judged for another change, so
 * nothing reads a ledger behind its own transaction's writes.
 * <p>
 * Writers that bypass the services (the demo loader, bulk SQL) call {@link #rebuild()}; an install whose ledger was
 * never built, or built by another {@link #VERSION} of its content (the marker, {@code trickle_down_ledger_build},
 * V68), is rebuilt at start-up.
 */
@Component
public class TrickleDownLedger {

    /** Bumped when the ledger's content changes meaning, so existing installs rebuild once at start-up. */
    static final String VERSION = "4";

    private static final Logger log = LoggerFactory.getLogger(TrickleDownLedger.class);
    private static final int DEPARTMENTS_PER_CHUNK = 50;
    /** This transaction's attendance changes not applied yet: course id to people ({@link #applyPending}). */
    private static final Object PENDING = new Object();

    private final LedgerStore store;
    private final RoundStore rounds;
    private final SettingsReader settings;

    TrickleDownLedger(LedgerStore store, RoundStore rounds, SettingsReader settings) {
        this.store = store;
        this.rounds = rounds;
        this.settings = settings;
    }

    /** Recomputes the whole ledger from the source tables: after bulk writes that bypassed the services. */
    @Transactional
    public void rebuild() {
        long started = System.nanoTime();
        store.clear();
        rounds.clear();
        store.refreshTrainings(null, null);
        long trainings = System.nanoTime();
        List<Long> departments = store.allDepartments();
        judgeInChunks(departments);
        store.markBuilt(VERSION);
        // after the commit: analyze table would commit the rebuild half-way on MySQL
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    store.analyze();
                }
            });
        } else {
            store.analyze();
        }
        log.info("Trickle-down ledger rebuilt for {} departments in {} ms ({} ms of them reading the trainings)",
                departments.size(), (System.nanoTime() - started) / 1_000_000, (trainings - started) / 1_000_000);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    void buildWhenMissing() {
        if (!store.isBuilt(VERSION)) {
            rebuild();
        }
    }

    @EventListener
    @Transactional
    void on(SchedulingEvent event) {
        if (!(event instanceof SchedulingEvent.AttendanceMarked || event instanceof SchedulingEvent.Cancelled
                || event instanceof SchedulingEvent.Rescheduled)) {
            applyPending();
        }
        switch (event) {
            case SchedulingEvent.AttendanceMarked marked -> refreshSession(marked.sessionId());
            case SchedulingEvent.Cancelled cancelled -> refreshSession(cancelled.sessionId());
            case SchedulingEvent.Rescheduled moved -> refreshSession(moved.sessionId());
            case SchedulingEvent.Scheduled scheduled -> refreshCourseWhenFirstClass(scheduled.sessionId());
            default -> {
            }
        }
    }

    @EventListener
    @Transactional
    void on(LearningEvent event) {
        applyPending();
        switch (event) {
            case LearningEvent.CourseCompleted completed ->
                    refresh(completed.courseId(), List.of(completed.personId()));
            case LearningEvent.CheckInLogged checkIn -> sumCourseMonths(
                    judge(store.departmentsOf(List.of(checkIn.personId())), checkIn.courseId()));
        }
    }

    @EventListener
    @Transactional
    void on(OrganizationEvent event) {
        applyPending();
        switch (event) {
            case OrganizationEvent.PeopleChanged changed -> judgeInChunks(List.copyOf(changed.departmentIds()));
            case OrganizationEvent.SettingsChanged saved -> {
                // both policies are kept; only the reinforcement window changes what a cell holds
                if (!saved.before().reinforcementWindow().equals(saved.after().reinforcementWindow())) {
                    judgeEveryDepartment();
                }
            }
        }
    }

    @EventListener
    @Transactional
    void on(CatalogEvent event) {
        applyPending();
        switch (event) {
            // all-time cells do not depend on it, but how long every training in the course stays valid does
            case CatalogEvent.RefresherIntervalChanged changed -> judgeCourse(changed.courseId());
        }
    }

    private void judgeCourse(long courseId) {
        List<Long> departments = store.departmentsTrainedIn(courseId);
        for (int from = 0; from < departments.size(); from += DEPARTMENTS_PER_CHUNK) {
            judge(departments.subList(from, Math.min(departments.size(), from + DEPARTMENTS_PER_CHUNK)), courseId);
        }
        sumCourseMonths(Set.of(courseId));
    }

    private void refreshSession(long sessionId) {
        LedgerStore.SessionPeople session = store.sessionPeople(sessionId);
        if (session.personIds().isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh(session.courseId(), session.personIds());
            return;
        }
        @SuppressWarnings("unchecked")
        Map<Long, Set<Long>> pending = (Map<Long, Set<Long>>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            pending = new TreeMap<>();
            TransactionSynchronizationManager.bindResource(PENDING, pending);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    applyPending();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
        }
        pending.computeIfAbsent(session.courseId(), id -> new TreeSet<>()).addAll(session.personIds());
    }

    /**
     * Applies the attendance changes of this transaction that wait for its end: the trainings of their people in
     * their courses, then the cells of those people's departments. Nothing to do outside such a transaction.
     */
    public void applyPending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<Long, Set<Long>> pending = (Map<Long, Set<Long>>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null || pending.isEmpty()) {
            return;
        }
        Map<Long, Set<Long>> courses = new TreeMap<>(pending);
        pending.clear();
        courses.forEach(this::refresh);
    }

    private void refresh(long courseId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        // only the departments of people whose trainings changed have anything new to judge
        Set<Long> changed = store.refreshTrainings(courseId, personIds);
        sumCourseMonths(judge(store.departmentsOf(changed), courseId));
    }

    /** A course's first class: completions of its modules stop counting as training. */
    private void refreshCourseWhenFirstClass(long sessionId) {
        LedgerStore.SessionPeople session = store.sessionPeople(sessionId);
        if (session.courseId() == 0 || !store.hasCompletions(session.courseId())) {
            return;
        }
        Set<Long> departments = new HashSet<>(store.departmentsTrainedIn(session.courseId()));
        store.refreshTrainings(session.courseId(), null);
        departments.addAll(store.departmentsTrainedIn(session.courseId()));
        sumCourseMonths(judge(departments, session.courseId()));
    }

    /** The whole organisation's months of the courses (all: {@code null}), all time and in rounds. */
    private void sumCourseMonths(Collection<Long> courseIds) {
        store.sumCourseMonths(courseIds);
        rounds.sumCourseMonths(courseIds);
    }

    private void judgeEveryDepartment() {
        judgeInChunks(store.allDepartments());
    }

    private void judgeInChunks(List<Long> departments) {
        if (departments.size() <= DEPARTMENTS_PER_CHUNK) {
            sumCourseMonths(judge(departments, null));
            return;
        }
        for (int from = 0; from < departments.size(); from += DEPARTMENTS_PER_CHUNK) {
            judge(departments.subList(from, Math.min(departments.size(), from + DEPARTMENTS_PER_CHUNK)), null);
        }
        sumCourseMonths(null);
    }

    /**
     * Judges the departments' own members in one course (or every course somebody of them is trained in) under
     * both policies, and replaces their cells and violations.
     */
    private Set<Long> judge(Collection<Long> departmentIds, Long courseId) {
        if (departmentIds.isEmpty()) {
            return Set.of();
        }
        int windowDays = settings.current().reinforcementWindow().days();
        var judge = new DepartmentJudge<>(store.members(departmentIds));
        Map<Long, Map<Long, Instant>> trainedAt = new HashMap<>();
        for (Training training : store.trainings(departmentIds, courseId)) {
            trainedAt.computeIfAbsent(training.courseId(), id -> new HashMap<>())
                    .put(training.personId(), training.trainedAt());
        }
        Map<Long, Map<Long, List<Instant>>> events = new HashMap<>();
        for (Training training : store.trainingEvents(departmentIds, courseId)) {
            events.computeIfAbsent(training.courseId(), id -> new HashMap<>())
                    .computeIfAbsent(training.personId(), id -> new ArrayList<>()).add(training.trainedAt());
        }
        Map<Long, Integer> refresherMonths = store.refresherMonths();
        Map<Long, Map<Long, List<LocalDate>>> checkIns = new HashMap<>();
        for (CheckIn checkIn : store.checkIns(departmentIds, courseId)) {
            checkIns.computeIfAbsent(checkIn.courseId(), id -> new HashMap<>())
                    .computeIfAbsent(checkIn.personId(), id -> new ArrayList<>()).add(checkIn.occurredOn());
        }
        List<CellRow> cells = new ArrayList<>();
        List<ViolationRow> violations = new ArrayList<>();
        List<MonthRow> months = new ArrayList<>();
        List<RoundTrainingRow> roundRows = new ArrayList<>();
        for (long course : new TreeSet<>(trainedAt.keySet())) {
            Map<Long, Instant> trained = trainedAt.get(course);
            Map<Long, List<LocalDate>> checkInsOfCourse = checkIns.getOrDefault(course, Map.of());
            for (long department : departmentIds) {
                List<Member> managersOf = judge.managers(department);
                List<Member> staffOf = judge.staff(department);
                TrickleDownResult strict = judge.judge(department, trained, TrickleDownPolicy.STRICT);
                if (strict.managersTrained() + strict.staffTrained() == 0) {
                    continue;
                }
                TrickleDownResult lenient = judge.judge(department, trained, TrickleDownPolicy.LENIENT);
                int trainedReports = 0;
                int reinforced = 0;
                for (Member member : staffOf) {
                    Instant at = trained.get(member.id());
                    if (at != null && member.reportsToId() != null) {
                        trainedReports++;
                        LocalDate trainedOn = LocalDate.ofInstant(at, ZoneOffset.UTC);
                        if (checkInsOfCourse.getOrDefault(member.id(), List.of()).stream()
                                .anyMatch(day -> TrickleDownRules.isCheckInOnTime(trainedOn, day, windowDays))) {
                            reinforced++;
                        }
                    }
                }
                cells.add(new CellRow(department, course, strict.managers(), strict.managersTrained(),
                        strict.staff(), strict.staffTrained(), strict.status().name(), lenient.status().name(),
                        trainedReports, reinforced));
                addViolations(violations, TrickleDownPolicy.STRICT, department, course, strict);
                addViolations(violations, TrickleDownPolicy.LENIENT, department, course, lenient);
                addMonths(months, department, course, managersOf, trained, List.of(), List.of());
                addMonths(months, department, course, staffOf, trained, strict.violations(), lenient.violations());
                addRoundRows(roundRows, department, course, refresherMonths.get(course), managersOf, staffOf,
                        events.getOrDefault(course, Map.of()), checkInsOfCourse, windowDays);
            }
        }
        rounds.replace(departmentIds, courseId, roundRows);
        List<MemberCount> counts = departmentIds.stream().map(department -> new MemberCount(department,
                judge.managers(department).size(), judge.staff(department).size()))
                .toList();
        return store.replaceCells(departmentIds, courseId, cells, violations, months, counts);
    }

    /**
     * Every training of the department's own members in the course: managers' with when they expire, each staff
     * training judged under both policies against the managers' histories, with whether it was reinforced on time.
     */
    private static void addRoundRows(List<RoundTrainingRow> rows, long department, long course,
                                     Integer refresherMonths, List<Member> managers, List<Member> staff,
                                     Map<Long, List<Instant>> events, Map<Long, List<LocalDate>> checkIns,
                                     int windowDays) {
        List<TrainingHistory> managerHistories = new ArrayList<>(managers.size());
        for (Member manager : managers) {
            managerHistories.add(TrainingHistory.of(manager.id(), events.getOrDefault(manager.id(), List.of())));
            Instant previous = null;
            for (Instant at : events.getOrDefault(manager.id(), List.of())) {
                rows.add(new RoundTrainingRow(department, course, manager.id(), at, manager.level(), false, previous,
                        TrickleDownRules.validUntil(at, refresherMonths), false, false, false, false, null, null,
                        null, null));
                previous = at;
            }
        }
        for (Member member : staff) {
            boolean reported = member.reportsToId() != null;
            List<LocalDate> checkInDays = checkIns.getOrDefault(member.id(), List.of());
            Instant previous = null;
            for (Instant at : events.getOrDefault(member.id(), List.of())) {
                Optional<Violation> strict = TrickleDownRules.judgeTraining(member.id(), at, managerHistories,
                        refresherMonths, TrickleDownPolicy.STRICT);
                Optional<Violation> lenient = TrickleDownRules.judgeTraining(member.id(), at, managerHistories,
                        refresherMonths, TrickleDownPolicy.LENIENT);
                LocalDate trainedOn = LocalDate.ofInstant(at, ZoneOffset.UTC);
                boolean reinforced = reported && checkInDays.stream()
                        .anyMatch(day -> TrickleDownRules.isCheckInOnTime(trainedOn, day, windowDays));
                rows.add(new RoundTrainingRow(department, course, member.id(), at, member.level(), true, previous,
                        TrickleDownRules.validUntil(at, refresherMonths), reported, reinforced,
                        strict.isPresent(), lenient.isPresent(),
                        strict.map(Violation::managerPersonId).orElse(null),
                        strict.map(Violation::managerTrainedAt).orElse(null),
                        lenient.map(Violation::managerPersonId).orElse(null),
                        lenient.map(Violation::managerTrainedAt).orElse(null)));
                previous = at;
            }
        }
    }

    private static void addViolations(List<ViolationRow> rows, TrickleDownPolicy policy, long department,
                                      long course, TrickleDownResult result) {
        for (Violation violation : result.violations()) {
            rows.add(new ViolationRow(policy.name(), department, course, violation.staffPersonId(),
                    violation.staffTrainedAt(), violation.managerPersonId(), violation.managerTrainedAt()));
        }
    }

    /** The members' trainings per month and level; the violations (all of staff) go with the STAFF rows. */
    private static void addMonths(List<MonthRow> rows, long department, long course, List<Member> members,
                                  Map<Long, Instant> trained, List<Violation> strict, List<Violation> lenient) {
        Map<String, Map<YearMonth, Integer>> byLevel = new TreeMap<>();
        for (Member member : members) {
            Instant at = trained.get(member.id());
            if (at != null) {
                byLevel.computeIfAbsent(member.level(), level -> new TreeMap<>()).merge(month(at), 1, Integer::sum);
            }
        }
        Map<YearMonth, Integer> strictByMonth = new HashMap<>();
        strict.forEach(violation -> strictByMonth.merge(month(violation.staffTrainedAt()), 1, Integer::sum));
        Map<YearMonth, Integer> lenientByMonth = new HashMap<>();
        lenient.forEach(violation -> lenientByMonth.merge(month(violation.staffTrainedAt()), 1, Integer::sum));
        byLevel.forEach((level, counts) -> counts.forEach((month, trainings) -> rows.add(new MonthRow(department,
                course, month.getYear(), month.getMonthValue(), level, trainings,
                strictByMonth.getOrDefault(month, 0), lenientByMonth.getOrDefault(month, 0)))));
    }

    private static YearMonth month(Instant instant) {
        return YearMonth.from(instant.atOffset(ZoneOffset.UTC));
    }
}
