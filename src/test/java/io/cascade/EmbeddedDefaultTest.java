package io.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.insight.TrickleDownScope;
import io.cascade.insight.TrickleDownService;
import io.cascade.learning.LearningService;
import io.cascade.learning.ReminderService;
import io.cascade.learning.TeamService;
import io.cascade.organization.OrganizationService;
import io.cascade.organization.PeopleImportService;
import io.cascade.organization.PersonFilter;
import io.cascade.scheduling.EnrolmentService;
import io.cascade.scheduling.RolloutService;
import io.cascade.scheduling.SchedulingService;
import io.cascade.trickledown.TrickleDownStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The quick start: the embedded H2 database in MySQL mode runs the same migrations as MariaDB and MySQL, loads the
 * demo organisation, and the main read paths of every role work on it.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:cascade-quick-start;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,POSITION;DB_CLOSE_DELAY=-1")
class EmbeddedDefaultTest {

    @Autowired
    TrickleDownService trickleDown;

    @Autowired
    OrganizationService organization;

    @Autowired
    SchedulingService scheduling;

    @Autowired
    LearningService learning;

    @Autowired
    TeamService team;

    @Autowired
    RolloutService rollout;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    PeopleImportService peopleImport;

    @Autowired
    ReminderService reminders;

    @Test
    @WithUserDetails("executive")
    void shouldShowTheExecutiveTheDemoTrickleDownOnH2() {
        var dashboard = trickleDown.dashboard(TrickleDownScope.allPublishedCourses());

        assertThat(dashboard.headlines().departmentsOutOfOrder()).isPositive();
        assertThat(dashboard.report().rows()).extracting(row -> row.own().status())
                .contains(TrickleDownStatus.IN_ORDER, TrickleDownStatus.OUT_OF_ORDER, TrickleDownStatus.NO_MANAGERS);
        assertThat(dashboard.leadershipMatrix().leaders()).isNotEmpty();
        assertThat(trickleDown.gateOverrides(TrickleDownScope.allPublishedCourses(), 5))
                .as("the demo shows one staff member let in early, with the reason").isNotEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void shouldPageThePeopleAndListSessionsOnH2() {
        assertThat(organization.countPeople(PersonFilter.everyone())).isGreaterThan(100);
        assertThat(organization.findPeople(PersonFilter.everyone(), Pageable.ofSize(20))).hasSize(20);
        assertThat(scheduling.upcomingSessions(Pageable.ofSize(10))).isNotEmpty();
    }

    @Test
    @WithUserDetails("manager")
    void shouldShowAManagerTheirLearningAndTeamOnH2() {
        assertThat(learning.myLearning().courses()).isNotEmpty();
        assertThat(team.myTeam().members()).hasSize(7);
    }

    @Test
    @WithUserDetails("trainer")
    void shouldRunTheRolloutAndARaceSafeEnrolmentOnH2() {
        var session = scheduling.upcomingSessions(Pageable.ofSize(50)).stream()
                .filter(s -> !s.cancelled() && s.seatsLeft() > 0).findFirst().orElseThrow();
        assertThat(rollout.rollout(session.courseId()).departments()).isNotEmpty();

        long someone = organization.findPeople(PersonFilter.everyone(), Pageable.ofSize(1)).getFirst().id();
        var outcome = enrolment.enrol(session.id(), someone, "Smoke test on the embedded database");

        assertThat(outcome.personId()).isEqualTo(someone);
    }

    @Test
    @WithUserDetails("admin")
    void shouldCheckAnHrFileOnH2() throws Exception {
        byte[] file = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/examples/people.csv"));

        var preview = peopleImport.preview(file, progress -> { });

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.created()).isPositive();
    }

    @Test
    @WithUserDetails("employee")
    void shouldListTheClassesAnEmployeeCanJoinOnH2() {
        assertThat(learning.classesICanJoin()).isNotEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void shouldSendTheDueRemindersOnceOnH2() {
        var first = reminders.sendDueReminders();
        var second = reminders.sendDueReminders();

        assertThat(first.checkInMails()).as("the demo has check-ins due").isPositive();
        assertThat(second.refresherMails() + second.checkInMails()).isZero();
    }
}
