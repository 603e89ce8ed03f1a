package io.cascade.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import io.cascade.CascadeSpringTest;
import io.cascade.base.ui.chart.ApexChartTester;
import io.cascade.base.ui.chart.ChartSeries;
import io.cascade.catalog.CourseCatalogService;
import io.cascade.catalog.CourseSummary;
import io.cascade.insight.OrderViolation;
import io.cascade.insight.TrickleDownHeadlines;
import io.cascade.insight.TrickleDownScope;
import io.cascade.insight.TrickleDownService;
import io.cascade.organization.DepartmentNode;
import io.cascade.organization.OrganizationService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

/**
 * The executive dashboard and its drill-down on the demo organisation, whose Service Standard (SVC-100) rollout
 * puts departments in every status; Customer Care trained staff before its manager.
 */
@CascadeSpringTest
class DashboardViewTest extends SpringBrowserlessTest {

    private static final String SERVICE_STANDARD = "SVC-100";

    @Autowired
    TrickleDownService trickleDown;

    @Autowired
    CourseCatalogService catalog;

    @Autowired
    OrganizationService organization;

    @Autowired
    io.cascade.learning.StoryService storyService;

    @Test
    @WithUserDetails("executive")
    void shouldShowAFeaturedServiceStoryToTheExecutives() {
        long course = catalog.listCourses().stream().filter(c -> c.code().equals(SERVICE_STANDARD)).findFirst()
                .orElseThrow().id();
        String title = "Kept the wedding party's rooms together " + System.nanoTime();
        var story = storyService.post(new io.cascade.learning.NewStory(course, io.cascade.learning.StoryKind.SUCCESS,
                title, "Overbooked night; we called ahead and moved a block.", "Call before they ask."));
        storyService.feature(story.id(), true);
        try {
            // the executive landed on the dashboard before the story was featured: come back to it
            navigate("my-learning", com.vaadin.flow.component.Component.class);
            DashboardView dashboard = unwrapped(navigate(DashboardView.class));

            assertThat(dashboard.stories.getElement().getTextRecursively()).contains(title, "Call before they ask.");
        } finally {
            storyService.hide(story.id(), true);
        }
    }

