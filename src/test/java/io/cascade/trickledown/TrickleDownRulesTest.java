package io.cascade.trickledown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.cascade.trickledown.TrickleDownPolicy.LENIENT;
import static io.cascade.trickledown.TrickleDownPolicy.STRICT;
import static io.cascade.trickledown.TrickleDownStatus.IN_ORDER;
import static io.cascade.trickledown.TrickleDownStatus.MANAGERS_IN_PROGRESS;
import static io.cascade.trickledown.TrickleDownStatus.NOT_STARTED;
import static io.cascade.trickledown.TrickleDownStatus.NO_MANAGERS;
import static io.cascade.trickledown.TrickleDownStatus.OUT_OF_ORDER;
import static io.cascade.trickledown.TrickleDownStatus.READY_FOR_STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The trickle-down rules as a table of small organisations with known answers. Managers have ids 1-9, staff 10+;
 * {@code day(n)} is the start of a class n days into the rollout, so the same day means the same session.
 */
class TrickleDownRulesTest {

    private static final Instant ROLLOUT = Instant.parse("2025-03-03T09:00:00Z");
    private static final Integer ONE_OFF = null;
    private static final Integer YEARLY = 12;
    private static final Round WINDOW = new Round(day(0), day(60));
    private static final Instant NOW = day(400);

    // ---------------------------------------------------------------- one department, one course

