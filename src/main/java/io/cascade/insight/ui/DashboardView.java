package io.cascade.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.cascade.organization.Level;
import io.cascade.base.ui.chart.ApexChart;
import io.cascade.base.ui.chart.ChartKind;
import io.cascade.base.ui.chart.ChartOptions;
import io.cascade.catalog.CourseCatalogService;
import io.cascade.catalog.CourseStatus;
import io.cascade.catalog.CourseSummary;
import io.cascade.insight.CourseRef;
import io.cascade.insight.LeaderAttendance;
import io.cascade.insight.LeadershipMatrix;
import io.cascade.insight.TrainingTrend;
import io.cascade.insight.TrickleDownHeadlines;
import io.cascade.insight.TrickleDownReport;
import io.cascade.insight.TrickleDownService;
import io.cascade.base.ui.Formats;
import io.cascade.insight.GateOverride;
import io.cascade.learning.StoryItem;
import io.cascade.learning.StoryKind;
import io.cascade.learning.StoryService;
import io.cascade.organization.DepartmentNode;
import io.cascade.organization.OrganizationService;
import io.cascade.security.Roles;
import io.cascade.trickledown.Share;
import io.cascade.trickledown.TrickleDownPolicy;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The executives' dashboard: did training trickle down, managers first? Headline figures, a heatmap of departments
 * by course (a click opens the department), each department's managers and staff trained, the leaders who sat in,
 * and the trend month by month. The filters live in the address, so a view can be bookmarked and shared.
 */
@Route("dashboard")
@PageTitle("Dashboard")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Dashboard")
@RolesAllowed({Roles.EXECUTIVE, Roles.ADMIN})
class DashboardView extends Div implements BeforeEnterObserver {

    private static final String ALL_COURSES = "All published courses";
    private static final String WHOLE_ORGANISATION = "Whole organisation";

    final Select<CourseSummary> course = new Select<>();
    final Select<DepartmentNode> division = new Select<>();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Button clearFilters = new Button("Clear filters");

    final HeadlineCard inOrder = new HeadlineCard("Departments in order", HeadlineCard.Tone.GOOD);
    final HeadlineCard outOfOrder = new HeadlineCard("Departments out of order", HeadlineCard.Tone.BAD);
    final HeadlineCard notStarted = new HeadlineCard("Departments not started", HeadlineCard.Tone.NEUTRAL);
    final HeadlineCard leadershipCoverage = new HeadlineCard("Leadership coverage", HeadlineCard.Tone.INFO);
    final HeadlineCard trainedBeforeManager = new HeadlineCard("Staff trained before their manager",
            HeadlineCard.Tone.BAD);
    final HeadlineCard championRate = new HeadlineCard("Reinforcement champion rate", HeadlineCard.Tone.INFO);

    final Paragraph scopeNote = new Paragraph();
    final Div emptyState = new Div();
    final Div panels = new Div();
    final ApexChart heatmap = new ApexChart(ChartOptions.of(ChartKind.HEATMAP));
    final Div courseKey = new Div();
    final H2 departmentBarsTitle = new H2();
    final Paragraph departmentBarsNote = new Paragraph();
    final ApexChart departmentBars = new ApexChart(ChartOptions.of(ChartKind.STACKED_BAR));
    final ApexChart leadershipChart = new ApexChart(ChartOptions.of(ChartKind.BAR));
    final Grid<LeaderAttendance> leaders = new Grid<>();
    final ApexChart trainedChart = new ApexChart(ChartOptions.of(ChartKind.STACKED_BAR));
    final ApexChart violationsChart = new ApexChart(ChartOptions.of(ChartKind.BAR));
    final Paragraph violationsNote = new Paragraph();

    private final TrickleDownService trickleDown;
    private DashboardFilter filter = DashboardFilter.NONE;
    private DashboardCharts.Heatmap heatmapData;
    private DashboardCharts.DepartmentBars departmentBarsData;
    /** Set while the fields are filled from the address, so that filling them does not navigate again. */
    private boolean restoring;

