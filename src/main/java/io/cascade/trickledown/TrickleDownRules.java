package io.cascade.trickledown;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static io.cascade.trickledown.TrickleDownStatus.IN_ORDER;
import static io.cascade.trickledown.TrickleDownStatus.MANAGERS_IN_PROGRESS;
import static io.cascade.trickledown.TrickleDownStatus.NOT_STARTED;
import static io.cascade.trickledown.TrickleDownStatus.NO_MANAGERS;
import static io.cascade.trickledown.TrickleDownStatus.OUT_OF_ORDER;
import static io.cascade.trickledown.TrickleDownStatus.READY_FOR_STAFF;

/**
 * The trickle-down rules (docs/domain.md, "Trickle-down, precisely"), as pure functions.
 *
 * <h2>One department, one course: {@link #evaluate}</h2>
 * <ul>
 *   <li>A staff member trained at t is an <em>order violation</em> when, under {@link TrickleDownPolicy#STRICT},
 *       at least one manager was not trained strictly before t; under {@link TrickleDownPolicy#LENIENT}, when no
 *       manager was trained strictly before t. The same instant (the same session) is not "before".</li>
 *   <li>The manager named by a violation: strict names an untrained manager if there is one (the lowest id), else
 *       the manager trained last; lenient names the earliest-trained manager, or an untrained one (the lowest id)
 *       when no manager is trained. Ties between equal instants go to the lowest person id.</li>
 *   <li>Status, first matching rule wins:
 *     <ol>
 *       <li>no members at all (M = 0, S = 0): NOT_STARTED (nothing to train, nothing wrong);</li>
 *       <li>staff but no managers (M = 0, S &gt; 0): NO_MANAGERS whether or not staff are trained, with no violations
 *           listed: the order cannot be judged;</li>
 *       <li>a violation: OUT_OF_ORDER;</li>
 *       <li>a staff member trained (j &gt; 0): IN_ORDER (under lenient policy possible with k &lt; M);</li>
 *       <li>k = 0: NOT_STARTED; k &lt; M: MANAGERS_IN_PROGRESS; k = M: READY_FOR_STAFF. A department of managers
 *           only (S = 0) never gets further than READY_FOR_STAFF: there is nobody left to train.</li>
 *     </ol></li>
 * </ul>
 *
 * <h2>A parent department: {@link #rollUp}</h2>
 * The parts are the result of the parent's own direct members and the rolled-up result of each child. Counts and
 * violations are summed. Parts without members are ignored; parts with NO_MANAGERS are not judged (they show their
 * data problem on their own row). Then, first matching rule wins:
 * <ol>
 *   <li>any part OUT_OF_ORDER: OUT_OF_ORDER;</li>
 *   <li>no judged part: NO_MANAGERS if some part has members (all of them lack managers), else NOT_STARTED;</li>
 *   <li>any judged part IN_ORDER (staff training began somewhere, no violation anywhere): IN_ORDER;</li>
 *   <li>every judged part NOT_STARTED: NOT_STARTED; every judged part READY_FOR_STAFF: READY_FOR_STAFF;</li>
 *   <li>otherwise (manager training started somewhere but not finished everywhere): MANAGERS_IN_PROGRESS.</li>
 * </ol>
 * Rolling up rolled-up children gives the same status as rolling up all their departments at once.
 *
 * <h2>Training rounds and valid training: {@link #evaluateRound}</h2>
 * docs/domain.md, "Rounds and valid training". All time (no round) stays {@link #evaluate} on each person's first
 * training; a round judges by what managers <em>hold</em>:
 * <ul>
 *   <li>A training at t is <em>valid at u</em> ({@link #isValidAt}) when u &ge; t and the course has no refresher
 *       interval, or u is at most the interval after t: {@code refresher_months} calendar months added to t in UTC
 *       ({@link #validUntil}; a day that the target month lacks becomes its last day, 31 January + 1 month =
 *       28 February, as the learning module's refresher due days do). "At most": the boundary is inclusive, a
 *       training is still valid at the very instant its interval ends.</li>
 *   <li>A person <em>holds a valid training at u</em> ({@link #holdsValidTraining}) when some training at m &le; u
 *       is valid at u; they <em>held a valid training strictly before t</em> ({@link #heldValidTrainingBefore}) when
 *       some training at m &lt; t is valid at t. The same instant (the same session) is still not "before".</li>
 *   <li>One staff training at t is judged against the managers' training histories ({@link #judgeTraining}),
 *       whatever the round: under STRICT it is a violation when some manager held no valid training strictly before
 *       t, under LENIENT when none did. It does not depend on the window, so it can be judged once per training
 *       and kept.</li>
 *   <li>The manager named by such a violation keeps the all-time rule, where a manager who held no valid training
 *       before t counts as trained at their next training at or after t ({@code null}: not yet): strict names an
 *       untrained manager first (the lowest id), else the one trained last; lenient names the one trained first
 *       (untrained last). Ties go to the lowest person id.</li>
 *   <li>A round [from, to) ({@link Round}, either end open) judges each staff member's <em>first</em> training in
 *       the window; staff trained only outside it do not count (j excludes them) and a later training in the window
 *       is not judged again. Staff trained j of S = staff with a training in the window; managers trained k of M =
 *       managers holding a valid training at the end of the window, or now if earlier ({@link Round#countedAt}).
 *       The status follows from the counts as above ({@link #status(int, int, int, int, int)}).</li>
 * </ul>
 * For a course without a refresher interval and a round that covers every training, a round gives the same result
 * as {@link #evaluate} on the first trainings.
 *
 * <h2>Leadership participation and reinforcement</h2>
 * Coverage is attended (leader, course) pairs of all pairs ({@link #leadershipCoverage}); a check-in is on time on
 * the day of training or within {@code windowDays} days after it, both ends inclusive ({@link #isCheckInOnTime});
 * the champion rate is trained reports with an on-time check-in of all trained reports ({@link #championRate}).
 */