    static Stream<Arguments> departments() {
        return Stream.of(
                argumentSet("an empty department has not started and has nothing wrong",
                        STRICT, none(), none(),
                        expect(NOT_STARTED, 0, 0, 0, 0)),
                argumentSet("nobody trained yet: not started",
                        STRICT, List.of(untrained(1), untrained(2)), List.of(untrained(10), untrained(11)),
                        expect(NOT_STARTED, 0, 2, 0, 2)),
                argumentSet("one of two managers trained, no staff: managers in progress",
                        STRICT, List.of(trained(1, 1), untrained(2)), List.of(untrained(10)),
                        expect(MANAGERS_IN_PROGRESS, 1, 2, 0, 1)),
                argumentSet("every manager trained, no staff: ready for staff",
                        STRICT, List.of(trained(1, 1), trained(2, 2)), List.of(untrained(10), untrained(11)),
                        expect(READY_FOR_STAFF, 2, 2, 0, 2)),
                argumentSet("a department of managers only, all trained, stays ready for staff",
                        STRICT, List.of(trained(1, 1)), none(),
                        expect(READY_FOR_STAFF, 1, 1, 0, 0)),
                argumentSet("a department of managers only, none trained, has not started",
                        STRICT, List.of(untrained(1)), none(),
                        expect(NOT_STARTED, 0, 1, 0, 0)),
                argumentSet("managers first, then staff: in order",
                        STRICT, List.of(trained(1, 1), trained(2, 2)), List.of(trained(10, 5), untrained(11)),
                        expect(IN_ORDER, 2, 2, 1, 2)),
                argumentSet("strict: staff in the same session as the only manager is out of order",
                        STRICT, List.of(trained(1, 3)), List.of(trained(10, 3)),
                        expect(OUT_OF_ORDER, 1, 1, 1, 1, violation(10, 3, 1, 3))),
                argumentSet("lenient: staff in the same session as the only manager is out of order",
                        LENIENT, List.of(trained(1, 3)), List.of(trained(10, 3)),
                        expect(OUT_OF_ORDER, 1, 1, 1, 1, violation(10, 3, 1, 3))),
                argumentSet("strict: staff in the same session as the last manager is out of order",
                        STRICT, List.of(trained(1, 1), trained(2, 3)), List.of(trained(10, 3)),
                        expect(OUT_OF_ORDER, 2, 2, 1, 1, violation(10, 3, 2, 3))),
                argumentSet("lenient: staff in the same session as the last manager is in order",
                        LENIENT, List.of(trained(1, 1), trained(2, 3)), List.of(trained(10, 3)),
                        expect(IN_ORDER, 2, 2, 1, 1)),
                argumentSet("strict: staff trained before any manager names the manager trained last",
                        STRICT, List.of(trained(1, 5), trained(2, 6)), List.of(trained(10, 3)),
                        expect(OUT_OF_ORDER, 2, 2, 1, 1, violation(10, 3, 2, 6))),
                argumentSet("lenient: staff trained before any manager names the manager trained first",
                        LENIENT, List.of(trained(1, 5), trained(2, 6)), List.of(trained(10, 3)),
                        expect(OUT_OF_ORDER, 2, 2, 1, 1, violation(10, 3, 1, 5))),
                argumentSet("strict: one manager trained late puts only the staff trained before them out of order",
                        STRICT, List.of(trained(1, 1), trained(2, 10)), List.of(trained(10, 5), trained(11, 12)),
                        expect(OUT_OF_ORDER, 2, 2, 2, 2, violation(10, 5, 2, 10))),
                argumentSet("lenient: one manager trained late is fine once another manager was trained",
                        LENIENT, List.of(trained(1, 1), trained(2, 10)), List.of(trained(10, 5), trained(11, 12)),
                        expect(IN_ORDER, 2, 2, 2, 2)),
                argumentSet("strict: a manager never trained puts every trained staff member out of order",
                        STRICT, List.of(trained(1, 1), untrained(2)), List.of(trained(10, 5), trained(11, 6)),
                        expect(OUT_OF_ORDER, 1, 2, 2, 2, violation(10, 5, 2, null), violation(11, 6, 2, null))),
                argumentSet("strict: an untrained manager is named before one trained later",
                        STRICT, List.of(trained(1, 8), untrained(2), untrained(3)), List.of(trained(10, 5)),
                        expect(OUT_OF_ORDER, 1, 3, 1, 1, violation(10, 5, 2, null))),
                argumentSet("lenient: staff may start while some managers are still untrained",
                        LENIENT, List.of(trained(1, 1), untrained(2)), List.of(trained(10, 5)),
                        expect(IN_ORDER, 1, 2, 1, 1)),
                argumentSet("lenient: staff trained while no manager is names an untrained manager",
                        LENIENT, List.of(untrained(2), untrained(1)), List.of(trained(10, 5)),
                        expect(OUT_OF_ORDER, 0, 2, 1, 1, violation(10, 5, 1, null))),
                argumentSet("staff without managers cannot be judged, trained or not",
                        STRICT, none(), List.of(trained(10, 1), untrained(11)),
                        expect(NO_MANAGERS, 0, 0, 1, 2)),
                argumentSet("staff without managers, nobody trained",
                        LENIENT, none(), List.of(untrained(10)),
                        expect(NO_MANAGERS, 0, 0, 0, 1)),
                argumentSet("violations are listed earliest staff training first",
                        STRICT, List.of(trained(1, 9)), List.of(trained(11, 4), trained(10, 2), trained(12, 10)),
                        expect(OUT_OF_ORDER, 1, 1, 3, 3, violation(10, 2, 1, 9), violation(11, 4, 1, 9))));
    }