    final Div stories = new Div();
    final Div overrides = new Div();

    DashboardView(TrickleDownService trickleDown, CourseCatalogService catalog, OrganizationService organization,
            StoryService storyService) {
        this.trickleDown = trickleDown;
        addClassNames("view", "dashboard");

        var intro = new Paragraph("Service training starts at the top and trickles down: managers take each course "
                + "before their staff, and leaders sit in on every course.");
        intro.addClassName("view-intro");
        scopeNote.addClassName("dashboard-scope");

        configureFilters(catalog.listCourses(CourseStatus.PUBLISHED),
                organization.departmentTree().stream().filter(department -> !department.archived()).toList());
        var filters = new Div(course, division, from, to, clearFilters);
        filters.addClassName("dashboard-filters");

        var cards = new Div(inOrder, outOfOrder, notStarted, leadershipCoverage, trainedBeforeManager, championRate);
        cards.addClassName("dashboard-cards");

        emptyState.addClassNames("empty-state", "dashboard-empty");

        heatmap.addPointClickListener(click -> openDepartment(
                heatmapData.departmentIds().get(click.getSeriesIndex()),
                heatmapData.courses().get(click.getDataPointIndex()).id()));
        departmentBars.addPointClickListener(click -> openDepartment(
                departmentBarsData.departmentIds().get(click.getDataPointIndex()), departmentBarsData.courseId()));
        courseKey.addClassName("course-key");
        configureLeadersGrid();
        violationsNote.addClassName("panel-note");

        panels.addClassName("dashboard-panels");
        panels.add(
                panel("Where each department stands", "Each cell is a department, with the teams below it, in one "
                        + "course. Click a cell to see who was trained when.", heatmap, courseKey),
                panel(departmentBarsTitle, departmentBarsNote, departmentBars),
                leadershipPanel(),
                panel("Trainings per month", "By level, one per person and course: leaders and managers should "
                        + "lead each wave.",
                        trainedChart),
                panel("Staff trained before a manager, per month", "Each staff member counted in the month they "
                        + "were trained out of order.", violationsChart, violationsNote),
                panel("Let in before their managers", "Staff a trainer enrolled while their department's managers "
                        + "were not all trained, with the reason the trainer recorded.", overrides),
                panel("Service stories", "Successes to celebrate and failures to learn from, featured by managers "
                        + "and trainers.", stories));
        showStories(storyService.featuredStories(3));

        add(intro, filters, scopeNote, cards, emptyState, panels);
    }

    private void configureFilters(List<CourseSummary> courses, List<DepartmentNode> departments) {
        course.setLabel("Course");
        course.setItems(courses);
        // the empty selection is labelled too, with a null item
        course.setItemLabelGenerator(summary -> summary == null ? ALL_COURSES : summary.code() + " " + summary.title());
        course.setEmptySelectionAllowed(true);
        course.setEmptySelectionCaption(ALL_COURSES);
        course.setPlaceholder(ALL_COURSES);

        division.setLabel("Division");
        division.setItems(departments);
        division.setItemLabelGenerator(department -> department == null ? WHOLE_ORGANISATION : department.name());
        int topDepth = departments.stream().mapToInt(DepartmentNode::depth).min().orElse(0);
        division.setRenderer(new ComponentRenderer<>(department -> {
            if (department == null) {
                return new Span(WHOLE_ORGANISATION);
            }
            var name = new Span(department.name());
            name.getStyle().set("padding-left", (department.depth() - topDepth) + "em");
            return name;
        }));
        division.setEmptySelectionAllowed(true);
        division.setEmptySelectionCaption(WHOLE_ORGANISATION);
        division.setPlaceholder(WHOLE_ORGANISATION);

        for (DatePicker date : List.of(from, to)) {
            date.setLocale(Locale.UK);
            date.setClearButtonVisible(true);
            date.setPlaceholder("Any date");
        }
        from.setTooltipText("Training on or after this day");
        to.setTooltipText("Training on or before this day");
        from.addValueChangeListener(change -> to.setMin(change.getValue()));
        to.addValueChangeListener(change -> from.setMax(change.getValue()));

        course.addValueChangeListener(change -> filtersChanged());
        division.addValueChangeListener(change -> filtersChanged());
        from.addValueChangeListener(change -> filtersChanged());
        to.addValueChangeListener(change -> filtersChanged());
        clearFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearFilters.addClickListener(click -> UI.getCurrent().navigate(DashboardView.class));
    }

