package io.cascade.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import io.cascade.OrganisationRows;
import io.cascade.audit.AuditTrail;
import io.cascade.base.MutableClock;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The demo manager Daniel Okafor and his team at Front Office. */
@CascadeSpringTest
@Transactional
class TeamServiceTest {

    @Autowired
    TeamService teamService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    MutableClock clock;

    @Test
    @WithUserDetails("manager")
    void shouldShowAManagerExactlyTheirActiveDirectReports() {
        var expected = jdbc.sql("""
                select concat(p.first_name, ' ', p.last_name) from person p
                join user_account a on a.person_id = p.reports_to_id
                where a.username = 'manager' and p.active = true""").query(String.class).list();

        assertThat(teamService.myTeam().members()).extracting(TeamMember::name)
                .containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
    }

    /** Trains the manager's report Emma Lindqvist in a new course at a class five days ago. */
    private CheckInDue emmaTrainedFiveDaysAgo() {
        var rows = new OrganisationRows(jdbc, Instant.now());
        long course = rows.course("TEAM-TEST", "Listening Under Pressure", "STAFF", null);
        long emma = jdbc.sql("select person_id from user_account where username = 'employee'").query(Long.class)
                .single();
        rows.attended(rows.session(course, Instant.now().minus(Duration.ofDays(5))), "PRESENT", emma);
        return teamService.myTeam().checkIns().stream().filter(due -> due.courseId() == course).findFirst()
                .orElseThrow(() -> new AssertionError("a check-in is due after Emma's training"));
    }

    @Test
    @WithUserDetails("manager")
    void shouldOweACheckInWithinTheWindowAfterAReportIsTrained() {
        CheckInDue due = emmaTrainedFiveDaysAgo();

        assertThat(due.personName()).isEqualTo("Emma Lindqvist");
        assertThat(due.courseTitle()).isEqualTo("Listening Under Pressure");
        assertThat(due.trainedOn()).isEqualTo(LocalDate.now(ZoneOffset.UTC).minusDays(5));
        assertThat(due.dueBy()).isEqualTo(due.trainedOn().plusDays(30));
        assertThat(due.overdue()).isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void shouldTakeALoggedCheckInOffTheDueListAndCountItForTheChampionRate() {
        CheckInDue due = emmaTrainedFiveDaysAgo();
        TeamOverview before = teamService.myTeam();

        teamService.logCheckIn(new NewCheckIn(due.personId(), due.courseId(), due.trainedOn().plusDays(1),
                CheckInKind.OBSERVATION, "Watched a check-in at the desk; greeted by name, offered help."));

        TeamOverview after = teamService.myTeam();
        assertThat(after.checkIns()).doesNotContain(due);
        assertThat(after.championRate().count()).isEqualTo(before.championRate().count() + 1);
        assertThat(after.championRate().total()).isEqualTo(before.championRate().total());
    }

    @Test
    @WithUserDetails("manager")
    void shouldRefuseACheckInDatedBeforeTheTraining() {
        CheckInDue due = emmaTrainedFiveDaysAgo();

        assertThatThrownBy(() -> teamService.logCheckIn(new NewCheckIn(due.personId(), due.courseId(),
                due.trainedOn().minusDays(1), CheckInKind.COACHING, null)))
                .isInstanceOf(CheckInRejectedException.class)
                .hasMessageContaining("was trained on")
                .extracting(e -> ((CheckInRejectedException) e).getField()).isEqualTo("occurredOn");
    }

    @Test
    @WithUserDetails("manager")
    void shouldRefuseACheckInInTheFuture() {
        CheckInDue due = emmaTrainedFiveDaysAgo();

        assertThatThrownBy(() -> teamService.logCheckIn(new NewCheckIn(due.personId(), due.courseId(),
                LocalDate.now(ZoneOffset.UTC).plusDays(2), CheckInKind.COACHING, null)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("cannot be in the future");
    }

    @Test
    @WithUserDetails("manager")
    void shouldJudgeAFutureCheckInByTheApplicationsClock() {
        CheckInDue due = emmaTrainedFiveDaysAgo();
        clock.pinAt(clock.instant().plus(Duration.ofDays(10)));
        LocalDate fiveDaysAgo = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(5);

        teamService.logCheckIn(new NewCheckIn(due.personId(), due.courseId(), fiveDaysAgo, CheckInKind.COACHING,
                null));

        assertThat(jdbc.sql("select count(*) from reinforcement_check_in where person_id = :p and occurred_on = :d")
                .param("p", due.personId()).param("d", fiveDaysAgo).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("manager")
    void shouldRefuseACheckInWithSomeoneWhoIsNotMyReport() {
        long stranger = jdbc.sql("""
                select p.id from person p join user_account a on a.username = 'manager'
                where p.reports_to_id is not null and p.reports_to_id <> a.person_id and p.level = 'STAFF'
                order by p.id limit 1""").query(Long.class).single();
        long course = jdbc.sql("select id from course order by id limit 1").query(Long.class).single();

        assertThatThrownBy(() -> teamService.logCheckIn(new NewCheckIn(stranger, course, LocalDate.now(
                ZoneOffset.UTC), CheckInKind.COACHING, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("employee")
    void shouldRefuseTheTeamPageToAnEmployeeWithoutReports() {
        assertThatThrownBy(() -> teamService.myTeam()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void loggingACheckInIsAuditedWithTheManagerTheReportAndTheCourse() {
        CheckInDue due = emmaTrainedFiveDaysAgo();

        teamService.logCheckIn(new NewCheckIn(due.personId(), due.courseId(), LocalDate.now(ZoneOffset.UTC),
                CheckInKind.OBSERVATION, "Handled a complaint calmly"));

        long checkIn = jdbc.sql("select max(id) from reinforcement_check_in where person_id = :p")
                .param("p", due.personId()).query(Long.class).single();
        var entry = audit.last("Check-in", checkIn, "CREATE");
        assertThat(entry.actor()).isEqualTo("manager");
        assertThat(entry.summary()).contains("observation check-in with Emma Lindqvist");
        assertThat(entry.after()).contains("\"personId\":" + due.personId(), "\"courseId\":" + due.courseId(),
                "Handled a complaint calmly");
    }
}