    @ParameterizedTest(name = "{0}: {1} managers, {2} trained: open {3}")
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            STRICT,  0, 0, true
            STRICT,  2, 0, false
            STRICT,  2, 1, false
            STRICT,  2, 2, true
            LENIENT, 0, 0, true
            LENIENT, 2, 0, false
            LENIENT, 2, 1, true
            LENIENT, 2, 2, true
            """)
    void shouldLetStaffIntoAClassOnlyOnceTheirManagersWentFirst(TrickleDownPolicy policy, int managers,
            int managersTrained, boolean open) {
        assertThat(TrickleDownRules.isGateOpen(policy, managers, managersTrained)).isEqualTo(open);
    }

    @ParameterizedTest
    @MethodSource("departments")
    void shouldJudgeTheOrderInWhichADepartmentWasTrained(TrickleDownPolicy policy, List<Trainee> managers,
                                                         List<Trainee> staff, TrickleDownResult expected) {
        assertThat(TrickleDownRules.evaluate(managers, staff, policy)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("departments")
    void shouldJudgeARoundOfEveryTrainingInAOneOffCourseAsAllTime(TrickleDownPolicy policy, List<Trainee> managers,
                                                                  List<Trainee> staff, TrickleDownResult expected) {
        assertThat(TrickleDownRules.evaluateRound(histories(managers), histories(staff), ONE_OFF, Round.unbounded(),
                day(1000), policy)).isEqualTo(expected);
    }

    // ---------------------------------------------------------------- valid training

    static Stream<Arguments> validities() {
        Instant trained = Instant.parse("2024-03-15T09:00:00Z");
        return Stream.of(
                argumentSet("a one-off course's training is valid ever after",
                        trained, ONE_OFF, Instant.parse("2044-03-15T09:00:00Z"), true),
                argumentSet("a training is valid from the instant it happens",
                        trained, YEARLY, trained, true),
                argumentSet("a training is not valid before it happens",
                        trained, ONE_OFF, trained.minusSeconds(1), false),
                argumentSet("a 12-month refresher is valid 11 months later",
                        trained, YEARLY, Instant.parse("2025-02-15T09:00:00Z"), true),
                argumentSet("at most the interval: valid at the very instant 12 calendar months later",
                        trained, YEARLY, Instant.parse("2025-03-15T09:00:00Z"), true),
                argumentSet("a second past 12 calendar months the training has expired",
                        trained, YEARLY, Instant.parse("2025-03-15T09:00:01Z"), false),
                argumentSet("13 months later a 12-month refresher has expired",
                        trained, YEARLY, Instant.parse("2025-04-15T09:00:00Z"), false),
                argumentSet("calendar months in UTC: trained on 31 January, a 1-month interval ends on 28 February",
                        Instant.parse("2025-01-31T10:00:00Z"), 1, Instant.parse("2025-02-28T10:00:00Z"), true),
                argumentSet("calendar months in UTC: trained on 31 January, expired on 1 March",
                        Instant.parse("2025-01-31T10:00:00Z"), 1, Instant.parse("2025-03-01T00:00:00Z"), false));
    }

    @ParameterizedTest
    @MethodSource("validities")
    void shouldHoldATrainingValidForAtMostTheRefresherInterval(Instant trainedAt, Integer refresherMonths,
                                                               Instant moment, boolean valid) {
        assertThat(TrickleDownRules.isValidAt(trainedAt, refresherMonths, moment)).isEqualTo(valid);
    }

    @Test
    void shouldSayWhenATrainingExpires() {
        assertThat(TrickleDownRules.validUntil(Instant.parse("2024-02-29T08:00:00Z"), 12))
                .isEqualTo(Instant.parse("2025-02-28T08:00:00Z"));
        assertThat(TrickleDownRules.validUntil(Instant.parse("2024-02-29T08:00:00Z"), ONE_OFF)).isNull();
    }

    // ---------------------------------------------------------------- training rounds

    static Stream<Arguments> rounds() {
        // the round is [day 0, day 60); "now" is day 400 unless a row says otherwise; staff train on day 5
        return Stream.of(
                argumentSet("one-off course: a manager trained a year before the window counts as trained, staff "
                                + "trained in the window are in order",
                        STRICT, ONE_OFF, WINDOW, NOW,
                        List.of(history(1, day(-365))), List.of(history(10, day(5)), history(11)),
                        expect(IN_ORDER, 1, 1, 1, 2)),
                argumentSet("12-month refresher: a manager trained 13 months before the staff member does not hold a "
                                + "valid training: out of order",
                        STRICT, YEARLY, WINDOW, NOW,
                        List.of(history(1, monthsBefore(13, day(5)))), List.of(history(10, day(5))),
                        expect(OUT_OF_ORDER, 0, 1, 1, 1, violation(10, 5, 1, null))),
                argumentSet("12-month refresher: a manager retrained inside the interval holds a valid training",
                        STRICT, YEARLY, WINDOW, NOW,
                        List.of(history(1, monthsBefore(20, day(5)), monthsBefore(11, day(5)))),
                        List.of(history(10, day(5))),
                        expect(IN_ORDER, 0, 1, 1, 1)),
                argumentSet("12-month refresher: a manager trained exactly 12 months before still holds it",
                        STRICT, YEARLY, WINDOW, NOW,
                        List.of(history(1, monthsBefore(12, day(5)))), List.of(history(10, day(5))),
                        expect(IN_ORDER, 0, 1, 1, 1)),
                argumentSet("12-month refresher: a manager whose training expired and who retrained in the window "
                                + "is named with that later training",
                        STRICT, YEARLY, WINDOW, NOW,
                        List.of(history(1, day(-30)), history(2, monthsBefore(13, day(5)), day(20))),
                        List.of(history(10, day(5))),
                        expect(OUT_OF_ORDER, 2, 2, 1, 1, violation(10, 5, 2, 20))),
                argumentSet("strict: a manager never trained is named before one whose training expired",
                        STRICT, YEARLY, WINDOW, NOW,
                        List.of(history(2, monthsBefore(13, day(5)), day(20)), history(3)),
                        List.of(history(10, day(5))),
                        expect(OUT_OF_ORDER, 1, 2, 1, 1, violation(10, 5, 3, null))),
                argumentSet("staff trained twice in the window are judged by their first training in the window",
                        STRICT, ONE_OFF, WINDOW, NOW,
                        List.of(history(1, day(3))), List.of(history(10, day(1), day(10))),
                        expect(OUT_OF_ORDER, 1, 1, 1, 1, violation(10, 1, 1, 3))),
                argumentSet("staff trained before the window and again in it are judged by the training in it",
                        STRICT, ONE_OFF, WINDOW, NOW,
                        List.of(history(1, day(2))), List.of(history(10, day(-100), day(5))),
                        expect(IN_ORDER, 1, 1, 1, 1)),
                argumentSet("staff trained only before the window do not count",
                        STRICT, ONE_OFF, WINDOW, NOW,
                        List.of(history(1, day(-60))), List.of(history(10, day(-30)), history(11, day(-200))),
                        expect(READY_FOR_STAFF, 1, 1, 0, 2)),
                argumentSet("staff trained only after the window do not count",
                        STRICT, ONE_OFF, WINDOW, NOW,
                        List.of(history(1, day(70))), List.of(history(10, day(80))),
                        expect(NOT_STARTED, 0, 1, 0, 1)),
                argumentSet("a manager trained long before and again in their staff's session held a valid training",
                        STRICT, ONE_OFF, WINDOW, NOW,
                        List.of(history(1, day(-300), day(5))), List.of(history(10, day(5))),
                        expect(IN_ORDER, 1, 1, 1, 1)),
                argumentSet("same session is still not before: a manager first trained with their staff is out of order",
                        STRICT, ONE_OFF, WINDOW, NOW,
                        List.of(history(1, day(5))), List.of(history(10, day(5))),
                        expect(OUT_OF_ORDER, 1, 1, 1, 1, violation(10, 5, 1, 5))),
                argumentSet("a manager trained after the window is named with that training, not 'not yet'",
                        STRICT, ONE_OFF, WINDOW, NOW,
                        List.of(history(1, day(70))), List.of(history(10, day(5))),
                        expect(OUT_OF_ORDER, 0, 1, 1, 1, violation(10, 5, 1, 70))),
                argumentSet("lenient needs only one manager valid before t",
                        LENIENT, YEARLY, WINDOW, NOW,
                        List.of(history(1, monthsBefore(13, day(5))), history(2, day(-10))),
                        List.of(history(10, day(5))),
                        expect(IN_ORDER, 1, 2, 1, 1)),
                argumentSet("strict: the same department is out of order while one manager's training expired",
                        STRICT, YEARLY, WINDOW, NOW,
                        List.of(history(1, monthsBefore(13, day(5))), history(2, day(-10))),
                        List.of(history(10, day(5))),
                        expect(OUT_OF_ORDER, 1, 2, 1, 1, violation(10, 5, 1, null))),
                argumentSet("lenient: no manager valid before t names the one trained next",
                        LENIENT, YEARLY, WINDOW, NOW,
                        List.of(history(1, monthsBefore(13, day(5)), day(20)), history(2, day(8))),
                        List.of(history(10, day(5))),
                        expect(OUT_OF_ORDER, 2, 2, 1, 1, violation(10, 5, 2, 8))),
                argumentSet("k of M: managers holding a valid training at the end of the window, not when staff "
                                + "trained",
                        STRICT, YEARLY, WINDOW, NOW,
                        List.of(history(1, day(-340))), List.of(history(10, day(5))),
                        expect(IN_ORDER, 0, 1, 1, 1)),
                argumentSet("k of M: a window that ends in the future counts what managers hold now",
                        STRICT, YEARLY, new Round(day(0), day(400)), day(30),
                        List.of(history(1, day(1))), List.of(history(10, day(10))),
                        expect(IN_ORDER, 1, 1, 1, 1)),
                argumentSet("k of M: a manager trained after the window is not trained in it",
                        STRICT, ONE_OFF, WINDOW, NOW,
                        List.of(history(1, day(-10)), history(2, day(70))), List.of(history(10)),
                        expect(MANAGERS_IN_PROGRESS, 1, 2, 0, 1)),
                argumentSet("staff trained in the window without managers cannot be judged",
                        STRICT, YEARLY, WINDOW, NOW,
                        none(), List.of(history(10, day(5))),
                        expect(NO_MANAGERS, 0, 0, 1, 1)),
                argumentSet("violations in a round are listed earliest staff training first",
                        STRICT, ONE_OFF, WINDOW, NOW,
                        List.of(history(1, day(30))), List.of(history(11, day(9)), history(10, day(4), day(2))),
                        expect(OUT_OF_ORDER, 1, 1, 2, 2, violation(10, 2, 1, 30), violation(11, 9, 1, 30))));
    }

    @ParameterizedTest
    @MethodSource("rounds")
    void shouldJudgeEachStaffMembersFirstTrainingInTheRoundByTheManagersValidTraining(
            TrickleDownPolicy policy, Integer refresherMonths, Round round, Instant now,
            List<TrainingHistory> managers, List<TrainingHistory> staff, TrickleDownResult expected) {
        assertThat(TrickleDownRules.evaluateRound(managers, staff, refresherMonths, round, now, policy))
                .isEqualTo(expected);
    }

    @Test
    void shouldJudgeOneStaffTrainingWhateverTheWindow() {
        List<TrainingHistory> managers = List.of(history(1, monthsBefore(13, day(5)), day(20)), history(2, day(-10)));

        assertThat(TrickleDownRules.judgeTraining(10, day(5), managers, YEARLY, STRICT))
                .hasValue(violation(10, 5, 1, 20));
        assertThat(TrickleDownRules.judgeTraining(10, day(5), managers, YEARLY, LENIENT)).isEmpty();
        assertThat(TrickleDownRules.judgeTraining(10, day(25), managers, YEARLY, STRICT)).isEmpty();
        assertThat(TrickleDownRules.judgeTraining(10, day(5), List.of(), YEARLY, STRICT))
                .as("no managers: cannot be judged").isEmpty();
    }

    @Test
    void shouldSayWhetherAManagerHeldAValidTrainingStrictlyBefore() {
        TrainingHistory manager = history(1, day(0), day(400));

        assertThat(TrickleDownRules.heldValidTrainingBefore(manager, YEARLY, day(0))).as("same session").isFalse();
        assertThat(TrickleDownRules.heldValidTrainingBefore(manager, YEARLY, day(1))).isTrue();
        assertThat(TrickleDownRules.heldValidTrainingBefore(manager, YEARLY, day(390))).as("expired").isFalse();
        assertThat(TrickleDownRules.heldValidTrainingBefore(manager, YEARLY, day(400))).as("same session").isFalse();
        assertThat(TrickleDownRules.holdsValidTraining(manager, YEARLY, day(400))).as("at the session").isTrue();
        assertThat(TrickleDownRules.holdsValidTraining(manager, YEARLY, day(390))).isFalse();
        assertThat(TrickleDownRules.holdsValidTraining(history(2), ONE_OFF, day(390))).isFalse();
    }

    // ---------------------------------------------------------------- roll-up of a parent department

    static Stream<Arguments> rollUps() {
        TrickleDownResult bad = TrickleDownRules.evaluate(List.of(trained(1, 4)), List.of(trained(10, 2)), STRICT);
        return Stream.of(
                argumentSet("one bad child makes the parent out of order",
                        List.of(part(IN_ORDER, 2, 2, 3, 5), bad, part(NOT_STARTED, 0, 1, 0, 4)),
                        new TrickleDownResult(OUT_OF_ORDER, 3, 4, 4, 10, bad.violations())),
                argumentSet("a parent with an untouched child is in order once staff training began elsewhere",
                        List.of(part(IN_ORDER, 1, 1, 2, 2), part(NOT_STARTED, 0, 2, 0, 3)),
                        new TrickleDownResult(IN_ORDER, 1, 3, 2, 5, List.of())),
                argumentSet("an untouched child next to a ready one: managers in progress",
                        List.of(part(READY_FOR_STAFF, 2, 2, 0, 2), part(NOT_STARTED, 0, 2, 0, 3)),
                        new TrickleDownResult(MANAGERS_IN_PROGRESS, 2, 4, 0, 5, List.of())),
                argumentSet("managers in progress in one child, ready in the other: managers in progress",
                        List.of(part(READY_FOR_STAFF, 2, 2, 0, 2), part(MANAGERS_IN_PROGRESS, 1, 2, 0, 3)),
                        new TrickleDownResult(MANAGERS_IN_PROGRESS, 3, 4, 0, 5, List.of())),
                argumentSet("every child ready: ready for staff",
                        List.of(part(READY_FOR_STAFF, 2, 2, 0, 2), part(READY_FOR_STAFF, 1, 1, 0, 3)),
                        new TrickleDownResult(READY_FOR_STAFF, 3, 3, 0, 5, List.of())),
                argumentSet("nothing started anywhere: not started",
                        List.of(part(NOT_STARTED, 0, 2, 0, 2), part(NOT_STARTED, 0, 1, 0, 3)),
                        new TrickleDownResult(NOT_STARTED, 0, 3, 0, 5, List.of())),
                argumentSet("a parent without members or children has not started",
                        List.of(),
                        new TrickleDownResult(NOT_STARTED, 0, 0, 0, 0, List.of())),
                argumentSet("empty parts are ignored: an empty parent over a ready child is ready",
                        List.of(part(NOT_STARTED, 0, 0, 0, 0), part(READY_FOR_STAFF, 1, 1, 0, 3)),
                        new TrickleDownResult(READY_FOR_STAFF, 1, 1, 0, 3, List.of())),
                argumentSet("a child without managers does not stop the others being in order",
                        List.of(part(NO_MANAGERS, 0, 0, 2, 4), part(IN_ORDER, 1, 1, 1, 1)),
                        new TrickleDownResult(IN_ORDER, 1, 1, 3, 5, List.of())),
                argumentSet("only children without managers: no managers",
                        List.of(part(NOT_STARTED, 0, 0, 0, 0), part(NO_MANAGERS, 0, 0, 0, 4),
                                part(NO_MANAGERS, 0, 0, 1, 2)),
                        new TrickleDownResult(NO_MANAGERS, 0, 0, 1, 6, List.of())));
    }

    @ParameterizedTest
    @MethodSource("rollUps")
    void shouldRollUpAParentDepartmentFromItsParts(List<TrickleDownResult> parts, TrickleDownResult expected) {
        assertThat(TrickleDownRules.rollUp(parts)).isEqualTo(expected);
    }

    @Test
    void shouldGiveTheSameStatusWhetherChildrenAreRolledUpFirstOrAllAtOnce() {
        List<TrickleDownResult> leaves = List.of(part(NOT_STARTED, 0, 1, 0, 1), part(READY_FOR_STAFF, 1, 1, 0, 1),
                part(IN_ORDER, 1, 1, 1, 1), part(NO_MANAGERS, 0, 0, 1, 1), part(MANAGERS_IN_PROGRESS, 1, 2, 0, 1),
                part(NOT_STARTED, 0, 0, 0, 0));
        for (int split = 0; split <= leaves.size(); split++) {
            TrickleDownResult firstChild = TrickleDownRules.rollUp(leaves.subList(0, split));
            TrickleDownResult secondChild = TrickleDownRules.rollUp(leaves.subList(split, leaves.size()));
            assertThat(TrickleDownRules.rollUp(List.of(firstChild, secondChild)))
                    .as("split at %d", split)
                    .isEqualTo(TrickleDownRules.rollUp(leaves));
        }
    }

    // ---------------------------------------------------------------- leadership participation

    static Stream<Arguments> coverages() {
        List<Long> leaders = List.of(1L, 2L);
        List<Long> courses = List.of(100L, 200L);
        return Stream.of(
                argumentSet("three of four leader-course pairs attended",
                        leaders, courses, List.of(pair(1, 100), pair(1, 200), pair(2, 100)), Share.of(3, 4)),
                argumentSet("no leader attended anything",
                        leaders, courses, List.of(), Share.of(0, 4)),
                argumentSet("a course attended twice by the same leader counts once",
                        leaders, courses, List.of(pair(1, 100), pair(1, 100)), Share.of(1, 4)),
                argumentSet("attendance outside the matrix (another course, a non-leader) is ignored",
                        leaders, courses, List.of(pair(1, 300), pair(9, 100), pair(2, 200)), Share.of(1, 4)),
                argumentSet("no leaders: nothing to cover, not 100%",
                        List.of(), courses, List.of(pair(1, 100)), Share.of(0, 0)),
                argumentSet("no courses: nothing to cover, not 100%",
                        leaders, List.of(), List.of(), Share.of(0, 0)));
    }

    @ParameterizedTest
    @MethodSource("coverages")
    void shouldMeasureLeadershipCoverageAsTheShareOfAttendedPairs(List<Long> leaders, List<Long> courses,
                                                                  List<LeaderCourse> attended, Share expected) {
        assertThat(TrickleDownRules.leadershipCoverage(leaders, courses, attended)).isEqualTo(expected);
    }

    @Test
    void shouldReportAnEmptyShareAsNoPercentageRatherThanFullMarks() {
        assertThat(Share.of(0, 0).percent()).isEmpty();
        assertThat(Share.of(3, 4).percent()).hasValue(75.0);
        assertThat(Share.of(0, 4).ratio()).hasValue(0.0);
    }

    // ---------------------------------------------------------------- reinforcement

    static Stream<Arguments> checkIns() {
        LocalDate trained = LocalDate.of(2025, 3, 1);
        return Stream.of(
                argumentSet("a check-in on the day of training is on time", trained, trained, 30, true),
                argumentSet("a check-in the day after training is on time", trained, trained.plusDays(1), 30, true),
                argumentSet("a check-in on day 30 is on time", trained, LocalDate.of(2025, 3, 31), 30, true),
                argumentSet("a check-in on day 31 is late", trained, LocalDate.of(2025, 4, 1), 30, false),
                argumentSet("a check-in before the training is not reinforcement", trained,
                        trained.minusDays(1), 30, false),
                argumentSet("a window of 0 days allows only the day of training", trained, trained.plusDays(1), 0,
                        false),
                argumentSet("a window of 7 days ends on day 7", trained, trained.plusDays(7), 7, true));
    }

    @ParameterizedTest
    @MethodSource("checkIns")
    void shouldCountACheckInAsOnTimeOnlyWithinTheWindowAfterTraining(LocalDate trainedOn, LocalDate checkInOn,
                                                                     int windowDays, boolean onTime) {
        assertThat(TrickleDownRules.isCheckInOnTime(trainedOn, checkInOn, windowDays)).isEqualTo(onTime);
    }

    static Stream<Arguments> championRates() {
        LocalDate trained = LocalDate.of(2025, 3, 1);
        TrainedReport onTime = new TrainedReport(10, trained, List.of(trained.plusDays(12)));
        TrainedReport late = new TrainedReport(11, trained, List.of(trained.plusDays(45)));
        TrainedReport never = new TrainedReport(12, trained, List.of());
        TrainedReport lateThenOnTime = new TrainedReport(13, trained,
                List.of(trained.plusDays(40), trained.plusDays(30)));
        return Stream.of(
                argumentSet("one of three trained reports reinforced on time", List.of(onTime, late, never),
                        Share.of(1, 3)),
                argumentSet("one on-time check-in among late ones is enough", List.of(lateThenOnTime, never),
                        Share.of(1, 2)),
                argumentSet("every trained report reinforced", List.of(onTime, lateThenOnTime), Share.of(2, 2)),
                argumentSet("no trained reports: no rate, not 100%", List.of(), Share.of(0, 0)));
    }

    @ParameterizedTest
    @MethodSource("championRates")
    void shouldRateAManagerByTheTrainedReportsReinforcedOnTime(List<TrainedReport> reports, Share expected) {
        assertThat(TrickleDownRules.championRate(reports, 30)).isEqualTo(expected);
    }

    // ---------------------------------------------------------------- organisation builders

    private static Instant day(int day) {
        return ROLLOUT.plus(day, ChronoUnit.DAYS);
    }

    private static Instant monthsBefore(int months, Instant moment) {
        return moment.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    private static TrainingHistory history(long personId, Instant... trainings) {
        return TrainingHistory.of(personId, trainings);
    }

    /** Each person's only training, if any, as a history. */
    private static List<TrainingHistory> histories(List<Trainee> trainees) {
        return trainees.stream().map(trainee -> trainee.isTrained()
                ? TrainingHistory.of(trainee.personId(), trainee.trainedAt())
                : TrainingHistory.untrained(trainee.personId())).toList();
    }

    private static Trainee trained(long personId, int day) {
        return new Trainee(personId, day(day));
    }

    private static Trainee untrained(long personId) {
        return Trainee.untrained(personId);
    }

    private static List<Trainee> none() {
        return List.of();
    }

    private static Violation violation(long staff, int staffDay, long manager, Integer managerDay) {
        return new Violation(staff, day(staffDay), manager, managerDay == null ? null : day(managerDay));
    }

    private static TrickleDownResult expect(TrickleDownStatus status, int managersTrained, int managers,
                                            int staffTrained, int staff, Violation... violations) {
        return new TrickleDownResult(status, managersTrained, managers, staffTrained, staff, List.of(violations));
    }

    private static TrickleDownResult part(TrickleDownStatus status, int managersTrained, int managers,
                                          int staffTrained, int staff) {
        return new TrickleDownResult(status, managersTrained, managers, staffTrained, staff, new ArrayList<>());
    }

    private static LeaderCourse pair(long leader, long course) {
        return new LeaderCourse(leader, course);
    }
}