public final class TrickleDownRules {

    /** The default reinforcement window, used when no setting says otherwise. */
    public static final int DEFAULT_WINDOW_DAYS = 30;

    private static final Comparator<Violation> BY_VIOLATION_TIME_THEN_ID = Comparator
            .comparing(Violation::staffTrainedAt).thenComparingLong(Violation::staffPersonId);

    private static final Comparator<Trainee> BY_TRAINING_THEN_ID = Comparator
            .comparing(Trainee::trainedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Trainee::personId);

    private TrickleDownRules() {
    }

    /**
     * The managers-first gate: whether a staff member of a department whose {@code managers} members above STAFF
     * include {@code managersTrained} trained in the course may join a class of it. Under STRICT every manager goes
     * first, under LENIENT one is enough; a department without managers cannot be judged and lets its staff in.
     */
    public static boolean isGateOpen(TrickleDownPolicy policy, int managers, int managersTrained) {
        if (managers == 0) {
            return true;
        }
        return policy == TrickleDownPolicy.STRICT ? managersTrained >= managers : managersTrained > 0;
    }

    /**
     * Judges one department for one course.
     *
     * @param managers the department's members above STAFF, trained or not
     * @param staff    the department's STAFF members, trained or not
     */
    public static TrickleDownResult evaluate(Collection<Trainee> managers, Collection<Trainee> staff,
                                             TrickleDownPolicy policy) {
        int managersTrained = (int) managers.stream().filter(Trainee::isTrained).count();
        int staffTrained = (int) staff.stream().filter(Trainee::isTrained).count();
        List<Violation> violations = managers.isEmpty() ? List.of() : violations(managers, staff, policy);
        TrickleDownStatus status = status(managers.size(), managersTrained, staff.size(), staffTrained, violations);
        return new TrickleDownResult(status, managersTrained, managers.size(), staffTrained, staff.size(), violations);
    }

    private static TrickleDownStatus status(int managers, int managersTrained, int staff, int staffTrained,
                                            List<Violation> violations) {
        return status(managers, managersTrained, staff, staffTrained, violations.size());
    }