    private void configureLeadersGrid() {
        leaders.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        leaders.setAllRowsVisible(true);
        leaders.setEmptyStateText("No executives or senior leaders in this division.");
        leaders.addClassName("leader-matrix");
    }

    private Div leadershipPanel() {
        var legend = new Div(attendanceMark(true), new Span("attended at least one class"),
                attendanceMark(false), new Span("not yet"));
        legend.addClassName("chart-legend");
        var chart = new Div(leadershipChart);
        chart.addClassName("leadership-chart");
        var matrix = new Div(leaders, legend);
        var both = new Div(chart, matrix);
        both.addClassName("leadership-parts");
        Div panel = panel("Leaders in the room", "Executives and senior leaders should sit in on every course: the "
                + "share who attended a class of each, and who did.", both);
        panel.addClassName("wide");
        return panel;
    }

    private void showOverrides(List<GateOverride> latest) {
        overrides.removeAll();
        overrides.addClassName("override-list");
        if (latest.isEmpty()) {
            var none = new Paragraph("No trainer has let staff in before their managers.");
            none.addClassName("panel-note");
            overrides.add(none);
            return;
        }
        for (GateOverride override : latest) {
            var line = new Paragraph(override.personName() + " (" + override.departmentName() + ") was let into "
                    + override.courseTitle() + " on " + Formats.date(override.sessionStartsAt())
                    + (override.overriddenBy() == null ? "" : " by " + override.overriddenBy()) + ": “"
                    + override.reason() + "”");
            line.addClassName("override-item");
            overrides.add(line);
        }
    }

    private void showStories(List<StoryItem> featured) {
        stories.addClassName("story-list");
        if (featured.isEmpty()) {
            var none = new Paragraph("No featured stories yet. Managers and trainers feature the best ones under "
                    + "Stories.");
            none.addClassName("panel-note");
            stories.add(none);
            return;
        }
        for (StoryItem story : featured) {
            var kind = new Span(story.kind().label());
            kind.addClassNames("badge", story.kind() == StoryKind.SUCCESS ? "success" : "warning");
            var title = new H3(story.title());
            var happened = new Paragraph(story.whatHappened());
            var learned = new Paragraph("Learned: " + story.whatLearned());
            var byline = new Span(story.authorName() + ", " + story.departmentName() + " · " + story.courseTitle());
            byline.addClassName("story-byline");
            var card = new Div(kind, title, happened, learned, byline);
            card.addClassName("story-card");
            stories.add(card);
        }
    }

    private static Div panel(String title, String note, Component... content) {
        var note1 = new Paragraph(note);
        return panel(new H2(title), note1, content);
    }

    private static Div panel(H2 title, Paragraph note, Component... content) {
        note.addClassName("panel-note");
        var panel = new Div(title, note);
        panel.add(content);
        panel.addClassName("dashboard-panel");
        return panel;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DashboardFilter requested = DashboardFilter.of(event.getLocation().getQueryParameters());
        restoring = true;
        try {
            course.setValue(course.getListDataView().getItems()
                    .filter(item -> Objects.equals(item.id(), requested.courseId())).findFirst().orElse(null));
            division.setValue(division.getListDataView().getItems()
                    .filter(item -> Objects.equals(item.id(), requested.divisionId())).findFirst().orElse(null));
            from.setValue(requested.from());
            to.setValue(requested.to());
        } finally {
            restoring = false;
        }
        filter = filterOfFields();
        refresh();
    }