    @Test
    @WithUserDetails("executive")
    void shouldShowTheHeadlineFiguresOfTheWholeOrganisation() {
        DashboardView dashboard = unwrapped(navigate(DashboardView.class));
        TrickleDownHeadlines headlines = trickleDown.headlines(TrickleDownScope.allPublishedCourses());

        assertThat(dashboard.inOrder.getValue()).isEqualTo(String.valueOf(headlines.departmentsInOrder()));
        assertThat(dashboard.outOfOrder.getValue()).isEqualTo(String.valueOf(headlines.departmentsOutOfOrder()))
                .isNotEqualTo("0");
        assertThat(dashboard.notStarted.getValue()).isEqualTo(String.valueOf(headlines.departmentsNotStarted()));
        assertThat(dashboard.trainedBeforeManager.getValue())
                .isEqualTo(String.valueOf(headlines.staffTrainedBeforeManager()));
        assertThat(dashboard.trainedBeforeManager.getTone()).isEqualTo(HeadlineCard.Tone.BAD);
        assertThat(dashboard.leadershipCoverage.getValue())
                .isEqualTo(Math.round(headlines.leadershipCoverage().percent().orElseThrow()) + "%");
        assertThat(dashboard.leadershipCoverage.getHint()).startsWith(headlines.leadershipCoverage().count() + " of "
                + headlines.leadershipCoverage().total());
        assertThat(dashboard.championRate.getValue())
                .isEqualTo(Math.round(headlines.championRate().percent().orElseThrow()) + "%");
        assertThat(dashboard.panels.isVisible()).isTrue();
        assertThat(dashboard.emptyState.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("executive")
    void shouldPutAChangedFilterInTheAddressAndRedrawTheCharts() {
        DashboardView dashboard = unwrapped(navigate(DashboardView.class));
        CourseSummary standard = course(SERVICE_STANDARD);
        assertThat(dashboard.heatmap.getOptions().categories()).hasSizeGreaterThan(1).contains(SERVICE_STANDARD);

        test(dashboard.course).selectItem(SERVICE_STANDARD + " " + standard.title());
        dashboard = currentDashboard();

        assertThat(location().getQueryParameters().getSingleParameter("course"))
                .hasValue(String.valueOf(standard.id()));
        assertThat(dashboard.heatmap.getOptions().categories()).containsExactly(SERVICE_STANDARD);
        assertThat(dashboard.leadershipChart.getOptions().categories()).singleElement().asString()
                .startsWith(SERVICE_STANDARD);
        assertThat(dashboard.departmentBarsTitle.getText()).contains(standard.title());

        DepartmentNode contactCentre = department("Contact Centre");
        test(dashboard.division).selectItem("Contact Centre");
        dashboard = currentDashboard();

        assertThat(location().getQueryParameters().getSingleParameter("division"))
                .hasValue(String.valueOf(contactCentre.id()));
        assertThat(location().getQueryParameters().getSingleParameter("course"))
                .hasValue(String.valueOf(standard.id()));
        assertThat(heatmapRows(dashboard)).contains("Contact Centre", "Customer Care", "Technical Support")
                .doesNotContain("Front Office", "Northwind Service Group");

        test(dashboard.from).setValue(LocalDate.of(2100, 1, 1));
        dashboard = currentDashboard();

        assertThat(location().getQueryParameters().getSingleParameter("from")).hasValue("2100-01-01");
        assertThat(dashboard.emptyState.isVisible()).isTrue();
        assertThat(find(Span.class, dashboard.emptyState).withClassName("empty-state-title").single().getText())
                .isEqualTo("Nobody was trained in this selection.");
        assertThat(dashboard.panels.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("executive")
    void shouldRestoreTheFiltersFromABookmarkedAddress() {
        CourseSummary standard = course(SERVICE_STANDARD);
        DepartmentNode hotels = department("Hotels");

        DashboardView dashboard = open("dashboard", "course=" + standard.id() + "&division=" + hotels.id()
                + "&from=2020-01-01&to=2099-12-31", DashboardView.class);

        assertThat(dashboard.course.getValue()).isEqualTo(standard);
        assertThat(dashboard.division.getValue()).isEqualTo(hotels);
        assertThat(dashboard.from.getValue()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(dashboard.to.getValue()).isEqualTo(LocalDate.of(2099, 12, 31));
        assertThat(dashboard.scopeNote.getText()).contains("between 1 Jan 2020 and 31 Dec 2099");
        assertThat(heatmapRows(dashboard)).contains("Hotels", "Front Office", "Housekeeping")
                .doesNotContain("Customer Care");
        assertThat(dashboard.outOfOrder.getValue()).isEqualTo(String.valueOf(trickleDown.headlines(
                TrickleDownScope.course(standard.id()).inDivision(hotels.id())).departmentsOutOfOrder()));
        assertThat(dashboard.clearFilters.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("executive")
    void shouldOpenTheDepartmentOfAClickedHeatmapCell() {
        DashboardView dashboard = unwrapped(navigate(DashboardView.class));
        int customerCareRow = heatmapRows(dashboard).indexOf("Customer Care");
        int standardColumn = dashboard.heatmap.getOptions().categories().indexOf(SERVICE_STANDARD);

        new ApexChartTester(dashboard.heatmap).clickPoint(customerCareRow, standardColumn);

        assertThat(getCurrentView()).isInstanceOf(DepartmentDrillDownView.class);
        assertThat(location().getPath()).isEqualTo("dashboard/department/" + department("Customer Care").id());
        assertThat(location().getQueryParameters().getSingleParameter("course"))
                .hasValue(String.valueOf(course(SERVICE_STANDARD).id()));
        assertThat(((DepartmentDrillDownView) unwrapped(getCurrentView())).getPageTitle()).isEqualTo("Customer Care");
    }

    @Test
    @WithUserDetails("executive")
    void shouldTellWhichStaffOfCustomerCareWereTrainedBeforeTheirManager() {
        long customerCare = department("Customer Care").id();
        long standard = course(SERVICE_STANDARD).id();

        DepartmentDrillDownView drillDown = open("dashboard/department/" + customerCare, "course=" + standard,
                DepartmentDrillDownView.class);

        List<OrderViolation> violations = trickleDown.departmentDrillDown(customerCare,
                TrickleDownScope.allPublishedCourses()).orElseThrow().violations(standard);
        List<String> sentences = find(Span.class, drillDown.violations).all().stream()
                .map(Span::getText)
                .filter(text -> text.startsWith("Staff "))
                .toList();
        assertThat(sentences).hasSize(violations.size()).isNotEmpty()
                .allMatch(sentence -> sentence.matches(
                        "Staff .+ trained on \\d{1,2} \\w{3,4} \\d{4}, manager .+ (not until \\d{1,2} \\w{3,4} \\d{4}|not until the same class|not yet)\\."));
        OrderViolation managerLate = violations.stream().filter(violation -> violation.managerTrainedAt() != null)
                .findFirst().orElseThrow();
        assertThat(sentences).contains(DepartmentDrillDownView.sentence(managerLate));
        assertThat(sentences).anyMatch(sentence -> sentence.endsWith(", manager " + managerLate.managerName()
                + " not until " + io.cascade.base.ui.Formats.date(managerLate.managerTrainedAt()) + "."));
        assertThat(sentences).as("the Chat Team's supervisor is not trained").anyMatch(s -> s.endsWith("not yet."));
        assertThat(drillDown.violationsTitle.getText()).isEqualTo(violations.size() + " trained before their manager");
        assertThat(drillDown.summary.getChildren().findFirst().orElseThrow().getElement().getText())
                .isEqualTo("Out of order");
        assertThat(drillDown.staffTitle.getText()).matches("Staff: \\d+ of \\d+ trained");
    }

    @Test
    @WithUserDetails("employee")
    void shouldKeepAnEmployeeOutOfTheDashboardAndItsDrillDown() {
        UI.getCurrent().navigate("dashboard");
        assertThat(getCurrentView()).isNotInstanceOf(DashboardView.class);

        UI.getCurrent().navigate("dashboard/department/1");
        assertThat(getCurrentView()).isNotInstanceOf(DepartmentDrillDownView.class);
    }

    /** Opens an address with a query string, as a bookmark or a shared link would. */
    private <T> T open(String path, String query, Class<T> view) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
        return view.cast(unwrapped(getCurrentView()));
    }

    /** The dashboard after a navigation, which may have replaced it with a new instance. */
    private DashboardView currentDashboard() {
        return (DashboardView) unwrapped(getCurrentView());
    }

    /** The view itself: method security (@RolesAllowed) hands Vaadin a proxy whose fields are empty. */
    private static <T> T unwrapped(T view) {
        return AopTestUtils.getUltimateTargetObject(view);
    }

    private static Location location() {
        return UI.getCurrent().getInternals().getActiveViewLocation();
    }

    private static List<String> heatmapRows(DashboardView dashboard) {
        return dashboard.heatmap.getOptions().series().stream().map(ChartSeries::name).toList();
    }

    private CourseSummary course(String code) {
        return catalog.listCourses().stream().filter(course -> course.code().equals(code)).findFirst().orElseThrow();
    }

    private DepartmentNode department(String name) {
        return organization.departmentTree().stream().filter(department -> department.name().equals(name))
                .findFirst().orElseThrow();
    }
}