    /**
     * The status of one department's own members from its counts alone (see the class comment, "Status"): for
     * figures judged elsewhere, such as the ledger's, whose violations are counted, not listed.
     */
    public static TrickleDownStatus status(int managers, int managersTrained, int staff, int staffTrained,
                                           int violations) {
        if (managers == 0) {
            return staff == 0 ? NOT_STARTED : NO_MANAGERS;
        }
        if (violations > 0) {
            return OUT_OF_ORDER;
        }
        if (staffTrained > 0) {
            return IN_ORDER;
        }
        if (managersTrained == 0) {
            return NOT_STARTED;
        }
        return managersTrained < managers ? MANAGERS_IN_PROGRESS : READY_FOR_STAFF;
    }

    private static List<Violation> violations(Collection<Trainee> managers, Collection<Trainee> staff,
                                              TrickleDownPolicy policy) {
        List<Trainee> managersInOrder = managers.stream().sorted(BY_TRAINING_THEN_ID).toList();
        return staff.stream()
                .filter(Trainee::isTrained)
                .sorted(BY_TRAINING_THEN_ID)
                .flatMap(member -> blockingManager(member, managersInOrder, policy)
                        .map(manager -> new Violation(member.personId(), member.trainedAt(),
                                manager.personId(), manager.trainedAt()))
                        .stream())
                .toList();
    }

    /** The manager who makes this staff member's training out of order, if any. Managers sorted by training. */
    private static Optional<Trainee> blockingManager(Trainee member, List<Trainee> managersInOrder,
                                                     TrickleDownPolicy policy) {
        return switch (policy) {
            case STRICT -> {
                List<Trainee> notBefore = managersInOrder.stream()
                        .filter(manager -> !manager.trainedBefore(member.trainedAt()))
                        .toList();
                if (notBefore.isEmpty()) {
                    yield Optional.empty();
                }
                // sorted untrained-last: the last one is untrained, or else trained last; the lowest id among equals
                Instant latest = notBefore.getLast().trainedAt();
                yield notBefore.stream().filter(manager -> Objects.equals(manager.trainedAt(), latest)).findFirst();
            }
            case LENIENT -> managersInOrder.getFirst().trainedBefore(member.trainedAt())
                    ? Optional.empty()
                    : Optional.of(managersInOrder.getFirst());
        };
    }

    // ---------------------------------------------------------------- rounds and valid training

    /**
     * The last instant at which a training at {@code trainedAt} is valid: {@code refresherMonths} calendar months
     * later in UTC (a missing day becomes the month's last), or {@code null} when the course has no refresher
     * interval and the training never expires.
     */
    public static Instant validUntil(Instant trainedAt, Integer refresherMonths) {
        return refresherMonths == null ? null
                : trainedAt.atOffset(ZoneOffset.UTC).plusMonths(refresherMonths).toInstant();
    }

    /**
     * Whether a training at {@code trainedAt} is valid at {@code moment}: not before it happened, and at most the
     * refresher interval after it (inclusive), or at any later time for a course without one.
     */
    public static boolean isValidAt(Instant trainedAt, Integer refresherMonths, Instant moment) {
        if (moment.isBefore(trainedAt)) {
            return false;
        }
        Instant until = validUntil(trainedAt, refresherMonths);
        return until == null || !moment.isAfter(until);
    }

    /** Whether the person holds a valid training at {@code moment}: one at or before it, still valid then. */
    public static boolean holdsValidTraining(TrainingHistory person, Integer refresherMonths, Instant moment) {
        // the latest training at or before the moment is the one most likely still valid
        Instant latest = null;
        for (Instant training : person.trainings()) {
            if (training.isAfter(moment)) {
                break;
            }
            latest = training;
        }
        return latest != null && isValidAt(latest, refresherMonths, moment);
    }