    private DashboardFilter filterOfFields() {
        return new DashboardFilter(course.getValue() == null ? null : course.getValue().id(),
                division.getValue() == null ? null : division.getValue().id(), from.getValue(), to.getValue());
    }

    /** A filter changed by the user: show it in the address, which brings the dashboard up to date. */
    private void filtersChanged() {
        if (!restoring) {
            UI.getCurrent().navigate(DashboardView.class, filterOfFields().toQueryParameters());
        }
    }

    private void openDepartment(long departmentId, long courseId) {
        UI.getCurrent().navigate(DepartmentDrillDownView.class, departmentId,
                filter.withCourse(courseId).toQueryParameters());
    }

    private void refresh() {
        var scope = filter.toScope();
        // one read of the rows for the three figures (docs/performance.md)
        var dashboard = trickleDown.dashboard(scope);
        TrickleDownReport report = dashboard.report();
        TrickleDownHeadlines headlines = dashboard.headlines();
        LeadershipMatrix matrix = dashboard.leadershipMatrix();
        TrainingTrend trend = trickleDown.trend(scope);
        showOverrides(trickleDown.gateOverrides(scope, 8));

        clearFilters.setVisible(!filter.isEmpty());
        scopeNote.setText(scopeText(headlines.policy()));
        showHeadlines(headlines);
        boolean anybodyTrained = report.rows().stream()
                .anyMatch(row -> row.own().managersTrained() + row.own().staffTrained() > 0);
        panels.setVisible(anybodyTrained);
        emptyState.setVisible(!anybodyTrained);
        if (!anybodyTrained) {
            showEmptyState(report);
            return;
        }
        heatmapData = DashboardCharts.heatmap(report);
        heatmap.setOptions(heatmapData.options());
        courseKey.removeAll();
        report.courses().forEach(ref -> courseKey.add(courseKeyItem(ref)));

        CourseRef compared = report.courses().stream()
                .filter(ref -> Objects.equals(ref.id(), filter.courseId())).findFirst()
                .orElseGet(() -> DashboardCharts.busiestCourse(report));
        departmentBarsData = DashboardCharts.departmentBars(report, compared.id());
        departmentBars.setOptions(departmentBarsData.options());
        departmentBarsTitle.setText("Managers first? " + compared.title());
        departmentBarsNote.setText((filter.courseId() == null
                ? "The course with the most people trained; choose a course above to see another. " : "")
                + "Each bar is a department's people: managers, then staff. Click a bar to open the department.");

        leadershipChart.setOptions(DashboardCharts.leadershipCoverage(matrix));
        showLeaders(matrix);

        trainedChart.setOptions(DashboardCharts.trainedPerMonth(trend));
        violationsChart.setOptions(DashboardCharts.violationsPerMonth(trend));
        violationsNote.setText(trend.hasViolations() ? ""
                : "None: every staff member was trained after their managers.");
        violationsNote.setVisible(!trend.hasViolations());
        redrawChartsOnceSettled();
    }

    /**
     * ApexCharts measures its container when it first draws, and misses the resize when the app layout's drawer
     * opens beside the content right after the first render (it skips its resize observer's first report and any
     * report while it animates), leaving a chart wider than its panel. A window resize makes every chart measure
     * again. The lasting fix belongs in cascade-chart.ts: observe the element's own size and redraw.
     */
    private void redrawChartsOnceSettled() {
        getElement().executeJs("setTimeout(() => window.dispatchEvent(new Event('resize')), 400)");
    }

    private String scopeText(TrickleDownPolicy policy) {
        String rule = policy == TrickleDownPolicy.STRICT
                ? "every manager of a department trained before its staff"
                : "at least one manager of a department trained before its staff";
        return "Judged by the " + policy.name().toLowerCase(Locale.ROOT) + " policy: " + rule + "."
                + filter.roundText().map(round -> " Training " + round + ".").orElse("");
    }

