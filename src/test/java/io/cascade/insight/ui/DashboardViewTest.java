package io.cascade.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import io.cascade.CascadeSpringTest;
import io.cascade.catalog.CourseService;
import io.cascade.catalog.CourseSummary;
import io.cascade.insight.CourseActivity;
import io.cascade.insight.CourseRef;
import io.cascade.insight.DepartmentIssue;
import io.cascade.insight.DepartmentRef;
import io.cascade.insight.LeaderGap;
import io.cascade.insight.OrderViolation;
import io.cascade.insight.OverviewRow;
import io.cascade.insight.TrickleDownOverview;
import io.cascade.insight.TrickleDownOverviewService;
import io.cascade.insight.TrickleDownHeadlines;
import io.cascade.insight.TrickleDownScope;
import io.cascade.insight.TrickleDownService;
import io.cascade.organization.DepartmentNode;
import io.cascade.organization.OrganizationAdminService;
import io.cascade.organization.OrganizationService;
import io.cascade.trickledown.TrickleDownStatus;
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
    CourseService courses;

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationAdminService admin;

    @Autowired
    io.cascade.learning.StoryService storyService;

    @Test
    @WithUserDetails("executive")
    void shouldShowAFeaturedServiceStoryToTheExecutives() {
        long course = courses.listCourses().stream().filter(c -> c.code().equals(SERVICE_STANDARD)).findFirst()
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

        assertThat(dashboard.inOrder.getValue()).isEqualTo(DashboardView.count(headlines.departmentsInOrder()));
        assertThat(dashboard.outOfOrder.getValue()).isEqualTo(DashboardView.count(headlines.departmentsOutOfOrder()))
                .isNotEqualTo("0");
        assertThat(dashboard.notStarted.getValue()).isEqualTo(DashboardView.count(headlines.departmentsNotStarted()));
        assertThat(dashboard.trainedBeforeManager.getValue())
                .isEqualTo(DashboardView.count(headlines.staffTrainedBeforeManager()));
        assertThat(dashboard.trainedBeforeManager.getTone()).isEqualTo(HeadlineCard.Tone.BAD);
        assertThat(dashboard.leadershipCoverage.getValue())
                .isEqualTo(Math.round(headlines.leadershipCoverage().percent().orElseThrow()) + "%");
        assertThat(dashboard.leadershipCoverage.getHint()).startsWith(
                DashboardView.count(headlines.leadershipCoverage().count()) + " of "
                        + DashboardView.count(headlines.leadershipCoverage().total()));
        assertThat(dashboard.championRate.getValue())
                .isEqualTo(Math.round(headlines.championRate().percent().orElseThrow()) + "%");
        assertThat(dashboard.panels.isVisible()).isTrue();
        assertThat(dashboard.emptyState.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("executive")
    void shouldShowTheTopOfTheTreeWithOneLevelBelowAndTheNextLevelWhenARowIsOpened() {
        DashboardView dashboard = unwrapped(navigate(DashboardView.class));

        assertThat(treeRows(dashboard)).startsWith("Northwind Service Group")
                .contains("Hotels", "Contact Centre", "Retail").doesNotContain("Customer Care", "Front Office");

        OverviewRow contactCentre = treeRow(dashboard, "Contact Centre");
        assertThat(contactCentre.hasChildren()).isTrue();
        dashboard.tree.expand(contactCentre);

        assertThat(treeRows(dashboard)).contains("Customer Care", "Technical Support");
        OverviewRow customerCare = treeRow(dashboard, "Customer Care");
        int standard = dashboard.overview().orElseThrow().columns().indexOf(courseRef(SERVICE_STANDARD));
        assertThat(customerCare.cells().get(standard).status()).isEqualTo(TrickleDownStatus.OUT_OF_ORDER);
        assertThat(contactCentre.cells().get(standard).status()).as("a parent is out of order when a child is")
                .isEqualTo(TrickleDownStatus.OUT_OF_ORDER);
    }

    @Test
    @WithUserDetails("admin")
    void shouldNeverListMoreThanTheCapOfDepartmentsUnderOneRow() {
        // a department with trained staff, given more teams than a screen can list (archived again afterwards)
        long returns = department("Returns and Repairs").id();
        int teams = TrickleDownOverviewService.MAX_ROWS + 5;
        long run = System.nanoTime();
        List<Long> created = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < teams; i++) {
                created.add(admin.addDepartment("Repair bench " + i + " " + run, returns));
            }
            DashboardView dashboard = open("dashboard", "division=" + returns, DashboardView.class);

            OverviewRow top = dashboard.overview().orElseThrow().rows().getFirst();
            assertThat(top.childCount()).isEqualTo(teams);
            assertThat(test(dashboard.tree).size()).isEqualTo(1 + TrickleDownOverviewService.MAX_ROWS);
            assertThat(top.children()).hasSize(TrickleDownOverviewService.MAX_ROWS);
            assertThat(DashboardView.rowLabel(top)).as("the row says it lists only some")
                    .contains(TrickleDownOverviewService.MAX_ROWS + " of " + teams + " below");
        } finally {
            created.forEach(admin::archiveDepartment);
        }
    }

    @Test
    @WithUserDetails("executive")
    void shouldShowTheChosenCoursesAsColumnsAndKeepThemInTheAddress() {
        DashboardView dashboard = unwrapped(navigate(DashboardView.class));
        TrickleDownOverview overview = dashboard.overview().orElseThrow();
        assertThat(overview.columns()).hasSizeLessThanOrEqualTo(TrickleDownOverviewService.MAX_COLUMNS)
                .contains(courseRef(SERVICE_STANDARD));
        CourseSummary standard = course(SERVICE_STANDARD);

        dashboard.columns.setValue(java.util.Set.of(activity(overview, SERVICE_STANDARD)));
        dashboard = currentDashboard();

        assertThat(location().getQueryParameters().getSingleParameter("courses"))
                .hasValue(String.valueOf(standard.id()));
        assertThat(dashboard.overview().orElseThrow().columns()).containsExactly(courseRef(SERVICE_STANDARD));
        assertThat(((com.vaadin.flow.component.Html) dashboard.tree.getColumnByKey(DashboardView.COURSES_COLUMN)
                .getHeaderComponent()).getInnerHtml()).contains(">" + SERVICE_STANDARD + "<")
                .doesNotContain(">SVC-101<");
        assertThat(dashboard.leadershipChart.getOptions().categories()).singleElement().asString()
                .startsWith(SERVICE_STANDARD);
        assertThat(dashboard.departmentBarsTitle.getText()).contains(standard.title());
    }

    @Test
    @WithUserDetails("executive")
    void shouldFindADepartmentByNameAndShowItsPartOfTheTree() {
        DashboardView dashboard = unwrapped(navigate(DashboardView.class));

        test(dashboard.search).setFilter("custom");
        assertThat(test(dashboard.search).getSuggestionItems()).extracting(DepartmentRef::name)
                .contains("Customer Care");
        test(dashboard.search).selectItem("Customer Care");
        dashboard = currentDashboard();

        long customerCare = department("Customer Care").id();
        assertThat(location().getQueryParameters().getSingleParameter("division"))
                .hasValue(String.valueOf(customerCare));
        assertThat(dashboard.breadcrumb.getElement().getTextRecursively())
                .contains("Whole organisation", "Northwind Service Group", "Contact Centre", "Customer Care");
        assertThat(treeRows(dashboard)).startsWith("Customer Care").doesNotContain("Hotels");
        assertThat(dashboard.peopleOfScope.isVisible()).isTrue();

        test(dashboard.peopleOfScope).click();

        assertThat(getCurrentView()).isInstanceOf(DepartmentDrillDownView.class);
        assertThat(location().getPath()).isEqualTo("dashboard/department/" + customerCare);
    }

    @Test
    @WithUserDetails("executive")
    void shouldPutAChosenRoundInTheAddressAndSayNobodyWasTrainedInAnEmptyOne() {
        DashboardView dashboard = unwrapped(navigate(DashboardView.class));

        // a round before anybody was trained: no staff trained in it, no manager holding a training at its end
        test(dashboard.to).setValue(LocalDate.of(1990, 12, 31));
        dashboard = currentDashboard();
        test(dashboard.from).setValue(LocalDate.of(1990, 1, 1));
        dashboard = currentDashboard();

        assertThat(location().getQueryParameters().getSingleParameter("from")).hasValue("1990-01-01");
        assertThat(location().getQueryParameters().getSingleParameter("to")).hasValue("1990-12-31");
        assertThat(dashboard.round.getValue()).isEqualTo(DashboardView.Round.CUSTOM);
        assertThat(dashboard.emptyState.isVisible()).isTrue();
        assertThat(find(Span.class, dashboard.emptyState).withClassName("empty-state-title").single().getText())
                .isEqualTo("Nobody was trained in this selection.");
        assertThat(dashboard.panels.isVisible()).isFalse();

        test(dashboard.round).selectItem("All time");
        dashboard = currentDashboard();

        assertThat(location().getQueryParameters().getSingleParameter("from")).isEmpty();
        assertThat(dashboard.panels.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("executive")
    void shouldRestoreTheFiltersFromABookmarkedAddress() {
        CourseSummary standard = course(SERVICE_STANDARD);
        DepartmentNode hotels = department("Hotels");

        DashboardView dashboard = open("dashboard", "courses=" + standard.id() + "&division=" + hotels.id()
                + "&from=2020-01-01&to=2099-12-31", DashboardView.class);

        assertThat(dashboard.columns.getValue()).extracting(activity -> activity.course().code())
                .containsExactly(SERVICE_STANDARD);
        assertThat(dashboard.from.getValue()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(dashboard.to.getValue()).isEqualTo(LocalDate.of(2099, 12, 31));
        assertThat(dashboard.scopeNote.getText()).contains("between 1 Jan 2020 and 31 Dec 2099");
        assertThat(treeRows(dashboard)).startsWith("Hotels").contains("Front Office", "Housekeeping")
                .doesNotContain("Customer Care");
        assertThat(dashboard.outOfOrder.getValue()).isEqualTo(DashboardView.count(trickleDown.headlines(
                TrickleDownScope.allPublishedCourses().inDivision(hotels.id())
                        .inRound(dashboard.from.getValue().atStartOfDay(io.cascade.base.ui.Formats.zone()).toInstant(),
                                LocalDate.of(2100, 1, 1).atStartOfDay(io.cascade.base.ui.Formats.zone()).toInstant()))
                .departmentsOutOfOrder()));
        assertThat(dashboard.clearFilters.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("executive")
    void shouldOpenTheDrillDownOfAClickedCell() {
        DashboardView dashboard = unwrapped(navigate(DashboardView.class));
        dashboard.tree.expand(treeRow(dashboard, "Contact Centre"));
        int customerCareRow = treeRows(dashboard).indexOf("Customer Care");
        long standard = course(SERVICE_STANDARD).id();

        int column = dashboard.overview().orElseThrow().columns().indexOf(courseRef(SERVICE_STANDARD));

        test(dashboard.tree).invokeLitRendererFunction(customerCareRow, DashboardView.COURSES_COLUMN, "open",
                tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(column));

        assertThat(getCurrentView()).isInstanceOf(DepartmentDrillDownView.class);
        assertThat(location().getPath()).isEqualTo("dashboard/department/" + department("Customer Care").id());
        assertThat(location().getQueryParameters().getSingleParameter("course")).hasValue(String.valueOf(standard));
        assertThat(((DepartmentDrillDownView) unwrapped(getCurrentView())).getPageTitle()).isEqualTo("Customer Care");
    }

    @Test
    @WithUserDetails("executive")
    void shouldListTheDepartmentsOutOfOrderWorstFirstAPageAtATime() {
        DashboardView dashboard = unwrapped(navigate(DashboardView.class));

        List<DepartmentIssue> shown = dashboard.outOfOrderList.page().items();
        assertThat(shown).extracting(DepartmentIssue::name).contains("Customer Care");
        assertThat(shown).hasSizeLessThanOrEqualTo(TrickleDownOverviewService.PAGE_SIZE)
                .isSortedAccordingTo(java.util.Comparator.comparingInt(DepartmentIssue::violations).reversed());
        assertThat(dashboard.outOfOrderList.page().total()).isGreaterThanOrEqualTo(shown.size());
        assertThat(dashboard.leaders.page().items()).isSortedAccordingTo(
                java.util.Comparator.comparingInt(LeaderGap::attended));
        assertThat(dashboard.departmentBars.getOptions().categories())
                .hasSizeLessThanOrEqualTo(DashboardCharts.MAX_CHART_ROWS).contains("Hotels", "Contact Centre");
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
        List<String> sentences = violationSentences(drillDown);
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
        var staffGrid = test(drillDown.staff);
        boolean flagged = false;
        for (int row = 0; row < staffGrid.size(); row++) {
            boolean early = staffGrid.getLitRendererPropertyValue(row, "trained", "early", Boolean.class);
            long person = staffGrid.getRow(row).personId();
            assertThat(early).as(staffGrid.getRow(row).name())
                    .isEqualTo(violations.stream().anyMatch(v -> v.staffPersonId() == person));
            flagged |= early;
        }
        assertThat(flagged).as("a staff member trained before a manager is marked").isTrue();
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

    /** The tree's rows as shown, top to bottom (open rows with their children). */
    private List<String> treeRows(DashboardView dashboard) {
        var tester = test(dashboard.tree);
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            names.add(tester.getRow(i).name());
        }
        return names;
    }

    private OverviewRow treeRow(DashboardView dashboard, String name) {
        var tester = test(dashboard.tree);
        for (int i = 0; i < tester.size(); i++) {
            if (tester.getRow(i).name().equals(name)) {
                return tester.getRow(i);
            }
        }
        throw new AssertionError(name + " is not shown: " + treeRows(dashboard));
    }

    private static CourseActivity activity(TrickleDownOverview overview, String code) {
        return overview.courses().stream().filter(activity -> activity.course().code().equals(code)).findFirst()
                .orElseThrow();
    }

    private CourseRef courseRef(String code) {
        CourseSummary course = course(code);
        return new CourseRef(course.id(), course.code(), course.title());
    }

    private CourseSummary course(String code) {
        return courses.listCourses().stream().filter(course -> course.code().equals(code)).findFirst().orElseThrow();
    }

    private DepartmentNode department(String name) {
        return organization.departmentTree().stream().filter(department -> department.name().equals(name))
                .findFirst().orElseThrow();
    }

    /** The sentences of the drill-down's violations, as the browser reads them out of the list's markup. */
    private List<String> violationSentences(DepartmentDrillDownView drillDown) {
        Html list = find(Html.class, drillDown.violations).single();
        return org.jsoup.Jsoup.parseBodyFragment(list.getInnerHtml()).select("li.violation > div > span:first-child")
                .eachText();
    }

    @Test
    void shouldWriteANameWithMarkupInAViolationAsText() {
        var violation = new OrderViolation(1, "Service", 2, "R&D <North>", 3, "<img src=x onerror=alert(1)>Ann",
                java.time.Instant.parse("2025-03-04T09:00:00Z"), 4L, "Ben <b>",
                java.time.Instant.parse("2025-03-08T09:00:00Z"));

        var body = org.jsoup.Jsoup.parseBodyFragment(
                DepartmentDrillDownView.violationList(List.of(violation), true).getInnerHtml()).body();

        assertThat(body.select("img, b")).as("no element made of a name").isEmpty();
        assertThat(body.select(".violation-department").text()).isEqualTo("R&D <North>");
        assertThat(body.select("li.violation > div > span:first-child").text())
                .isEqualTo(DepartmentDrillDownView.sentence(violation));
    }
}
