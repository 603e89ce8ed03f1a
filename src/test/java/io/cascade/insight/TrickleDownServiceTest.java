package io.cascade.insight;

import io.cascade.CascadeSpringTest;
import io.cascade.OrganisationRows;
import io.cascade.organization.Level;
import io.cascade.trickledown.Share;
import io.cascade.trickledown.TrickleDownPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static io.cascade.trickledown.TrickleDownStatus.IN_ORDER;
import static io.cascade.trickledown.TrickleDownStatus.MANAGERS_IN_PROGRESS;
import static io.cascade.trickledown.TrickleDownStatus.NOT_STARTED;
import static io.cascade.trickledown.TrickleDownStatus.NO_MANAGERS;
import static io.cascade.trickledown.TrickleDownStatus.OUT_OF_ORDER;
import static io.cascade.trickledown.TrickleDownStatus.READY_FOR_STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Trickle-down on MariaDB, on a small organisation inserted by each test (in its own transaction, rolled back) and
 * filtered by its own ids, so other rows in the database do not matter:
 * <pre>
 * Trickle Co       Cleo (EXECUTIVE), Victor (SENIOR_LEADER)
 *   Service        (no members)
 *     Front Desk   Mia (MANAGER), Sam (SUPERVISOR), Ann and Bob (STAFF, report to Mia), Ivy (MANAGER, inactive)
 *     Call Centre  Carl (MANAGER), Cora (SUPERVISOR), Dan and Eve (STAFF, report to Carl)
 *     Back Office  Olga (MANAGER), Pete (STAFF, reports to Olga)
 *   Warehouse      Walt (STAFF, no manager)
 * </pre>
 * Course "basics" has classes (day n = a class n days into the rollout):
 * day 0 CANCELLED: Carl, Sam present; day 1: Cleo, Mia, Cora, Ivy present, Sam late; day 5: Ann, Dan, Walt present,
 * Bob excused, Victor absent; day 8: Carl present, Bob absent; day 10: Bob present. Eve completed it online on day 2
 * (ignored: the course has classes). Course "online" has no classes: completions Olga days 3 and 2, Pete day 4,
 * Cleo day 1.
 */
@CascadeSpringTest
@Import(StatementCountingDataSource.Wrapping.class)
@Transactional
@WithMockUser(roles = "EXECUTIVE")
class TrickleDownServiceTest {

    private static final Instant ROLLOUT = Instant.parse("2025-03-03T09:00:00Z");
    /** The rows of {@code app_setting} the figures depend on, written straight to the table. */
    private static final String POLICY_SETTING = "trickle-down.policy";
    private static final String WINDOW_SETTING = "reinforcement.window-days";

    @Autowired
    TrickleDownService service;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    /** The organisation is written with plain JDBC, past the services the ledger follows: rebuilt after writing. */
    @Autowired
    TrickleDownLedger ledger;

    @Autowired
    io.cascade.scheduling.EnrolmentService enrolments;

    @Autowired
    io.cascade.organization.OrganizationAdminService organization;

    @Autowired
    io.cascade.organization.SettingsService settings;

    @Autowired
    io.cascade.organization.PeopleImportService peopleImport;

    @Autowired
    io.cascade.catalog.CourseService courses;

    private final String run = Long.toString(System.nanoTime(), 36);
    private int employeeNumber;
    private OrganisationRows rows;

    long company, serviceDivision, frontDesk, callCentre, backOffice, warehouse;
    long cleo, victor, mia, sam, ann, bob, ivy, carl, cora, dan, eve, olga, pete, walt;
    long basics, online;