    private void showHeadlines(TrickleDownHeadlines headlines) {
        inOrder.show(String.valueOf(headlines.departmentsInOrder()), "staff trained after their managers");
        outOfOrder.show(String.valueOf(headlines.departmentsOutOfOrder()), "staff trained before a manager");
        notStarted.show(String.valueOf(headlines.departmentsNotStarted()), "nobody trained yet");
        showShare(leadershipCoverage, headlines.leadershipCoverage(), "leader-course pairs attended",
                "no executives or senior leaders here");
        int violations = headlines.staffTrainedBeforeManager();
        trainedBeforeManager.show(String.valueOf(violations), violations == 0 ? "nobody jumped the queue"
                : "staff members, per course");
        trainedBeforeManager.setTone(violations == 0 ? HeadlineCard.Tone.GOOD : HeadlineCard.Tone.BAD);
        showShare(championRate, headlines.championRate(), "trained staff coached on time",
                "nobody trained yet");
    }

    private static void showShare(HeadlineCard card, Share share, String counts, String whenEmpty) {
        if (share.total() == 0) {
            card.show("–", whenEmpty);
        } else {
            card.show(Math.round(share.percent().orElseThrow()) + "%", share.count() + " of " + share.total() + " "
                    + counts);
        }
    }

    private void showEmptyState(TrickleDownReport report) {
        emptyState.removeAll();
        var icon = VaadinIcon.LINE_BAR_CHART.create();
        icon.addClassName("empty-state-icon");
        String headline;
        String next;
        if (report.courses().isEmpty()) {
            headline = "No published course yet.";
            next = "A trainer publishes a course under Training, then schedules its first classes, managers first.";
        } else if (!filter.isEmpty()) {
            headline = "Nobody was trained in this selection.";
            next = "Widen the dates, or choose another course or division.";
        } else {
            headline = "Nobody has been trained yet.";
            next = "Schedule the first classes for managers under Class sessions and mark attendance after each "
                    + "class. This dashboard then shows, department by department, whether staff followed their "
                    + "managers.";
        }
        var title = new Span(headline);
        title.addClassName("empty-state-title");
        emptyState.add(icon, title, new Paragraph(next));
        if (!filter.isEmpty()) {
            var clear = new Button("Clear filters", click -> UI.getCurrent().navigate(DashboardView.class));
            emptyState.add(clear);
        }
    }

    private void showLeaders(LeadershipMatrix matrix) {
        leaders.removeAllColumns();
        leaders.addComponentColumn(DashboardView::leaderCell).setHeader("Leader").setFrozen(true)
                .setWidth("12rem").setFlexGrow(1);
        for (CourseRef ref : matrix.courses()) {
            var header = new Span(ref.code());
            header.getElement().setAttribute("title", ref.title());
            leaders.addComponentColumn(leader -> attendanceMark(leader.attended(ref.id()))).setHeader(header)
                    .setWidth("5.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.CENTER);
        }
        leaders.setItems(matrix.leaders());
    }

    private static Component leaderCell(LeaderAttendance leader) {
        var name = new Span(leader.name());
        var level = new Span(Level.valueOf(leader.level()).label() + ", " + leader.departmentName());
        level.addClassName("secondary");
        var cell = new Div(name, level);
        cell.addClassName("leader-cell");
        return cell;
    }

    static Icon attendanceMark(boolean attended) {
        Icon mark = attended ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CLOSE_CIRCLE_O.create();
        mark.addClassName(attended ? "mark-attended" : "mark-missing");
        mark.getElement().setAttribute("aria-label", attended ? "Attended" : "Not yet");
        return mark;
    }

    private static Component courseKeyItem(CourseRef ref) {
        var code = new Span(ref.code());
        code.addClassName("course-code");
        var item = new Span(code, new Span(ref.title()));
        item.addClassName("course-key-item");
        return item;
    }
}
