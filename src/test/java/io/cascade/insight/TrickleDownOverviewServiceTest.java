package io.cascade.insight;

import io.cascade.CascadeSpringTest;
import io.cascade.organization.OrganizationAdminService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's overview on the demo organisation (Northwind Service Group: Hotels, Contact Centre, Retail and
 * Learning and Development below it; Customer Care out of order in the Service Standard). Each test runs in a
 * transaction that is rolled back, so departments it adds do not stay.
 */
@CascadeSpringTest
@Import(StatementCountingDataSource.Wrapping.class)
@Transactional
@WithMockUser(roles = {"EXECUTIVE", "ADMIN"})
class TrickleDownOverviewServiceTest {

    @Autowired
    TrickleDownOverviewService overviews;

    @Autowired
    TrickleDownService trickleDown;

    @Autowired
    OrganizationAdminService admin;

    @Autowired
    DataSource dataSource;

    @Test
    void shouldShowTheTopOfTheOrganisationWithItsDivisionsRolledUpAsTheReportHasThem() {
        TrickleDownOverview overview = overviews.overview(TrickleDownScope.allPublishedCourses(), List.of());
        TrickleDownReport report = trickleDown.report(TrickleDownScope.allPublishedCourses());

        OverviewRow top = overview.rows().stream().filter(row -> row.name().equals("Northwind Service Group"))
                .findFirst().orElseThrow();
        assertThat(top.children()).extracting(OverviewRow::name)
                .contains("Hotels", "Contact Centre", "Retail").doesNotContain("Customer Care");
        for (OverviewRow division : top.children()) {
            for (int c = 0; c < overview.columns().size(); c++) {
                long course = overview.columns().get(c).id();
                assertThat(division.cells().get(c)).as(division.name() + " in " + course)
                        .isEqualTo(report.row(division.departmentId(), course).orElseThrow().rolledUp());
            }
        }
        OverviewRow contactCentre = top.children().stream().filter(row -> row.name().equals("Contact Centre"))
                .findFirst().orElseThrow();
        assertThat(contactCentre.childCount()).isPositive();
        assertThat(contactCentre.children()).as("read when the row is opened").isEmpty();
        assertThat(overviews.children(TrickleDownScope.allPublishedCourses(), contactCentre.departmentId(),
                List.of())).extracting(OverviewRow::name).contains("Customer Care", "Technical Support");
        assertThat(overview.anybodyTrained()).isTrue();
        assertThat(overview.headlines()).isEqualTo(trickleDown.headlines(TrickleDownScope.allPublishedCourses()));
    }

    @Test
    void shouldShowTheMostTrainedCoursesAsColumnsUnlessOthersAreChosen() {
        TrickleDownOverview overview = overviews.overview(TrickleDownScope.allPublishedCourses(), List.of());

        assertThat(overview.courses()).isSortedAccordingTo(
                Comparator.comparingInt(CourseActivity::trained).reversed());
        assertThat(overview.columns()).hasSizeLessThanOrEqualTo(TrickleDownOverviewService.MAX_COLUMNS)
                .containsExactlyElementsOf(overview.courses().stream().limit(TrickleDownOverviewService.MAX_COLUMNS)
                        .map(CourseActivity::course).toList());

        CourseRef last = overview.courses().getLast().course();
        CourseRef first = overview.courses().getFirst().course();
        TrickleDownOverview chosen = overviews.overview(TrickleDownScope.allPublishedCourses(),
                List.of(last.id(), -1L, first.id()));

        assertThat(chosen.columns()).as("in the order asked for, unknown ones left out").containsExactly(last, first);
        assertThat(chosen.rows().getFirst().cells()).hasSize(2);
        assertThat(chosen.leadership().courses()).containsExactly(last, first);
    }