    @BeforeEach
    void insertTheOrganisation() {
        rows = new OrganisationRows(JdbcClient.create(jdbc), ROLLOUT);
        rows.setting(POLICY_SETTING, "STRICT");
        rows.setting(WINDOW_SETTING, "30");

        company = rows.department("Trickle Co " + run, null);
        serviceDivision = rows.department("Service " + run, company);
        frontDesk = rows.department("Front Desk " + run, serviceDivision);
        callCentre = rows.department("Call Centre " + run, serviceDivision);
        backOffice = rows.department("Back Office " + run, serviceDivision);
        warehouse = rows.department("Warehouse " + run, company);

        cleo = person("Cleo", "EXECUTIVE", company, null);
        victor = person("Victor", "SENIOR_LEADER", company, cleo);
        mia = person("Mia", "MANAGER", frontDesk, victor);
        sam = person("Sam", "SUPERVISOR", frontDesk, mia);
        ann = person("Ann", "STAFF", frontDesk, mia);
        bob = person("Bob", "STAFF", frontDesk, mia);
        ivy = person("Ivy", "MANAGER", frontDesk, victor);
        jdbc.update("update person set active = false where id = ?", ivy);
        carl = person("Carl", "MANAGER", callCentre, victor);
        cora = person("Cora", "SUPERVISOR", callCentre, carl);
        dan = person("Dan", "STAFF", callCentre, carl);
        eve = person("Eve", "STAFF", callCentre, carl);
        olga = person("Olga", "MANAGER", backOffice, victor);
        pete = person("Pete", "STAFF", backOffice, olga);
        walt = person("Walt", "STAFF", warehouse, null);

        basics = course("basics");
        online = course("online");

        long cancelled = session(basics, 0);
        jdbc.update("update class_session set cancelled_at = ? where id = ?", utc(day(0)), cancelled);
        rows.attended(cancelled, "PRESENT", carl, sam);
        long dayOne = session(basics, 1);
        rows.attended(dayOne, "PRESENT", cleo, mia, cora, ivy);
        rows.attended(dayOne, "LATE", sam);
        long dayFive = session(basics, 5);
        rows.attended(dayFive, "PRESENT", ann, dan, walt);
        rows.attended(dayFive, "EXCUSED", bob);
        rows.attended(dayFive, "ABSENT", victor);
        long dayEight = session(basics, 8);
        rows.attended(dayEight, "PRESENT", carl);
        rows.attended(dayEight, "ABSENT", bob);
        rows.attended(session(basics, 10), "PRESENT", bob);
        completed(eve, basics, 2);

        completed(olga, online, 3);
        completed(olga, online, 2);
        completed(pete, online, 4);
        completed(cleo, online, 1);
        ledger.rebuild();
    }

    @Test
    void shouldJudgeEveryDepartmentAndRollUpTheDivision() {
        TrickleDownReport report = service.report(TrickleDownScope.allPublishedCourses().inDivision(company));

        assertThat(report.policy()).isEqualTo(TrickleDownPolicy.STRICT);
        assertThat(report.courses()).extracting(CourseRef::id).contains(basics, online);
        assertThat(report.rows()).extracting(DepartmentCourseStatus::departmentId)
                .containsOnly(company, serviceDivision, frontDesk, callCentre, backOffice, warehouse);
        assertThat(own(report, frontDesk, basics)).isEqualTo(cell(IN_ORDER, 2, 2, 2, 2, 0));
        assertThat(own(report, callCentre, basics)).isEqualTo(cell(OUT_OF_ORDER, 2, 2, 1, 2, 1));
        assertThat(own(report, backOffice, basics)).isEqualTo(cell(NOT_STARTED, 0, 1, 0, 1, 0));
        assertThat(own(report, warehouse, basics)).isEqualTo(cell(NO_MANAGERS, 0, 0, 1, 1, 0));
        assertThat(own(report, serviceDivision, basics)).isEqualTo(cell(NOT_STARTED, 0, 0, 0, 0, 0));
        assertThat(rolledUp(report, serviceDivision, basics)).isEqualTo(cell(OUT_OF_ORDER, 4, 5, 3, 5, 1));
        assertThat(own(report, company, basics)).isEqualTo(cell(MANAGERS_IN_PROGRESS, 1, 2, 0, 0, 0));
        assertThat(rolledUp(report, company, basics)).isEqualTo(cell(OUT_OF_ORDER, 5, 7, 4, 6, 1));
        assertThat(rolledUp(report, frontDesk, basics)).isEqualTo(own(report, frontDesk, basics));
    }

    @Test
    void shouldTakeTheEarliestCompletionForACourseWithoutClasses() {
        TrickleDownReport report = service.report(TrickleDownScope.course(online).inDivision(company));

        assertThat(report.courses()).extracting(CourseRef::id).containsExactly(online);
        assertThat(own(report, backOffice, online)).isEqualTo(cell(IN_ORDER, 1, 1, 1, 1, 0));
        assertThat(own(report, callCentre, online)).isEqualTo(cell(NOT_STARTED, 0, 2, 0, 2, 0));
        assertThat(own(report, company, online)).isEqualTo(cell(MANAGERS_IN_PROGRESS, 1, 2, 0, 0, 0));
        assertThat(rolledUp(report, company, online).status()).isEqualTo(IN_ORDER);
        assertThat(report.violations()).isEmpty();
    }

    @Test
    void shouldNameTheStaffMemberTrainedBeforeTheirManagerIgnoringTheCancelledClass() {
        TrickleDownReport report = service.report(TrickleDownScope.course(basics).inDivision(company));

        assertThat(report.violations()).containsExactly(new OrderViolation(basics, "Basics " + run, callCentre,
                "Call Centre " + run, dan, "Dan Tester" + run, day(5), carl, "Carl Tester" + run, day(8)));
    }

    @Test
    void shouldJudgeByTheLenientPolicyWhenAnAdminChoseIt() {
        rows.setting(POLICY_SETTING, "LENIENT");

        TrickleDownReport report = service.report(TrickleDownScope.course(basics).inDivision(company));

        assertThat(report.policy()).isEqualTo(TrickleDownPolicy.LENIENT);
        assertThat(own(report, callCentre, basics)).isEqualTo(cell(IN_ORDER, 2, 2, 1, 2, 0));
        assertThat(rolledUp(report, company, basics)).isEqualTo(cell(IN_ORDER, 5, 7, 4, 6, 0));
        assertThat(report.violations()).isEmpty();
    }

