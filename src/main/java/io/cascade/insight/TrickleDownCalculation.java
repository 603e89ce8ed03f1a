package io.cascade.insight;

import io.cascade.insight.internal.TrickleDownQueries.CheckInRow;
import io.cascade.insight.internal.TrickleDownQueries.CourseRow;
import io.cascade.insight.internal.TrickleDownQueries.DepartmentRow;
import io.cascade.insight.internal.TrickleDownQueries.PersonRow;
import io.cascade.insight.internal.TrickleDownQueries.TrainingRow;
import io.cascade.organization.Level;
import io.cascade.trickledown.LeaderCourse;
import io.cascade.trickledown.Share;
import io.cascade.trickledown.Trainee;
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
    /** department id -> course id -> result */
    private final Map<Long, Map<Long, TrickleDownResult>> own = new HashMap<>();
    private final Map<Long, Map<Long, TrickleDownResult>> rolledUp = new HashMap<>();

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
        judgeEveryDepartment();
        rollUpEveryDepartment();
    }

    /**
     * From the trickle-down ledger: each department's own result per course is already judged; only the roll-up of
     * the scope's tree is left. Members and trainings are not read, so {@link #members()} and
     * {@link #championRate} are not available.
     *
     * @param own        department id -> course id -> own result, for every department and course of the scope
     * @param violations the scope's violations, in any order
     */
    TrickleDownCalculation(TrickleDownPolicy policy, List<DepartmentRow> departments, List<CourseRow> courses,
                           Map<Long, Map<Long, TrickleDownResult>> own, List<OrderViolation> violations) {
        this.policy = policy;
        this.departments = departments;
        this.courses = courses.stream().map(TrickleDownCalculation::courseRef).toList();
        this.people = List.of();
        this.peopleById = Map.of();
        this.trainings = List.of();
        this.own.putAll(own);
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
        // split the members once, not once per course: at 400 departments and 50 courses that is 20,000 times
        Map<Long, List<PersonRow>> managers = new HashMap<>();
        Map<Long, List<PersonRow>> staff = new HashMap<>();
        for (PersonRow person : people) {
            (person.isStaff() ? staff : managers).computeIfAbsent(person.departmentId(), id -> new ArrayList<>())
                    .add(person);
        }
        for (CourseRef course : courses) {
            Map<Long, Instant> trained = trainedAt.getOrDefault(course.id(), Map.of());
            for (DepartmentRow department : departments) {
                TrickleDownResult result = TrickleDownRules.evaluate(
                        trainees(managers.getOrDefault(department.id(), List.of()), trained),
                        trainees(staff.getOrDefault(department.id(), List.of()), trained), policy);
                own.computeIfAbsent(department.id(), id -> new HashMap<>()).put(course.id(), result);
            }
        }
    }

    private void rollUpEveryDepartment() {
        Map<Long, List<Long>> children = new HashMap<>();
        departments.forEach(department -> {
            if (department.parentId() != null) {
                children.computeIfAbsent(department.parentId(), parent -> new ArrayList<>()).add(department.id());
            }
        });
        for (CourseRef course : courses) {
            // departments come in tree order, so walking them backwards meets every child before its parent
            for (DepartmentRow department : departments.reversed()) {
                List<TrickleDownResult> parts = new ArrayList<>();
                parts.add(own.get(department.id()).get(course.id()));
                children.getOrDefault(department.id(), List.of())
                        .forEach(child -> parts.add(rolledUp.get(child).get(course.id())));
                rolledUp.computeIfAbsent(department.id(), id -> new HashMap<>())
                        .put(course.id(), TrickleDownRules.rollUp(parts));
            }
        }
    }

    private static List<Trainee> trainees(List<PersonRow> members, Map<Long, Instant> trained) {
        List<Trainee> trainees = new ArrayList<>(members.size());
        for (PersonRow member : members) {
            trainees.add(new Trainee(member.id(), trained.get(member.id())));
        }
        return trainees;
    }

    TrickleDownReport report() {
        List<DepartmentCourseStatus> rows = new ArrayList<>();
        for (DepartmentRow department : departments) {
            for (CourseRef course : courses) {
                rows.add(new DepartmentCourseStatus(department.id(), department.name(), department.parentId(),
                        department.depth(), course.id(),
                        TrickleDownCell.of(own.get(department.id()).get(course.id())),
                        TrickleDownCell.of(rolledUp.get(department.id()).get(course.id()))));
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
        for (CourseRef course : courses) {
            List<Violation> ofCourse = departments.stream()
                    .flatMap(department -> own.get(department.id()).get(course.id()).violations().stream())
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
        for (DepartmentRow department : departments) {
            TrickleDownResult combined = TrickleDownRules.rollUp(own.get(department.id()).values());
            if (combined.members() > 0) {
                statuses.put(department.id(), combined.status());
            }
        }
        return statuses;
    }

    int violationCount() {
        return own.values().stream()
                .flatMap(byCourse -> byCourse.values().stream())
                .mapToInt(TrickleDownResult::violationCount)
                .sum();
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