    /**
     * Whether the person held a valid training strictly before {@code moment}: one before it (the same instant, the
     * same session, is not before) that is still valid at {@code moment}.
     */
    public static boolean heldValidTrainingBefore(TrainingHistory person, Integer refresherMonths, Instant moment) {
        Instant latest = null;
        for (Instant training : person.trainings()) {
            if (!training.isBefore(moment)) {
                break;
            }
            latest = training;
        }
        return latest != null && isValidAt(latest, refresherMonths, moment);
    }

    /**
     * Judges one staff training at {@code trainedAt} against the managers' training histories (see the class
     * comment, "Training rounds"): the violation with the manager it names, or empty when it is in order. A
     * department without managers cannot be judged: empty.
     */
    public static Optional<Violation> judgeTraining(long staffPersonId, Instant trainedAt,
                                                    Collection<TrainingHistory> managers, Integer refresherMonths,
                                                    TrickleDownPolicy policy) {
        if (managers.isEmpty()) {
            return Optional.empty();
        }
        // the managers who held no valid training before t, as trained at their next training (null: not yet)
        List<Trainee> notHeld = new ArrayList<>();
        for (TrainingHistory manager : managers) {
            if (!heldValidTrainingBefore(manager, refresherMonths, trainedAt)) {
                notHeld.add(new Trainee(manager.personId(), manager.firstAtOrAfter(trainedAt)));
            }
        }
        boolean violation = policy == TrickleDownPolicy.STRICT ? !notHeld.isEmpty()
                : notHeld.size() == managers.size();
        if (!violation) {
            return Optional.empty();
        }
        notHeld.sort(BY_TRAINING_THEN_ID);
        Trainee named = policy == TrickleDownPolicy.STRICT ? trainedLast(notHeld) : notHeld.getFirst();
        return Optional.of(new Violation(staffPersonId, trainedAt, named.personId(), named.trainedAt()));
    }

    /** Sorted untrained-last: an untrained one (the lowest id) if any, else the one trained last (the lowest id). */
    private static Trainee trainedLast(List<Trainee> sorted) {
        Instant latest = sorted.getLast().trainedAt();
        for (Trainee trainee : sorted) {
            if (Objects.equals(trainee.trainedAt(), latest)) {
                return trainee;
            }
        }
        throw new IllegalStateException("unreachable: the last one has the latest training");
    }

    /** The person's first training in the round, or {@code null} when they have none in it. */
    public static Instant firstTrainingIn(TrainingHistory person, Round round) {
        for (Instant training : person.trainings()) {
            if (round.contains(training)) {
                return training;
            }
        }
        return null;
    }

    /**
     * Judges one department for one course in a training round (see the class comment, "Training rounds"): each
     * staff member's first training in the round against what the managers held, managers counted at the end of
     * the round or {@code now} if earlier.
     *
     * @param managers the department's members above STAFF, each with every training in the course
     * @param staff    the department's STAFF members, each with every training in the course
     */
    public static TrickleDownResult evaluateRound(Collection<TrainingHistory> managers,
                                                  Collection<TrainingHistory> staff, Integer refresherMonths,
                                                  Round round, Instant now, TrickleDownPolicy policy) {
        Instant countedAt = round.countedAt(now);
        int managersTrained = 0;
        for (TrainingHistory manager : managers) {
            if (holdsValidTraining(manager, refresherMonths, countedAt)) {
                managersTrained++;
            }
        }
        int staffTrained = 0;
        List<Violation> violations = new ArrayList<>();
        for (TrainingHistory member : staff) {
            Instant first = firstTrainingIn(member, round);
            if (first != null) {
                staffTrained++;
                judgeTraining(member.personId(), first, managers, refresherMonths, policy).ifPresent(violations::add);
            }
        }
        violations.sort(BY_VIOLATION_TIME_THEN_ID);
        return new TrickleDownResult(status(managers.size(), managersTrained, staff.size(), staffTrained,
                violations.size()), managersTrained, managers.size(), staffTrained, staff.size(), violations);
    }