    @Test
    void shouldJudgeTheStaffTrainedInARoundByWhatTheirManagersHeld() {
        TrickleDownReport firstWeek = service.report(
                TrickleDownScope.course(basics).inDivision(company).inRound(day(0), day(6)));

        // Bob was excused on day 5 and Carl trained only on day 8, after the round: named with that later class
        assertThat(own(firstWeek, frontDesk, basics)).isEqualTo(cell(IN_ORDER, 2, 2, 1, 2, 0));
        assertThat(own(firstWeek, callCentre, basics)).isEqualTo(cell(OUT_OF_ORDER, 1, 2, 1, 2, 1));
        assertThat(firstWeek.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.staffPersonId()).isEqualTo(dan);
            assertThat(violation.managerPersonId()).isEqualTo(carl);
            assertThat(violation.managerTrainedAt()).as("his next class, after the round").isEqualTo(day(8));
        });

        TrickleDownReport laterRound = service.report(
                TrickleDownScope.course(basics).inDivision(company).inRound(day(6), null));

        // a one-off course: the managers' training in the earlier round still holds, Bob is in order; Dan, trained
        // only before this round, does not count in it
        assertThat(own(laterRound, frontDesk, basics)).isEqualTo(cell(IN_ORDER, 2, 2, 1, 2, 0));
        assertThat(own(laterRound, callCentre, basics)).isEqualTo(cell(READY_FOR_STAFF, 2, 2, 0, 2, 0));
        assertThat(laterRound.violations()).isEmpty();
    }

    @Test
    void shouldFindAOneOffCourseInOrderInThisYearsRoundWhenTheManagersTrainedTheYearBefore() {
        long standard = course("standard");
        rows.attended(session(standard, -365), "PRESENT", mia, sam, carl, cora);
        rows.attended(session(standard, 10), "PRESENT", ann, bob, dan);
        ledger.rebuild();
        var thisYear = TrickleDownScope.course(standard).inDivision(serviceDivision).inRound(day(0), day(365));

        TrickleDownReport report = service.report(thisYear);

        assertThat(own(report, frontDesk, standard)).isEqualTo(cell(IN_ORDER, 2, 2, 2, 2, 0));
        assertThat(own(report, callCentre, standard)).isEqualTo(cell(IN_ORDER, 2, 2, 1, 2, 0));
        assertThat(rolledUp(report, serviceDivision, standard).status()).isEqualTo(IN_ORDER);
        assertThat(report.violations()).isEmpty();
        assertThat(service.dashboard(thisYear)).isEqualTo(service.dashboardJudgedPerRequest(thisYear));
    }

    @Test
    void shouldPutStaffOutOfOrderInARefresherRoundWhenTheirManagersTrainingExpired() {
        long refresher = course("refresher", 12);
        // Mia last trained 13 months before her staff, Sam 11 months before; Carl and Cora retrained in time
        rows.attended(session(refresher, -395), "PRESENT", mia, carl, cora);
        rows.attended(session(refresher, -335), "PRESENT", sam, carl, cora);
        rows.attended(session(refresher, 5), "PRESENT", ann, dan);
        ledger.rebuild();
        var round = TrickleDownScope.course(refresher).inDivision(serviceDivision).inRound(day(0), day(20));

        TrickleDownReport report = service.report(round);

        // at the end of the round only Sam holds a valid training (until day 30); Mia's expired a month before
        assertThat(own(report, frontDesk, refresher)).isEqualTo(cell(OUT_OF_ORDER, 1, 2, 1, 2, 1));
        assertThat(report.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.staffPersonId()).isEqualTo(ann);
            assertThat(violation.managerPersonId()).isEqualTo(mia);
            assertThat(violation.managerTrainedAt()).as("not retrained yet").isNull();
        });
        assertThat(own(report, callCentre, refresher)).isEqualTo(cell(IN_ORDER, 2, 2, 1, 2, 0));
        assertThat(own(service.report(TrickleDownScope.course(refresher).inDivision(serviceDivision)), frontDesk,
                refresher)).as("all time judges first trainings: Mia trained before Ann").isEqualTo(
                cell(IN_ORDER, 2, 2, 1, 2, 0));

        rows.setting(POLICY_SETTING, "LENIENT");
        assertThat(own(service.report(round), frontDesk, refresher)).as("Sam's training still held")
                .isEqualTo(cell(IN_ORDER, 1, 2, 1, 2, 0));
        assertThat(service.dashboard(round)).isEqualTo(service.dashboardJudgedPerRequest(round));
    }

    @Test
    void shouldShowWhichLeadersSatInOnEachCourse() {
        LeadershipMatrix matrix = service.leadershipMatrix(
                TrickleDownScope.allPublishedCourses().inDivision(company));

        assertThat(matrix.leaders()).extracting(LeaderAttendance::personId).containsExactlyInAnyOrder(cleo, victor);
        assertThat(leader(matrix, cleo).attended(basics)).isTrue();
        assertThat(leader(matrix, victor).attended(basics)).as("absent is not attended").isFalse();
        assertThat(leader(matrix, cleo).attended(online)).as("completing online is not a class").isFalse();
        assertThat(matrix.coverageByCourse().get(basics)).isEqualTo(Share.of(1, 2));
        assertThat(matrix.coverageByCourse().get(online)).isEqualTo(Share.of(0, 2));

        LeadershipMatrix ofBasics = service.leadershipMatrix(TrickleDownScope.course(basics).inDivision(company));
        assertThat(ofBasics.overall()).isEqualTo(Share.of(1, 2));
        assertThat(ofBasics.overall().percent()).hasValue(50.0);
    }

    @Test
    @WithMockUser(roles = {"EXECUTIVE", "ADMIN"})
    void shouldSumUpTheHeadlinesOfACourse() {
        // Ann reinforced on day 30 after training, Bob on day 31; Mia is not Dan's manager; Carl's is another course
        rows.checkIn(mia, ann, basics, dayOf(5).plusDays(30));
        rows.checkIn(mia, bob, basics, dayOf(10).plusDays(31));
        rows.checkIn(mia, dan, basics, dayOf(6));
        rows.checkIn(carl, dan, online, dayOf(6));
        ledger.rebuild();

        TrickleDownHeadlines headlines = service.headlines(TrickleDownScope.course(basics).inDivision(company));

        assertThat(headlines).isEqualTo(new TrickleDownHeadlines(TrickleDownPolicy.STRICT, 1, 1, 1,
                Share.of(1, 2), 1, Share.of(1, 3)));

        io.cascade.organization.Settings current = settings.current();
        settings.update(new io.cascade.organization.Settings(current.trickleDownPolicy(), current.gateMode(),
                io.cascade.organization.ReinforcementWindow.ofDays(31), current.refresherReminders(),
                current.mailSender(), current.organisationName(), current.language(), current.version()));
        assertThat(service.headlines(TrickleDownScope.course(basics).inDivision(company)).championRate())
                .as("re-judged when the admin saved a longer window").isEqualTo(Share.of(2, 3));
    }

    @Test
    void shouldCountPeopleTrainedPerMonthByLevelAndTheMonthsViolations() {
        rows.attended(session(basics, 61), "PRESENT", victor); // 3 May, after an April without training
        ledger.rebuild();

        TrainingTrend trend = service.trend(TrickleDownScope.allPublishedCourses().inDivision(company));

        assertThat(trend.months()).containsExactly(YearMonth.of(2025, 3), YearMonth.of(2025, 4),
                YearMonth.of(2025, 5));
        // Cleo took both courses in March and counts in each, like violations; Ivy is inactive; Eve's completion
        // of a course with classes does not count
        assertThat(trend.trainedByLevel()).containsOnly(
                entry(Level.EXECUTIVE, List.of(2, 0, 0)),
                entry(Level.SENIOR_LEADER, List.of(0, 0, 1)),
                entry(Level.MANAGER, List.of(3, 0, 0)),
                entry(Level.SUPERVISOR, List.of(2, 0, 0)),
                entry(Level.STAFF, List.of(5, 0, 0)));
        assertThat(trend.violations()).containsExactly(1, 0, 0);

        TrainingTrend laterRound = service.trend(
                TrickleDownScope.course(basics).inDivision(company).inRound(day(6), null));
        assertThat(laterRound.trainedByLevel().get(Level.MANAGER)).as("Carl on day 8").containsExactly(1, 0, 0);
        assertThat(laterRound.trainedByLevel().get(Level.STAFF)).as("Bob on day 10").containsExactly(1, 0, 0);
        assertThat(laterRound.violations()).as("Bob is in order: his managers' training in the earlier round holds")
                .containsExactly(0, 0, 0);
        assertThat(laterRound).isEqualTo(service.trendJudgedPerRequest(
                TrickleDownScope.course(basics).inDivision(company).inRound(day(6), null)));
    }

    @Test
    void shouldShowNoMonthsBeforeAnybodyIsTrained() {
        TrainingTrend trend = service.trend(TrickleDownScope.course(basics).inDivision(company)
                .inRound(day(100), day(200)));

        assertThat(trend.months()).isEmpty();
        assertThat(trend.hasTraining()).isFalse();
    }

    @Test
    void shouldListEachMemberOfADepartmentWithWhenTheyWereTrained() {
        DepartmentDrillDown callCentreBasics = service.departmentDrillDown(callCentre, TrickleDownScope.course(basics))
                .orElseThrow();

        assertThat(callCentreBasics.departmentName()).isEqualTo("Call Centre " + run);
        assertThat(callCentreBasics.status(basics)).hasValueSatisfying(
                row -> assertThat(row.rolledUp()).isEqualTo(cell(OUT_OF_ORDER, 2, 2, 1, 2, 1)));
        assertThat(callCentreBasics.members())
                .extracting(MemberTraining::personId, MemberTraining::isManager, member -> member.trainedAt(basics))
                .containsExactlyInAnyOrder(
                        tuple(carl, true, Optional.of(day(8))),
                        tuple(cora, true, Optional.of(day(1))),
                        tuple(dan, false, Optional.of(day(5))),
                        tuple(eve, false, Optional.empty()));
        assertThat(callCentreBasics.violations(basics)).extracting(OrderViolation::staffPersonId,
                OrderViolation::managerPersonId, OrderViolation::managerTrainedAt).containsExactly(tuple(dan, carl, day(8)));
    }

    @Test
    void shouldDrillDownIntoADivisionWithItsSubDepartments() {
        DepartmentDrillDown division = service.departmentDrillDown(serviceDivision,
                TrickleDownScope.allPublishedCourses()).orElseThrow();

        assertThat(division.status(basics).orElseThrow().rolledUp().status()).isEqualTo(OUT_OF_ORDER);
        assertThat(division.subDepartments(basics)).extracting(DepartmentCourseStatus::departmentId)
                .containsExactlyInAnyOrder(frontDesk, callCentre, backOffice);
        assertThat(division.members()).extracting(MemberTraining::personId)
                .as("Ivy is inactive").containsExactlyInAnyOrder(mia, sam, ann, bob, carl, cora, dan, eve, olga, pete);
        assertThat(division.members()).filteredOn(member -> member.personId() == olga).singleElement()
                .satisfies(member -> assertThat(member.trainedAt(online)).as("earliest completion").hasValue(day(2)));
        assertThat(division.violations(online)).isEmpty();
    }

    @Test
    void shouldFindNoDrillDownForAnUnknownDepartment() {
        assertThat(service.departmentDrillDown(Long.MAX_VALUE, TrickleDownScope.course(basics))).isEmpty();
    }

    @Test
    void shouldRunAFixedNumberOfStatementsForTheTrendAndTheDrillDown() {
        var counter = (StatementCountingDataSource) dataSource;
        var scope = TrickleDownScope.allPublishedCourses().inDivision(company);
        var round = scope.inRound(day(0), day(30));
        int trend = counter.countStatements(() -> service.trend(scope));
        int drillDown = counter.countStatements(() -> service.departmentDrillDown(serviceDivision, scope));
        int roundTrend = counter.countStatements(() -> service.trend(round));
        int roundDrillDown = counter.countStatements(() -> service.departmentDrillDown(serviceDivision, round));

        for (int i = 0; i < 10; i++) {
            rows.attended(session(basics, 30 * i), "PRESENT", person("Staff" + i, "STAFF", backOffice, olga));
        }
        ledger.rebuild();

        assertThat(trend).isEqualTo(2);
        assertThat(drillDown).isEqualTo(5);
        assertThat(roundTrend).isEqualTo(3);
        assertThat(roundDrillDown).isEqualTo(5);
        assertThat(counter.countStatements(() -> service.trend(scope))).isEqualTo(trend);
        assertThat(counter.countStatements(() -> service.departmentDrillDown(serviceDivision, scope)))
                .isEqualTo(drillDown);
        assertThat(counter.countStatements(() -> service.trend(round))).isEqualTo(roundTrend);
        assertThat(counter.countStatements(() -> service.departmentDrillDown(serviceDivision, round)))
                .isEqualTo(roundDrillDown);
    }

    @Test
    void shouldRunTheSameFewStatementsWhateverTheSizeOfTheOrganisation() {
        var counter = (StatementCountingDataSource) dataSource;
        var scope = TrickleDownScope.allPublishedCourses().inDivision(company);

        assertThat(counter.countStatements(() -> service.report(scope))).isEqualTo(6);
        assertThat(counter.countStatements(() -> service.leadershipMatrix(scope))).isEqualTo(3);
        assertThat(counter.countStatements(() -> service.headlines(scope))).isEqualTo(8);
        assertThat(counter.countStatements(() -> service.dashboard(scope))).isEqualTo(8);
        var round = scope.inRound(day(0), day(30));
        assertThat(counter.countStatements(() -> service.report(round))).isEqualTo(8);
        assertThat(counter.countStatements(() -> service.leadershipMatrix(round))).isEqualTo(3);
        assertThat(counter.countStatements(() -> service.headlines(round))).isEqualTo(10);
        assertThat(counter.countStatements(() -> service.dashboard(round))).isEqualTo(10);

        long newTeam = rows.department("New Team " + run, serviceDivision);
        long lead = person("Nora", "MANAGER", newTeam, victor);
        long laterClass = session(basics, 20);
        rows.attended(laterClass, "PRESENT", lead);
        for (int i = 0; i < 25; i++) {
            long member = person("Staff" + i, "STAFF", i % 2 == 0 ? newTeam : backOffice, lead);
            rows.attended(session(basics, 21 + i), "PRESENT", member);
        }
        ledger.rebuild();

        assertThat(counter.countStatements(() -> {
            TrickleDownReport bigger = service.report(scope);
            assertThat(rolledUp(bigger, serviceDivision, basics).staff()).isEqualTo(5 + 25);
        })).isEqualTo(6);
        assertThat(counter.countStatements(() -> service.leadershipMatrix(scope))).isEqualTo(3);
        assertThat(counter.countStatements(() -> service.headlines(scope))).isEqualTo(8);
        assertThat(counter.countStatements(() -> service.dashboard(scope))).isEqualTo(8);
        assertThat(counter.countStatements(() -> {
            TrickleDownReport bigger = service.report(round);
            assertThat(rolledUp(bigger, serviceDivision, basics).staffTrained()).isEqualTo(3 + 9);
        })).isEqualTo(8);
        assertThat(counter.countStatements(() -> service.dashboard(round))).isEqualTo(10);
    }

    @Test
    void shouldShowTheDashboardAsTheThreeSeparateFiguresWouldFromOneReading() {
        rows.checkIn(mia, ann, basics, dayOf(5).plusDays(3));
        ledger.rebuild();
        var scope = TrickleDownScope.allPublishedCourses().inDivision(company);

        TrickleDownDashboard dashboard = service.dashboard(scope);

        assertThat(dashboard.report()).isEqualTo(service.report(scope));
        assertThat(dashboard.leadershipMatrix()).isEqualTo(service.leadershipMatrix(scope));
        assertThat(dashboard.headlines()).isEqualTo(service.headlines(scope));
        assertThat(dashboard.headlines().championRate()).isEqualTo(Share.of(1, 4));
    }

    @Test
    void shouldGiveTheSameFiguresFromTheLedgerAsFromJudgingEveryRow() {
        rows.checkIn(mia, ann, basics, dayOf(5).plusDays(3));
        rows.checkIn(carl, dan, basics, dayOf(9));
        long refresher = course("refresher", 12);
        rows.attended(session(refresher, -395), "PRESENT", mia, carl);
        rows.attended(session(refresher, -335), "PRESENT", sam, cora);
        rows.attended(session(refresher, 5), "PRESENT", ann, dan, walt);
        rows.attended(session(refresher, 40), "PRESENT", mia, bob, ann, eve);
        ledger.rebuild();
        Instant now = Instant.now();
        var division = TrickleDownScope.allPublishedCourses().inDivision(company);
        var wholeDatabase = TrickleDownScope.allPublishedCourses();
        Instant march = Instant.parse("2025-03-01T00:00:00Z");
        Instant april = Instant.parse("2025-04-01T00:00:00Z");
        Instant may = Instant.parse("2025-05-01T00:00:00Z");
        // rounds of whole months, rounds within a month, and rounds that start or end within one (Ann's refresher
        // on 12 April follows her first one on 8 March: her first training in a round from 9 or 15 March)
        List<TrickleDownScope> scopes = List.of(division, division.inRound(day(0), day(30)),
                division.inRound(day(6), null), division.inRound(day(-400), day(3)), division.inRound(null, day(7)),
                division.inRound(march, may), division.inRound(april, null), division.inRound(null, april),
                division.inRound(Instant.parse("2025-03-15T00:00:00Z"), may), division.inRound(day(2), april),
                wholeDatabase, wholeDatabase.inRound(now.minus(365, ChronoUnit.DAYS), now),
                wholeDatabase.inRound(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")),
                wholeDatabase.inRound(Instant.parse("2024-11-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z")),
                wholeDatabase.inRound(Instant.parse("2024-01-01T00:00:00Z"), null),
                division.inRound(Instant.parse("2024-12-01T00:00:00Z"), Instant.parse("2025-03-06T00:00:00Z")),
                wholeDatabase.inRound(day(0), null), TrickleDownScope.course(online).inDivision(serviceDivision),
                TrickleDownScope.course(refresher).inDivision(company).inRound(day(1), day(41)));

        for (String policy : List.of("STRICT", "LENIENT")) {
            rows.setting(POLICY_SETTING, policy);
            for (TrickleDownScope scope : scopes) {
                assertThat(service.dashboard(scope)).as("%s %s", policy, scope)
                        .isEqualTo(service.dashboardJudgedPerRequest(scope));
                assertThat(service.trend(scope)).as("%s %s", policy, scope)
                        .isEqualTo(service.trendJudgedPerRequest(scope));
            }
        }
    }

    @Test
    @WithMockUser(roles = {"EXECUTIVE", "TRAINER", "ADMIN"})
    void shouldFollowAttendanceAndPeopleChangedThroughTheServicesWithoutARebuild() {
        var scope = TrickleDownScope.course(basics).inDivision(company);
        long dayFive = jdbc.queryForObject(
                "select session_id from enrolment where person_id = ? and attendance = 'PRESENT'", Long.class, ann);

        // Ann turns out to have been absent on day 5: only Bob of Front Desk's staff is trained
        enrolments.markAttendance(dayFive, ann, io.cascade.scheduling.AttendanceStatus.ABSENT, null);
        assertThat(own(service.report(scope), frontDesk, basics)).isEqualTo(cell(IN_ORDER, 2, 2, 1, 2, 0));

        // Dan leaves the company: the Call Centre's only violation goes with him, Eve's module completion is no class
        organization.deactivatePerson(dan);
        TrickleDownReport afterLeaving = service.report(scope);
        assertThat(own(afterLeaving, callCentre, basics)).isEqualTo(cell(READY_FOR_STAFF, 2, 2, 0, 1, 0));
        assertThat(afterLeaving.violations()).extracting(OrderViolation::staffPersonId).doesNotContain(dan, ann);

        assertThat(service.dashboard(scope)).isEqualTo(service.dashboardJudgedPerRequest(scope));
        var round = scope.inRound(day(0), day(30));
        assertThat(service.dashboard(round)).isEqualTo(service.dashboardJudgedPerRequest(round));
    }

    @Test
    @WithMockUser(roles = {"EXECUTIVE", "TRAINER"})
    void shouldFollowAnAttendanceChangeInARoundWithoutARebuild() {
        var round = TrickleDownScope.course(basics).inDivision(company).inRound(day(3), day(9));
        assertThat(own(service.report(round), callCentre, basics)).isEqualTo(cell(OUT_OF_ORDER, 2, 2, 1, 2, 1));
        long dayFive = jdbc.queryForObject(
                "select session_id from enrolment where person_id = ? and attendance = 'PRESENT'", Long.class, dan);

        // Dan turns out to have come to the class on day 8 only, with Carl: still out of order (the same session)
        enrolments.markAttendance(dayFive, dan, io.cascade.scheduling.AttendanceStatus.ABSENT, null);
        long dayEight = jdbc.queryForObject("""
                select e.session_id from enrolment e join class_session s on s.id = e.session_id
                where e.person_id = ? and e.attendance = 'PRESENT' and s.cancelled_at is null""", Long.class, carl);
        enrolments.addWalkIn(dayEight, dan);
        TrickleDownReport afterTheMark = service.report(round);
        assertThat(afterTheMark.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.staffTrainedAt()).isEqualTo(day(8));
            assertThat(violation.managerTrainedAt()).isEqualTo(day(8));
        });

        // and then that Eve came to Carl's class on day 8 too: out of order like Dan
        enrolments.addWalkIn(dayEight, eve);
        assertThat(own(service.report(round), callCentre, basics)).isEqualTo(cell(OUT_OF_ORDER, 2, 2, 2, 2, 2));
        assertThat(service.dashboard(round)).isEqualTo(service.dashboardJudgedPerRequest(round));
        assertThat(service.trend(round)).isEqualTo(service.trendJudgedPerRequest(round));
    }

    @Test
    @WithMockUser(roles = {"EXECUTIVE", "TRAINER"})
    void shouldWriteAttendanceToTheLedgerBeforeTheTransactionCommitsEvenIfNothingReadsIt() {
        long dayFive = jdbc.queryForObject(
                "select session_id from enrolment where person_id = ? and attendance = 'PRESENT'", Long.class, dan);
        enrolments.markAttendance(dayFive, dan, io.cascade.scheduling.AttendanceStatus.ABSENT, null);
        String dansTrainings = "select count(*) from trickle_down_round_training where person_id = ?";
        assertThat(jdbc.queryForObject(dansTrainings, Integer.class, dan)).as("waits for the end of the transaction")
                .isEqualTo(1);

        // what the transaction manager does right before it commits
        org.springframework.transaction.support.TransactionSynchronizationUtils.triggerBeforeCommit(false);

        assertThat(jdbc.queryForObject(dansTrainings, Integer.class, dan)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from course_training where person_id = ?", Integer.class,
                dan)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from trickle_down_round_violation where staff_person_id = ?",
                Integer.class, dan)).isZero();
    }

    @Test
    @WithMockUser(roles = {"EXECUTIVE", "TRAINER"})
    void shouldReJudgeARoundWhenATrainerChangesTheCoursesRefresherIntervalWithoutARebuild() {
        long yearly = course("yearly");
        rows.attended(session(yearly, -400), "PRESENT", olga);
        rows.attended(session(yearly, 5), "PRESENT", pete);
        ledger.rebuild();
        var round = TrickleDownScope.course(yearly).inDivision(backOffice).inRound(day(0), day(30));
        assertThat(own(service.report(round), backOffice, yearly)).as("a one-off course: Olga's training holds")
                .isEqualTo(cell(IN_ORDER, 1, 1, 1, 1, 0));

        var course = courses.findCourse(yearly).orElseThrow();
        var edit = io.cascade.catalog.CourseEdit.of(course);
        courses.updateCourse(yearly, course.version(), new io.cascade.catalog.CourseEdit(edit.title(), edit.summary(),
                edit.audience(),
                12, edit.contextText(), edit.contentText(), edit.buyInText()));

        assertThat(own(service.report(round), backOffice, yearly)).as("Olga's training expired 13 months later")
                .isEqualTo(cell(OUT_OF_ORDER, 0, 1, 1, 1, 1));
        assertThat(service.dashboard(round)).isEqualTo(service.dashboardJudgedPerRequest(round));
        assertThat(own(service.report(TrickleDownScope.course(yearly).inDivision(backOffice)), backOffice, yearly))
                .as("all time does not look at the interval").isEqualTo(cell(IN_ORDER, 1, 1, 1, 1, 0));
    }

    @Test
    @WithMockUser(roles = {"EXECUTIVE", "ADMIN"})
    void shouldFollowAnHrImportThatMovesAStaffMemberToAnotherDepartment() {
        String danNumber = jdbc.queryForObject("select employee_number from person where id = ?", String.class, dan);
        String olgaNumber = jdbc.queryForObject("select employee_number from person where id = ?", String.class,
                olga);
        String file = "employee_number,first_name,last_name,email,department_path,level,manager_employee_number,active\n"
                + String.join(",", danNumber, "Dan", "Tester" + run, danNumber + "@trickle.example",
                "Trickle Co " + run + "/Service " + run + "/Back Office " + run, "STAFF", olgaNumber, "true") + "\n";

        var imported = peopleImport.apply(file.getBytes(java.nio.charset.StandardCharsets.UTF_8), "move-dan.csv");

        assertThat(imported.changed()).isEqualTo(1);
        TrickleDownReport report = service.report(TrickleDownScope.course(basics).inDivision(company));
        assertThat(own(report, callCentre, basics)).isEqualTo(cell(READY_FOR_STAFF, 2, 2, 0, 1, 0));
        assertThat(own(report, backOffice, basics)).as("Olga not trained in basics")
                .isEqualTo(cell(OUT_OF_ORDER, 0, 1, 1, 2, 1));
    }

    @Test
    @WithMockUser(roles = "EMPLOYEE")
    void shouldRefuseAnEmployee() {
        var scope = TrickleDownScope.course(basics);

        assertThatThrownBy(() -> service.report(scope)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.leadershipMatrix(scope)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.headlines(scope)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.dashboard(scope)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.trend(scope)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.departmentDrillDown(frontDesk, scope))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void shouldLetAnAdminSeeTheReport() {
        assertThat(service.report(TrickleDownScope.course(basics).inDivision(company)).rows()).hasSize(6);
    }

    // ---------------------------------------------------------------- reading the results

    private static TrickleDownCell own(TrickleDownReport report, long department, long course) {
        return report.row(department, course).orElseThrow().own();
    }

    private static TrickleDownCell rolledUp(TrickleDownReport report, long department, long course) {
        return report.row(department, course).orElseThrow().rolledUp();
    }

    private static TrickleDownCell cell(io.cascade.trickledown.TrickleDownStatus status, int managersTrained,
                                        int managers, int staffTrained, int staff, int violations) {
        return new TrickleDownCell(status, managersTrained, managers, staffTrained, staff, violations);
    }

    private static LeaderAttendance leader(LeadershipMatrix matrix, long personId) {
        return matrix.leaders().stream().filter(leader -> leader.personId() == personId).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- building the organisation with plain JDBC

    private static Instant day(int day) {
        return ROLLOUT.plus(day, ChronoUnit.DAYS);
    }

    private static LocalDate dayOf(int day) {
        return LocalDate.ofInstant(day(day), ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private long person(String firstName, String level, long department, Long reportsTo) {
        String number = "TD-" + run + "-" + ++employeeNumber;
        return rows.person(number, firstName, "Tester" + run, number + "@trickle.example", level, department,
                reportsTo);
    }

    private long course(String code) {
        return course(code, null);
    }

    private long course(String code, Integer refresherMonths) {
        String title = Character.toUpperCase(code.charAt(0)) + code.substring(1) + " " + run;
        return rows.course("TD-" + run + "-" + code, title, "ALL", refresherMonths);
    }

    private long session(long course, int day) {
        return rows.session(course, day(day));
    }

    private void completed(long person, long course, int day) {
        rows.completed(person, course, day(day));
    }
}
