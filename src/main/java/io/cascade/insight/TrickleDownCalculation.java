package io.cascade.insight;

import io.cascade.insight.internal.TrickleDownQueries.CheckInRow;
import io.cascade.insight.internal.TrickleDownQueries.CourseRow;
import io.cascade.insight.internal.TrickleDownQueries.DepartmentRow;
import io.cascade.insight.internal.TrickleDownQueries.PersonRow;
import io.cascade.insight.internal.TrickleDownQueries.TrainingRow;
import io.cascade.organization.Level;
import io.cascade.trickledown.LeaderCourse;
import io.cascade.trickledown.Round;
import io.cascade.trickledown.TrainingHistory;
import io.cascade.trickledown.Share;
import io.cascade.trickledown.TrainedReport;
import io.cascade.trickledown.TrickleDownPolicy;
import io.cascade.trickledown.TrickleDownResult;
import io.cascade.trickledown.TrickleDownRules;
import io.cascade.trickledown.TrickleDownStatus;
import io.cascade.trickledown.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies the pure trickle-down rules to the rows read by the queries: every department of the scope judged on its
 * own members, then rolled up from the bottom of the tree, for every course. In memory and linear in the rows.
 * All time, each person's first training is judged ({@link TrickleDownRules#evaluate}); in a training round, every
 * training is read and each staff member's first training in the round judged by what the managers held
 * ({@link TrickleDownRules#evaluateRound}).
 */
final class TrickleDownCalculation {

    private final TrickleDownPolicy policy;
    private final List<DepartmentRow> departments;
    private final List<CourseRef> courses;
    private final List<PersonRow> people;
    private final List<TrainingRow> trainings;
    private final Map<Long, PersonRow> peopleById;
    /** course id -> person id -> trained at */
    private final Map<Long, Map<Long, Instant>> trainedAt = new HashMap<>();
    /** [department index][course index] -> result, in the order of {@link #departments} and {@link #courses} */
    private final TrickleDownResult[][] own;
    private final TrickleDownResult[][] rolledUp;

    /** What the ledger judged already; {@code null} when this calculation judged the rows itself. */
    private final List<OrderViolation> judgedViolations;

    TrickleDownCalculation(TrickleDownPolicy policy, List<DepartmentRow> departments, List<CourseRow> courses,
                           List<PersonRow> people, List<TrainingRow> trainings) {
        this.policy = policy;
        this.departments = departments;
        this.courses = courses.stream().map(TrickleDownCalculation::courseRef).toList();
        this.people = people;
        this.peopleById = people.stream().collect(Collectors.toMap(PersonRow::id, Function.identity()));
        // the statement may return people outside the scope (inactive, archived departments): they do not count
        this.trainings = trainings.stream().filter(training -> peopleById.containsKey(training.personId())).toList();
        this.trainings.forEach(training -> trainedAt.computeIfAbsent(training.courseId(), course -> new HashMap<>())
                .put(training.personId(), training.trainedAt()));
        this.judgedViolations = null;
        this.own = new TrickleDownResult[departments.size()][this.courses.size()];
        this.rolledUp = new TrickleDownResult[departments.size()][this.courses.size()];
        judgeEveryDepartment();
        rollUpEveryDepartment();
    }

    /**
     * A training round judged from every training (docs/domain.md, "Rounds and valid training"). What counts of a person
     * afterwards ({@link #members()}, the champion rate, the leadership matrix): for staff and leaders their first
     * training in the round; in {@link #members()}, for managers the latest training they hold valid at the end of
     * the round (or now, if earlier), which is what makes them count among the managers trained.
     *
     * @param everyTraining every training of the people, any order, duplicates allowed; rows of people outside
     *                      {@code people} are ignored
     */
    TrickleDownCalculation(TrickleDownPolicy policy, List<DepartmentRow> departments, List<CourseRow> courses,
                           List<PersonRow> people, List<TrainingRow> everyTraining, Round round, Instant now) {
        this.policy = policy;
        this.departments = departments;
        this.courses = courses.stream().map(TrickleDownCalculation::courseRef).toList();
        this.people = people;
        this.peopleById = people.stream().collect(Collectors.toMap(PersonRow::id, Function.identity()));
        this.judgedViolations = null;
        this.own = new TrickleDownResult[departments.size()][this.courses.size()];
        this.rolledUp = new TrickleDownResult[departments.size()][this.courses.size()];
        // course id -> person id -> every training; course id -> whether its trainings are classes
        Map<Long, Map<Long, List<Instant>>> everyByCourse = new HashMap<>();
        Map<Long, Boolean> inClass = new HashMap<>();
        for (TrainingRow training : everyTraining) {
            if (peopleById.containsKey(training.personId())) {
                everyByCourse.computeIfAbsent(training.courseId(), id -> new HashMap<>())
                        .computeIfAbsent(training.personId(), id -> new ArrayList<>()).add(training.trainedAt());
                inClass.put(training.courseId(), training.inClass());
            }
        }
        Map<Long, Integer> refresherMonths = new HashMap<>();
        courses.forEach(course -> refresherMonths.put(course.id(), course.refresherMonths()));
        Instant countedAt = round.countedAt(now);
        List<TrainingRow> firstInRound = new ArrayList<>();
        Map<Long, Map<Long, TrainingHistory>> histories = new HashMap<>();
        everyByCourse.forEach((courseId, byPerson) -> byPerson.forEach((personId, trainings) -> {
            TrainingHistory history = TrainingHistory.of(personId, trainings);
            histories.computeIfAbsent(courseId, id -> new HashMap<>()).put(personId, history);
            Instant first = TrickleDownRules.firstTrainingIn(history, round);
            if (first != null) {
                firstInRound.add(new TrainingRow(personId, courseId, first, inClass.get(courseId)));
            }
            Instant shown = peopleById.get(personId).isStaff() ? first
                    : heldAt(history, refresherMonths.get(courseId), countedAt);
            if (shown != null) {
                trainedAt.computeIfAbsent(courseId, id -> new HashMap<>()).put(personId, shown);
            }
        }));
        this.trainings = firstInRound;
        judgeEveryDepartmentInTheRound(histories, refresherMonths, round, now);
        rollUpEveryDepartment();
    }

    /** The latest training at or before {@code moment} if it is still valid then, else {@code null}. */
    private static Instant heldAt(TrainingHistory history, Integer refresherMonths, Instant moment) {
        Instant latest = null;
        for (Instant training : history.trainings()) {
            if (training.isAfter(moment)) {
                break;
            }
            latest = training;
        }
        return latest != null && TrickleDownRules.isValidAt(latest, refresherMonths, moment) ? latest : null;
    }

    /**
     * From the trickle-down ledger: each department's own result per course is already judged; only the roll-up of
     * the scope's tree is left. Members and trainings are not read, so {@link #members()} and
     * {@link #championRate} are not available.
     *
     * @param own           department id -> course id -> own result where somebody is trained
     * @param nobodyTrained   department id -> its own result in a course nobody of it is trained in
     * @param violations     the scope's violations, in any order
     */
    TrickleDownCalculation(TrickleDownPolicy policy, List<DepartmentRow> departments, List<CourseRow> courses,
                           Map<Long, Map<Long, TrickleDownResult>> own, Map<Long, TrickleDownResult> nobodyTrained,
                           List<OrderViolation> violations) {
        this.policy = policy;
        this.departments = departments;
        this.courses = courses.stream().map(TrickleDownCalculation::courseRef).toList();
        this.people = List.of();
        this.peopleById = Map.of();
        this.trainings = List.of();
        this.own = new TrickleDownResult[departments.size()][this.courses.size()];
        this.rolledUp = new TrickleDownResult[departments.size()][this.courses.size()];
        for (int d = 0; d < departments.size(); d++) {
            Map<Long, TrickleDownResult> judged = own.getOrDefault(departments.get(d).id(), Map.of());
            TrickleDownResult nobody = nobodyTrained.get(departments.get(d).id());
            for (int c = 0; c < this.courses.size(); c++) {
                TrickleDownResult result = judged.get(this.courses.get(c).id());
                this.own[d][c] = result != null ? result : nobody;
            }
        }
        Map<Long, Integer> courseOrder = new HashMap<>();
        for (int i = 0; i < this.courses.size(); i++) {
            courseOrder.put(this.courses.get(i).id(), i);
        }
        this.judgedViolations = violations.stream()
                .sorted(Comparator.comparing((OrderViolation violation) -> courseOrder.get(violation.courseId()))
                        .thenComparing(OrderViolation::staffTrainedAt)
                        .thenComparingLong(OrderViolation::staffPersonId))
                .toList();
        rollUpEveryDepartment();
    }

    TrickleDownPolicy policy() {
        return policy;
    }

    static CourseRef courseRef(CourseRow course) {
        return new CourseRef(course.id(), course.code(), course.title());
    }

    private void judgeEveryDepartment() {
        var judge = new DepartmentJudge<>(people);
        for (int c = 0; c < courses.size(); c++) {
            Map<Long, Instant> trained = trainedAt.getOrDefault(courses.get(c).id(), Map.of());
            for (int d = 0; d < departments.size(); d++) {
                own[d][c] = judge.judge(departments.get(d).id(), trained, policy);
            }
        }
    }

    private void judgeEveryDepartmentInTheRound(Map<Long, Map<Long, TrainingHistory>> histories,
                                                Map<Long, Integer> refresherMonths, Round round, Instant now) {
        var judge = new DepartmentJudge<>(people);
        for (int c = 0; c < courses.size(); c++) {
            long courseId = courses.get(c).id();
            Map<Long, TrainingHistory> ofCourse = histories.getOrDefault(courseId, Map.of());
            for (int d = 0; d < departments.size(); d++) {
                own[d][c] = judge.judgeRound(departments.get(d).id(), ofCourse, refresherMonths.get(courseId), round,
                        now, policy);
            }
        }
    }

    private void rollUpEveryDepartment() {
        Map<Long, Integer> index = new HashMap<>();
        for (int d = 0; d < departments.size(); d++) {
            index.put(departments.get(d).id(), d);
        }
        List<List<Integer>> children = new ArrayList<>();
        departments.forEach(department -> children.add(new ArrayList<>()));
        for (int d = 0; d < departments.size(); d++) {
            Integer parent = departments.get(d).parentId() == null ? null : index.get(departments.get(d).parentId());
            if (parent != null) {
                children.get(parent).add(d);
            }
        }
        List<TrickleDownResult> parts = new ArrayList<>();
        // departments come in tree order, so walking them backwards meets every child before its parent
        for (int d = departments.size() - 1; d >= 0; d--) {
            List<Integer> childrenOf = children.get(d);
            for (int c = 0; c < courses.size(); c++) {
                if (childrenOf.isEmpty()) {
                    rolledUp[d][c] = TrickleDownRules.rollUp(List.of(own[d][c]));
                    continue;
                }
                parts.clear();
                parts.add(own[d][c]);
                for (int child : childrenOf) {
                    parts.add(rolledUp[child][c]);
                }
                rolledUp[d][c] = TrickleDownRules.rollUp(parts);
            }
        }
    }

    TrickleDownReport report() {
        List<DepartmentCourseStatus> rows = new ArrayList<>();
        for (int d = 0; d < departments.size(); d++) {
            DepartmentRow department = departments.get(d);
            for (int c = 0; c < courses.size(); c++) {
                rows.add(new DepartmentCourseStatus(department.id(), department.name(), department.parentId(),
                        department.depth(), courses.get(c).id(), TrickleDownCell.of(own[d][c]),
                        TrickleDownCell.of(rolledUp[d][c])));
            }
        }
        return new TrickleDownReport(policy, courses, rows, violations());
    }

    private List<OrderViolation> violations() {
        if (judgedViolations != null) {
            return judgedViolations;
        }
        Map<Long, String> departmentNames = departments.stream()
                .collect(Collectors.toMap(DepartmentRow::id, DepartmentRow::name));
        List<OrderViolation> violations = new ArrayList<>();
        for (int c = 0; c < courses.size(); c++) {
            CourseRef course = courses.get(c);
            int courseIndex = c;
            List<Violation> ofCourse = Arrays.stream(own)
                    .flatMap(byCourse -> byCourse[courseIndex].violations().stream())
                    .sorted(Comparator.comparing(Violation::staffTrainedAt)
                            .thenComparingLong(Violation::staffPersonId))
                    .toList();
            for (Violation violation : ofCourse) {
                PersonRow staff = peopleById.get(violation.staffPersonId());
                PersonRow manager = violation.managerPersonId() == null ? null
                        : peopleById.get(violation.managerPersonId());
                violations.add(new OrderViolation(course.id(), course.title(), staff.departmentId(),
                        departmentNames.get(staff.departmentId()), staff.id(), staff.name(),
                        violation.staffTrainedAt(), violation.managerPersonId(),
                        manager == null ? null : manager.name(), violation.managerTrainedAt()));
            }
        }
        return violations;
    }

    Optional<String> departmentName(long departmentId) {
        return departments.stream().filter(department -> department.id() == departmentId)
                .map(DepartmentRow::name).findFirst();
    }

    /** Every person read, by name, with when they were trained in each course. */
    List<MemberTraining> members() {
        Map<Long, Map<Long, Instant>> byPerson = new HashMap<>();
        trainedAt.forEach((courseId, people) -> people.forEach((personId, at) ->
                byPerson.computeIfAbsent(personId, id -> new HashMap<>()).put(courseId, at)));
        return people.stream()
                .map(person -> new MemberTraining(person.id(), person.name(), Level.valueOf(person.level()),
                        person.departmentId(), person.departmentName(), byPerson.getOrDefault(person.id(), Map.of())))
                .toList();
    }

    /** Each department with members, its courses combined by the roll-up rule, on its own members. */
    Map<Long, TrickleDownStatus> departmentStatuses() {
        Map<Long, TrickleDownStatus> statuses = new LinkedHashMap<>();
        for (int d = 0; d < departments.size(); d++) {
            TrickleDownResult combined = TrickleDownRules.rollUp(List.of(own[d]));
            if (combined.members() > 0) {
                statuses.put(departments.get(d).id(), combined.status());
            }
        }
        return statuses;
    }

    int violationCount() {
        int count = 0;
        for (TrickleDownResult[] byCourse : own) {
            for (TrickleDownResult result : byCourse) {
                count += result.violationCount();
            }
        }
        return count;
    }

    LeadershipMatrix leadershipMatrix() {
        List<PersonRow> leaders = people.stream().filter(TrickleDownCalculation::isLeader).toList();
        List<TrainingRow> classes = trainings.stream().filter(TrainingRow::inClass).toList();
        return leadershipMatrix(courses, leaders, classes);
    }

    static boolean isLeader(PersonRow person) {
        return "EXECUTIVE".equals(person.level()) || "SENIOR_LEADER".equals(person.level());
    }

    static LeadershipMatrix leadershipMatrix(List<CourseRef> courses, List<PersonRow> leaders,
                                             List<TrainingRow> classTrainings) {
        Set<Long> leaderIds = leaders.stream().map(PersonRow::id).collect(Collectors.toSet());
        List<LeaderCourse> attended = classTrainings.stream()
                .filter(TrainingRow::inClass)
                .map(training -> new LeaderCourse(training.personId(), training.courseId()))
                .filter(pair -> leaderIds.contains(pair.leaderPersonId()))
                .toList();
        Map<Long, Set<Long>> coursesByLeader = attended.stream().collect(Collectors.groupingBy(
                LeaderCourse::leaderPersonId, Collectors.mapping(LeaderCourse::courseId, Collectors.toSet())));
        List<LeaderAttendance> rows = leaders.stream()
                .map(leader -> new LeaderAttendance(leader.id(), leader.name(), leader.level(),
                        leader.departmentId(), leader.departmentName(),
                        coursesByLeader.getOrDefault(leader.id(), Set.of())))
                .toList();
        Map<Long, Share> byCourse = courses.stream().collect(Collectors.toMap(CourseRef::id,
                course -> TrickleDownRules.leadershipCoverage(leaderIds, List.of(course.id()), attended)));
        Share overall = TrickleDownRules.leadershipCoverage(leaderIds,
                courses.stream().map(CourseRef::id).toList(), attended);
        return new LeadershipMatrix(courses, rows, byCourse, overall);
    }

    /**
     * Trained reports are active STAFF with a direct manager, per course they are trained in; the day of training
     * is taken in UTC, like the instants stored. Only reports with a check-in can be reinforced, so only they are
     * handed to the rules one by one; the others just count.
     */
    Share championRate(Collection<CheckInRow> checkInsByDirectManager, int windowDays) {
        Map<PersonCourse, List<LocalDate>> checkInDays = checkInsByDirectManager.stream().collect(Collectors.groupingBy(
                checkIn -> new PersonCourse(checkIn.personId(), checkIn.courseId()),
                Collectors.mapping(CheckInRow::occurredOn, Collectors.toList())));
        int trainedReports = 0;
        List<TrainedReport> checkedIn = new ArrayList<>();
        for (TrainingRow training : trainings) {
            PersonRow person = peopleById.get(training.personId());
            if (person.isStaff() && person.reportsToId() != null) {
                trainedReports++;
                List<LocalDate> days = checkInDays.get(new PersonCourse(training.personId(), training.courseId()));
                if (days != null) {
                    checkedIn.add(new TrainedReport(training.personId(),
                            LocalDate.ofInstant(training.trainedAt(), ZoneOffset.UTC), days));
                }
            }
        }
        return Share.of(TrickleDownRules.championRate(checkedIn, windowDays).count(), trainedReports);
    }

    private record PersonCourse(long personId, long courseId) {
    }
}