    /**
     * Rolls up a parent department from its parts: the result of its own direct members and the rolled-up result
     * of each child department. See the class comment for the rules.
     */
    public static TrickleDownResult rollUp(Collection<TrickleDownResult> parts) {
        // a dashboard rolls up every department of a large organisation in every course: plain loops, and the
        // violations copied and sorted only when more than one part has some
        List<Violation> violations = List.of();
        int partsWithViolations = 0;
        int managersTrained = 0, managers = 0, staffTrained = 0, staff = 0;
        for (TrickleDownResult part : parts) {
            managersTrained += part.managersTrained();
            managers += part.managers();
            staffTrained += part.staffTrained();
            staff += part.staff();
            if (!part.violations().isEmpty()) {
                partsWithViolations++;
                violations = part.violations();
            }
        }
        if (partsWithViolations > 1) {
            List<Violation> merged = new ArrayList<>();
            parts.forEach(part -> merged.addAll(part.violations()));
            merged.sort(BY_VIOLATION_TIME_THEN_ID);
            violations = merged;
        }
        return new TrickleDownResult(rolledUpStatus(parts), managersTrained, managers, staffTrained, staff,
                violations);
    }

    /**
     * The status of a parent department rolled up from its parts, by the rules of {@link #rollUp}, for parts that
     * carry only a status and a member count.
     */
    public static TrickleDownStatus rollUpStatus(Collection<? extends Judged> parts) {
        return rolledUpStatus(parts);
    }

    private static TrickleDownStatus rolledUpStatus(Collection<? extends Judged> parts) {
        boolean anyWithMembers = false;
        int judged = 0, notStarted = 0, readyForStaff = 0;
        boolean inOrder = false;
        for (Judged part : parts) {
            if (part.members() == 0) {
                continue;
            }
            anyWithMembers = true;
            switch (part.status()) {
                case OUT_OF_ORDER -> {
                    return OUT_OF_ORDER;
                }
                case NO_MANAGERS -> {
                    continue;
                }
                case IN_ORDER -> inOrder = true;
                case NOT_STARTED -> notStarted++;
                case READY_FOR_STAFF -> readyForStaff++;
                default -> {
                }
            }
            judged++;
        }
        if (judged == 0) {
            return anyWithMembers ? NO_MANAGERS : NOT_STARTED;
        }
        if (inOrder) {
            return IN_ORDER;
        }
        if (notStarted == judged) {
            return NOT_STARTED;
        }
        if (readyForStaff == judged) {
            return READY_FOR_STAFF;
        }
        return MANAGERS_IN_PROGRESS;
    }

    /**
     * Leadership coverage: of all (leader, course) pairs, the share attended. Attended pairs outside the given
     * leaders and courses are ignored; no leaders or no courses give an empty share, not 100%.
     */
    public static Share leadershipCoverage(Collection<Long> leaderIds, Collection<Long> courseIds,
                                           Collection<LeaderCourse> attended) {
        Set<Long> leaders = new HashSet<>(leaderIds);
        Set<Long> courses = new HashSet<>(courseIds);
        int attendedPairs = (int) attended.stream()
                .distinct()
                .filter(pair -> leaders.contains(pair.leaderPersonId()) && courses.contains(pair.courseId()))
                .count();
        return Share.of(attendedPairs, leaders.size() * courses.size());
    }

    /**
     * A reinforcement check-in is on time from the day of training (a coaching talk the same afternoon counts) up
     * to and including {@code windowDays} days after it. A check-in before the training is not reinforcement.
     */
    public static boolean isCheckInOnTime(LocalDate trainedOn, LocalDate checkInOn, int windowDays) {
        return !checkInOn.isBefore(trainedOn) && !checkInOn.isAfter(trainedOn.plusDays(windowDays));
    }

    /** Champion rate: trained reports with at least one on-time check-in, of all trained reports. */
    public static Share championRate(Collection<TrainedReport> trainedReports, int windowDays) {
        int reinforced = (int) trainedReports.stream()
                .filter(report -> report.checkInDays().stream()
                        .anyMatch(day -> isCheckInOnTime(report.trainedOn(), day, windowDays)))
                .count();
        return Share.of(reinforced, trainedReports.size());
    }
}