    @Test
    void shouldListWorstFirstAPageAtATimeWithoutLosingOrRepeatingARow() {
        var scope = TrickleDownScope.allPublishedCourses();
        OverviewPage<ReadyForStaff> first = overviews.readyForStaff(scope, 0, 2);
        List<ReadyForStaff> all = new ArrayList<>();
        for (int offset = 0; offset < first.total(); offset += 2) {
            OverviewPage<ReadyForStaff> page = overviews.readyForStaff(scope, offset, 2);
            assertThat(page.offset()).isEqualTo(offset);
            all.addAll(page.items());
        }
        assertThat(all).hasSize(first.total()).doesNotHaveDuplicates()
                .isSortedAccordingTo(Comparator.comparingInt(ReadyForStaff::staff).reversed());

        OverviewPage<DepartmentIssue> outOfOrder = overviews.outOfOrder(scope, 0, 50);
        assertThat(outOfOrder.items()).extracting(DepartmentIssue::name).contains("Customer Care");
        assertThat(outOfOrder.items()).allMatch(issue -> issue.violations() > 0 && issue.coursesOutOfOrder() > 0);
        assertThat(outOfOrder.items().stream().mapToInt(DepartmentIssue::violations).sum())
                .isEqualTo(trickleDown.headlines(scope).staffTrainedBeforeManager());
        OverviewPage<LeaderGap> leaders = overviews.leaders(scope, List.of(), 0, 3);
        assertThat(leaders.items()).hasSizeLessThanOrEqualTo(3)
                .isSortedAccordingTo(Comparator.comparingInt(LeaderGap::attended));
        assertThat(leaders.total()).isEqualTo(trickleDown.leadershipMatrix(scope).leaders().size());
        assertThat(overviews.outOfOrder(scope, outOfOrder.total() + 5, 8).items()).isEmpty();
    }

    @Test
    void shouldFindDepartmentsByNameWithThePathAboveAndTakeWildcardsAsText() {
        List<DepartmentRef> found = overviews.searchDepartments("CARE", 0, 20);

        assertThat(found).extracting(DepartmentRef::name).contains("Customer Care");
        DepartmentRef customerCare = found.stream().filter(ref -> ref.name().equals("Customer Care")).findFirst()
                .orElseThrow();
        assertThat(customerCare.path()).isEqualTo("Northwind Service Group › Contact Centre");
        assertThat(overviews.searchDepartments("%", 0, 20)).isEmpty();
        assertThat(overviews.searchDepartments("_", 0, 20)).isEmpty();
        assertThat(overviews.searchDepartments("  ", 0, 20)).isEmpty();
        assertThat(overviews.searchDepartments("e", 0, 3)).hasSize(3);
    }

    @Test
    void shouldRunTheSameStatementsForTheDashboardWhateverTheSizeOfTheOrganisation() {
        var counter = (StatementCountingDataSource) dataSource;
        var scope = TrickleDownScope.allPublishedCourses();
        Runnable dashboardView = () -> {
            overviews.overview(scope, List.of());
            trickleDown.trend(scope);
            trickleDown.gateOverrides(scope, 8);
        };
        int before = counter.countStatements(dashboardView);
        long divisionId = overviews.overview(scope, List.of()).rows().getFirst().children().getFirst()
                .departmentId();
        int opening = counter.countStatements(() -> overviews.children(scope, divisionId, List.of()));
        int searching = counter.countStatements(() -> overviews.searchDepartments("a", 0, 20));

        long region = admin.addDepartment("Overview Region " + System.nanoTime(), divisionId);
        for (int i = 0; i < 60; i++) {
            admin.addDepartment("Overview Team " + i, region);
        }

        assertThat(counter.countStatements(dashboardView)).isEqualTo(before);
        assertThat(counter.countStatements(() -> overviews.children(scope, divisionId, List.of())))
                .isEqualTo(opening);
        assertThat(counter.countStatements(() -> overviews.searchDepartments("a", 0, 20))).isEqualTo(searching);
        assertThat(before).isLessThanOrEqualTo(12);
    }
}
