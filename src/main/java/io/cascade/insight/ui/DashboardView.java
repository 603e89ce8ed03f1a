package io.cascade.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.cascade.base.ui.Formats;
import io.cascade.base.ui.chart.ApexChart;
import io.cascade.base.ui.chart.ChartKind;
import io.cascade.base.ui.chart.ChartOptions;
import io.cascade.insight.CourseActivity;
import io.cascade.insight.CourseRef;
import io.cascade.insight.DepartmentIssue;
import io.cascade.insight.DepartmentRef;
import io.cascade.insight.GateOverride;
import io.cascade.insight.LeaderGap;
import io.cascade.insight.OverviewRow;
import io.cascade.insight.ReadyForStaff;
import io.cascade.insight.TrainingTrend;
import io.cascade.insight.TrickleDownCell;
import io.cascade.insight.TrickleDownHeadlines;
import io.cascade.insight.TrickleDownOverview;
import io.cascade.insight.TrickleDownOverviewService;
import io.cascade.insight.TrickleDownService;
import io.cascade.learning.StoryItem;
import io.cascade.learning.StoryKind;
import io.cascade.learning.StoryService;
import io.cascade.organization.Level;
import io.cascade.security.Roles;
import io.cascade.trickledown.Share;
import io.cascade.trickledown.TrickleDownPolicy;
import jakarta.annotation.security.RolesAllowed;
import org.jsoup.nodes.Entities;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The executives' dashboard: did training trickle down, managers first? Headline figures; the scope's tree of
 * departments by course, rolled up, a level at a time (a row opens the level below, a cell the department's people);
 * a search for any department; "worst first" lists a page at a time; the leaders who sat in; the trend month by
 * month. The page holds what it shows, not the organisation: it reads the same from 20 departments to 2,000
 * (docs/performance.md). The filters live in the address, so a view can be bookmarked and shared.
 */
@Route("dashboard")
@PageTitle("Dashboard")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Dashboard")
@RolesAllowed({Roles.EXECUTIVE, Roles.ADMIN})
class DashboardView extends Div implements BeforeEnterObserver {

    /** Charts show at most this many months, the latest. */
    static final int TREND_MONTHS = 36;

    private static final String WHOLE_ORGANISATION = "Whole organisation";

    /** A quick choice of the training round; "custom" is whatever the two dates say. */
    enum Round {
        ALL_TIME("All time"), THIS_YEAR("This year"), LAST_YEAR("Last year"), LAST_12_MONTHS("Last 12 months"),
        CUSTOM("Chosen dates");

        private final String label;

        Round(String label) {
            this.label = label;
        }
    }

    final ComboBox<DepartmentRef> search = new ComboBox<>("Find a department");
    final Select<Round> round = new Select<>();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final MultiSelectComboBox<CourseActivity> columns = new MultiSelectComboBox<>("Courses shown");
    final Button clearFilters = new Button("Clear filters");

    final Nav breadcrumb = new Nav();
    final Button peopleOfScope = new Button("People and dates", VaadinIcon.USERS.create());

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
    final TreeGrid<OverviewRow> tree = new TreeGrid<>();
    final Div courseKey = new Div();
    final H2 departmentBarsTitle = new H2();
    final Paragraph departmentBarsNote = new Paragraph();
    final ApexChart departmentBars = new ApexChart(ChartOptions.of(ChartKind.STACKED_BAR));
    final PagedList<DepartmentIssue> outOfOrderList = new PagedList<>("No department trained staff before its managers.");
    final PagedList<ReadyForStaff> readyList = new PagedList<>("No department is waiting for staff classes.");
    final ApexChart leadershipChart = new ApexChart(ChartOptions.of(ChartKind.BAR));
    final PagedList<LeaderGap> leaders = new PagedList<>("No executives or senior leaders here.");
    final ApexChart trainedChart = new ApexChart(ChartOptions.of(ChartKind.STACKED_BAR));
    final ApexChart violationsChart = new ApexChart(ChartOptions.of(ChartKind.BAR));
    final Paragraph violationsNote = new Paragraph();
    final Div stories = new Div();
    final Div overrides = new Div();

    private final TrickleDownService trickleDown;
    private final TrickleDownOverviewService overviews;
    private final Clock clock;
    private DashboardFilter filter = DashboardFilter.NONE;
    private TrickleDownOverview overview;
    private DashboardCharts.DepartmentBars departmentBarsData;
    /** Sub-departments read when a row was opened, by department id; forgotten when the filters change. */
    private final Map<Long, List<OverviewRow>> childrenRead = new HashMap<>();
    /** Set while the fields are filled from the address, so that filling them does not navigate again. */
    private boolean restoring;

    DashboardView(TrickleDownService trickleDown, TrickleDownOverviewService overviews, StoryService storyService,
                  Clock clock) {
        this.trickleDown = trickleDown;
        this.overviews = overviews;
        this.clock = clock;
        addClassNames("view", "dashboard");

        var intro = new Paragraph("Service training starts at the top and trickles down: managers take each course "
                + "before their staff, and leaders sit in on every course.");
        intro.addClassName("view-intro");
        scopeNote.addClassName("dashboard-scope");

        configureFilters();
        var filters = new Div(search, round, from, to, clearFilters);
        filters.addClassName("dashboard-filters");

        breadcrumb.addClassName("dashboard-breadcrumb");
        breadcrumb.getElement().setAttribute("aria-label", "Where in the organisation");
        peopleOfScope.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        peopleOfScope.addClassName("scope-people");
        peopleOfScope.addClickListener(click -> openDepartment(filter.divisionId(), courseToOpen()));
        var scopeBar = new Div(breadcrumb, peopleOfScope);
        scopeBar.addClassName("dashboard-scope-bar");

        var cards = new Div(inOrder, outOfOrder, notStarted, leadershipCoverage, trainedBeforeManager, championRate);
        cards.addClassName("dashboard-cards");

        emptyState.addClassNames("empty-state", "dashboard-empty");

        configureTree();
        courseKey.addClassName("course-key-holder");
        departmentBars.addPointClickListener(click -> openDepartment(
                departmentBarsData.departmentIds().get(click.getDataPointIndex()), departmentBarsData.courseId()));
        configureLists();
        violationsNote.addClassName("panel-note");

        panels.addClassName("dashboard-panels");
        Div treePanel = panel("Where each part stands", "Each row is a department with everything below it; open a "
                + "row for the level below, or click a course to see who was trained when.", columns, tree,
                statusLegend(), courseKey);
        treePanel.addClassNames("wide", "tree-panel");
        panels.add(treePanel,
                panel(departmentBarsTitle, departmentBarsNote, departmentBars),
                panel("Out of order, worst first", "Departments whose own staff were trained before a manager, the "
                        + "most first. Click one to see who and when.", outOfOrderList),
                panel("Ready for staff", "Every manager is trained and no staff member yet: the next staff classes "
                        + "to schedule, the largest departments first.", readyList),
                leadershipPanel(),
                panel("Trainings per month", "By level, one per person and course: leaders and managers should "
                        + "lead each wave.", trainedChart),
                panel("Staff trained before a manager, per month", "Each staff member counted in the month they "
                        + "were trained out of order.", violationsChart, violationsNote),
                panel("Let in before their managers", "Staff a trainer enrolled while their department's managers "
                        + "were not all trained, with the reason the trainer recorded.", overrides),
                panel("Service stories", "Successes to celebrate and failures to learn from, featured by managers "
                        + "and trainers.", stories));
        showStories(storyService.featuredStories(3));

        add(intro, filters, scopeBar, scopeNote, cards, emptyState, panels);
    }

    private void configureFilters() {
        search.addClassName("dashboard-search");
        search.setPlaceholder("Type a name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setItems(query -> overviews.searchDepartments(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        search.setItemLabelGenerator(DepartmentRef::name);
        search.setRenderer(LitRenderer.<DepartmentRef>of("""
                <div class="search-hit"><span>${item.name}</span><small>${item.path}</small></div>""")
                .withProperty("name", DepartmentRef::name)
                .withProperty("path", ref -> ref.path().isEmpty() ? "Top of the organisation" : ref.path()));
        search.addValueChangeListener(change -> {
            if (!restoring && change.getValue() != null) {
                navigate(filter.withDivision(change.getValue().id()));
            }
        });

        round.setLabel("Training round");
        round.addClassName("dashboard-round");
        round.setItems(Round.values());
        round.setItemLabelGenerator(choice -> choice == null ? "" : choice.label);
        round.addValueChangeListener(change -> {
            if (!restoring && change.getValue() != null && change.getValue() != Round.CUSTOM) {
                LocalDate today = LocalDate.now(clock.withZone(Formats.zone()));
                navigate(switch (change.getValue()) {
                    case ALL_TIME, CUSTOM -> filter.withRound(null, null);
                    case THIS_YEAR -> filter.withRound(today.withDayOfYear(1), null);
                    case LAST_YEAR -> filter.withRound(today.minusYears(1).withDayOfYear(1),
                            today.withDayOfYear(1).minusDays(1));
                    case LAST_12_MONTHS -> filter.withRound(today.minusMonths(12).plusDays(1), today);
                });
            }
        });

        for (DatePicker date : List.of(from, to)) {
            date.setLocale(Locale.UK);
            date.setClearButtonVisible(true);
            date.setPlaceholder("Any date");
        }
        from.setTooltipText("Staff trained on or after this day");
        to.setTooltipText("Staff trained on or before this day");
        from.addValueChangeListener(change -> to.setMin(change.getValue()));
        to.addValueChangeListener(change -> from.setMax(change.getValue()));
        from.addValueChangeListener(change -> datesChanged());
        to.addValueChangeListener(change -> datesChanged());

        columns.setItemLabelGenerator(activity -> activity.course().code() + " " + activity.course().title());
        columns.setRenderer(LitRenderer.<CourseActivity>of("""
                <div class="search-hit"><span>${item.code} ${item.title}</span><small>${item.trained}</small></div>""")
                .withProperty("code", activity -> activity.course().code())
                .withProperty("title", activity -> activity.course().title())
                .withProperty("trained", activity -> activity.trained() + " trained"));
        columns.setPlaceholder("The most trained");
        columns.setTooltipText("Up to " + TrickleDownOverviewService.MAX_COLUMNS + " courses side by side");
        columns.addValueChangeListener(change -> {
            if (!restoring) {
                List<Long> ids = change.getValue().stream().map(activity -> activity.course().id())
                        .limit(TrickleDownOverviewService.MAX_COLUMNS).toList();
                navigate(filter.withCourse(null).withColumns(ids));
            }
        });

        clearFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearFilters.addClickListener(click -> UI.getCurrent().navigate(DashboardView.class));
    }

    private void datesChanged() {
        if (!restoring) {
            navigate(filter.withRound(from.getValue(), to.getValue()));
        }
    }

    /** Up to this many rows open at first the tree shows in full; more, and it scrolls, a screenful high. */
    static final int TREE_ROWS_IN_FULL = 16;

    private void configureTree() {
        tree.addClassName("trickle-tree");
        tree.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        tree.setAllRowsVisible(true);
        tree.setPageSize(TREE_ROWS_IN_FULL + 4);
        tree.setDataProvider(new AbstractBackEndHierarchicalDataProvider<OverviewRow, Void>() {
            @Override
            public int getChildCount(HierarchicalQuery<OverviewRow, Void> query) {
                return childrenOf(query.getParent()).size();
            }

            @Override
            public boolean hasChildren(OverviewRow row) {
                return row.hasChildren();
            }

            @Override
            protected Stream<OverviewRow> fetchChildrenFromBackEnd(HierarchicalQuery<OverviewRow, Void> query) {
                return childrenOf(query.getParent()).stream().skip(query.getOffset()).limit(query.getLimit());
            }

            @Override
            public Object getId(OverviewRow row) {
                return row.departmentId();
            }
        });
    }

    private List<OverviewRow> childrenOf(OverviewRow parent) {
        if (overview == null) {
            return List.of();
        }
        if (parent == null) {
            return overview.rows();
        }
        if (!parent.children().isEmpty() || !parent.hasChildren()) {
            return parent.children();
        }
        return childrenRead.computeIfAbsent(parent.departmentId(), id -> overviews.children(filter.toScope(), id,
                columnIds()));
    }

    private List<Long> columnIds() {
        return overview == null ? filter.columns() : overview.columns().stream().map(CourseRef::id).toList();
    }

    /** The tree's columns follow the overview's courses: the department, its overall status, one per course. */
    private void showTreeColumns(List<CourseRef> courses) {
        tree.removeAllColumns();
        tree.addHierarchyColumn(DashboardView::rowLabel).setHeader("Department").setFrozen(true)
                .setWidth("13rem").setFlexGrow(1).setSortable(false);
        tree.addColumn(LitRenderer.<OverviewRow>of("""
                        <span class="badge status-badge status-${item.look}">${item.label}</span>""")
                        .withProperty("look", row -> StatusLook.of(row.overall()).cssName())
                        .withProperty("label", row -> StatusLook.of(row.overall()).label()))
                .setHeader("All courses").setWidth("10rem").setFlexGrow(0);
        // one column draws every course's cell: a grid column per course would cost the page a component each
        // the tooltip is put together in the browser from the cell's figures: written out on the server, it was
        // most of the first response at 2,000 departments (35 divisions x 12 courses x a sentence)
        ArrayNode codes = JsonNodeFactory.instance.arrayNode();
        courses.forEach(course -> codes.add(course.code()));
        tree.addColumn(LitRenderer.<OverviewRow>of("""
                        <div class="heat-strip">${item.cells.map((cell, i) => html`<button class="heat heat-${cell.s}" \
                        title="${item.codes[i]}: ${%s[cell.s]}, managers ${cell.n[0]} of ${cell.n[1]}, \
                        staff ${cell.n[2]} of ${cell.n[3]}${cell.n[4] > 0 ? ', ' + cell.n[4] + ' before a manager' : ''}" \
                        @click=${() => open(i)}>${cell.v}</button>`)}</div>""".formatted(StatusLook.labelsAsScript()))
                        .withProperty("cells", DashboardView::heatCells)
                        .withProperty("codes", row -> codes)
                        .withFunction("open", (row, args) -> openDepartment(row.departmentId(),
                                courses.get(args.get(0).asInt()).id())))
                .setHeader(stripHeader(courses)).setKey(COURSES_COLUMN).setWidth(stripWidth(courses.size()))
                .setFlexGrow(0);
        tree.addColumn(LitRenderer.<OverviewRow>of("""
                        <button class="tree-focus" title="Show ${item.name} on its own" aria-label="Show ${item.name} on its own" @click=${focus}>›</button>""")
                        .withProperty("name", OverviewRow::name)
                        .withFunction("focus", row -> navigate(filter.withDivision(row.departmentId()))))
                .setHeader("").setWidth("2.6rem").setFlexGrow(0);
    }

    /** The key of the tree's column of course cells. */
    static final String COURSES_COLUMN = "courses";

    /**
     * The row's cells for the renderer, as JSON (the renderer's properties take plain values, not maps), each as
     * short as it can be: its look ({@code s}), what it shows ({@code v}) and its figures ({@code n}: managers
     * trained, managers, staff trained, staff, trained before a manager) for the tooltip.
     */
    static ArrayNode heatCells(OverviewRow row) {
        ArrayNode cells = JsonNodeFactory.instance.arrayNode();
        for (TrickleDownCell cell : row.cells()) {
            var item = cells.addObject().put("s", StatusLook.of(cell.status()).cssName()).put("v", cellValue(cell));
            item.putArray("n").add(cell.managersTrained()).add(cell.managers()).add(cell.staffTrained())
                    .add(cell.staff()).add(cell.violations());
        }
        return cells;
    }

    /**
     * The course codes above the strip of cells, each as wide as its cells, its title on hover: one element of
     * markup rather than a component per course. Codes and titles are typed by trainers, so they are escaped.
     */
    private static Component stripHeader(List<CourseRef> courses) {
        var html = new StringBuilder("<div class=\"heat-strip heat-strip-header\">");
        for (CourseRef course : courses) {
            html.append("<span title=\"").append(escape(course.title())).append("\">").append(escape(course.code()))
                    .append("</span>");
        }
        return new Html(html.append("</div>").toString());
    }

    /** Text made safe to place in markup, as an attribute value or as content. */
    static String escape(String text) {
        return Entities.escape(text);
    }

    /** The codes of the courses shown and their titles, as one element of markup (escaped, see stripHeader). */
    private static Component courseKey(List<CourseRef> courses) {
        var html = new StringBuilder("<div class=\"course-key\">");
        for (CourseRef course : courses) {
            html.append("<span class=\"course-key-item\"><span class=\"course-code\">").append(escape(course.code()))
                    .append("</span> ").append(escape(course.title())).append("</span>");
        }
        return new Html(html.append("</div>").toString());
    }

    private static String stripWidth(int courses) {
        return (courses * 4.8 + 0.8) + "rem";
    }

    static String rowLabel(OverviewRow row) {
        String label = row.name();
        if (row.children().size() < row.childCount() && !row.children().isEmpty()) {
            label += " (" + row.children().size() + " of " + row.childCount() + " below, most in need first)";
        }
        return label;
    }

    /** What a cell says without its colour: the share trained, or how many staff went before a manager. */
    static String cellValue(TrickleDownCell cell) {
        int members = cell.managers() + cell.staff();
        if (cell.violations() > 0) {
            return "✕ " + cell.violations();
        }
        if (members == 0) {
            return "–";
        }
        return Math.round(100.0 * (cell.managersTrained() + cell.staffTrained()) / members) + "%";
    }

    private void configureLists() {
        outOfOrderList.grid.addColumn(LitRenderer.<DepartmentIssue>of("""
                        <div class="leader-cell"><span>${item.name}</span><span class="secondary">${item.parent}</span></div>""")
                        .withProperty("name", DepartmentIssue::name)
                        .withProperty("parent", issue -> Objects.requireNonNullElse(issue.parentName(), "")))
                .setHeader("Department").setFlexGrow(1).setWidth("10rem");
        outOfOrderList.grid.addColumn(DepartmentIssue::violations).setHeader("Before a manager")
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        outOfOrderList.grid.addColumn(issue -> issue.worstCourse().code()).setHeader("Most in")
                .setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(issue -> issue.worstCourse().title() + "; out of order in "
                        + issue.coursesOutOfOrder() + (issue.coursesOutOfOrder() == 1 ? " course" : " courses"));
        outOfOrderList.grid.addItemClickListener(click -> openDepartment(click.getItem().departmentId(),
                click.getItem().worstCourse().id()));
        outOfOrderList.grid.addClassName("clickable-rows");

        readyList.grid.addColumn(LitRenderer.<ReadyForStaff>of("""
                        <div class="leader-cell"><span>${item.name}</span><span class="secondary">${item.parent}</span></div>""")
                        .withProperty("name", ReadyForStaff::name)
                        .withProperty("parent", item -> Objects.requireNonNullElse(item.parentName(), "")))
                .setHeader("Department").setFlexGrow(1).setWidth("10rem");
        readyList.grid.addColumn(item -> item.course().code()).setHeader("Course").setAutoWidth(true)
                .setFlexGrow(0).setTooltipGenerator(item -> item.course().title());
        readyList.grid.addColumn(item -> item.staff() + " staff").setHeader("Waiting").setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        readyList.grid.addItemClickListener(click -> openDepartment(click.getItem().departmentId(),
                click.getItem().course().id()));
        readyList.grid.addClassName("clickable-rows");

        leaders.grid.addClassName("leader-matrix");
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
                + "share who attended a class of each course shown, and the leaders who sat in on the fewest first.",
                both);
        panel.addClassName("wide");
        return panel;
    }

    private void showLeaderColumns(List<CourseRef> courses) {
        leaders.grid.removeAllColumns();
        leaders.grid.addColumn(LitRenderer.<LeaderGap>of("""
                        <div class="leader-cell"><span>${item.name}</span><span class="secondary">${item.role}</span></div>""")
                        .withProperty("name", LeaderGap::name)
                        .withProperty("role", leader -> Level.valueOf(leader.level()).label() + ", "
                                + leader.departmentName()))
                .setHeader("Leader").setFrozen(true).setWidth("12rem").setFlexGrow(1);
        leaders.grid.addColumn(leader -> leader.attended() + " of " + leader.courses()).setHeader("Courses")
                .setAutoWidth(true).setFlexGrow(0);
        leaders.grid.addColumn(LitRenderer.<LeaderGap>of("""
                        <div class="heat-strip mark-strip">${item.marks.map(mark => html`<span \
                        class="mark ${mark.css}" role="img" aria-label="${mark.label}" title="${mark.label}">\
                        ${mark.glyph}</span>`)}</div>""")
                        .withProperty("marks", leader -> marks(leader, courses)))
                .setHeader(stripHeader(courses)).setWidth(stripWidth(courses.size())).setFlexGrow(0);
    }

    private static ArrayNode marks(LeaderGap leader, List<CourseRef> courses) {
        ArrayNode marks = JsonNodeFactory.instance.arrayNode();
        for (CourseRef course : courses) {
            boolean attended = leader.attended(course.id());
            marks.addObject().put("css", attended ? "mark-attended" : "mark-missing").put("glyph", attended ? "✔" : "○")
                    .put("label", course.code() + (attended ? ": attended" : ": not yet"));
        }
        return marks;
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
        return panel(new H2(title), new Paragraph(note), content);
    }

    private static Div panel(H2 title, Paragraph note, Component... content) {
        note.addClassName("panel-note");
        var panel = new Div(title, note);
        panel.add(content);
        panel.addClassName("dashboard-panel");
        return panel;
    }

    private static Component statusLegend() {
        var html = new StringBuilder("<div class=\"status-legend\">");
        for (StatusLook look : StatusLook.values()) {
            html.append("<span><span class=\"heat-swatch heat-").append(look.cssName()).append("\"></span>")
                    .append(look.label()).append("</span>");
        }
        return new Html(html.append("</div>").toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = DashboardFilter.of(event.getLocation().getQueryParameters());
        childrenRead.clear();
        refresh();
    }

    private void navigate(DashboardFilter next) {
        UI.getCurrent().navigate(DashboardView.class, next.toQueryParameters());
    }

    private void openDepartment(Long departmentId, Long courseId) {
        if (departmentId == null) {
            return;
        }
        UI.getCurrent().navigate(DepartmentDrillDownView.class, departmentId,
                filter.withCourse(courseId).toQueryParameters());
    }

    /** The course to open the scope's people in: the shown one with the most staff out of order, else the first. */
    private Long courseToOpen() {
        if (overview == null || overview.columns().isEmpty() || overview.rows().isEmpty()) {
            return null;
        }
        List<TrickleDownCell> cells = overview.rows().getFirst().cells();
        int worst = 0;
        for (int i = 1; i < cells.size(); i++) {
            if (cells.get(i).violations() > cells.get(worst).violations()) {
                worst = i;
            }
        }
        return overview.columns().get(worst).id();
    }

    private void refresh() {
        var scope = filter.toScope();
        overview = overviews.overview(scope, filter.courseId() == null ? filter.columns() : List.of());
        TrainingTrend trend = trickleDown.trend(scope);
        showOverrides(trickleDown.gateOverrides(scope, 8));

        restoreFields();
        clearFilters.setVisible(!filter.isEmpty());
        showBreadcrumb(overview.path());
        scopeNote.setText(scopeText(overview.policy()));
        showHeadlines(overview.headlines());
        panels.setVisible(overview.anybodyTrained());
        emptyState.setVisible(!overview.anybodyTrained());
        if (!overview.anybodyTrained()) {
            showEmptyState();
            return;
        }
        showTreeColumns(overview.columns());
        tree.getDataProvider().refreshAll();
        overview.rows().forEach(tree::expand);
        // a wide organisation (35 divisions at 2,000 departments) scrolls within the tree, which then fetches its rows
        // a page at a time as they come into view instead of all of them with the first response
        int rowsOpen = overview.rows().stream().mapToInt(row -> 1 + row.children().size()).sum();
        boolean scrolls = rowsOpen > TREE_ROWS_IN_FULL;
        tree.setAllRowsVisible(!scrolls);
        tree.setClassName("trickle-tree-scrolls", scrolls);
        courseKey.removeAll();
        courseKey.add(courseKey(overview.columns()));

        showDepartmentBars();

        outOfOrderList.show(overview.outOfOrder(), offset -> overviews.outOfOrder(scope, offset,
                TrickleDownOverviewService.PAGE_SIZE));
        readyList.show(overview.readyForStaff(), offset -> overviews.readyForStaff(scope, offset,
                TrickleDownOverviewService.PAGE_SIZE));
        showLeaderColumns(overview.columns());
        List<Long> columnIds = columnIds();
        leaders.show(overview.leaders(), offset -> overviews.leaders(scope, columnIds, offset,
                TrickleDownOverviewService.PAGE_SIZE));
        leadershipChart.setOptions(DashboardCharts.leadershipCoverage(overview.leadership()));

        TrainingTrend recent = DashboardCharts.latestMonths(trend, TREND_MONTHS);
        trainedChart.setOptions(DashboardCharts.trainedPerMonth(recent));
        violationsChart.setOptions(DashboardCharts.violationsPerMonth(recent));
        violationsNote.setText(trend.hasViolations() ? ""
                : "None: every staff member was trained after their managers.");
        violationsNote.setVisible(!trend.hasViolations());
        redrawChartsOnceSettled();
    }

    /** The fields show the address's filters; filling them does not navigate again. */
    private void restoreFields() {
        restoring = true;
        try {
            search.clear();
            from.setValue(filter.from());
            to.setValue(filter.to());
            round.setValue(roundOf(filter.from(), filter.to()));
            columns.setItems(overview.courses());
            var shown = new LinkedHashSet<CourseActivity>();
            for (CourseRef column : overview.columns()) {
                overview.courses().stream().filter(activity -> activity.course().equals(column)).findFirst()
                        .ifPresent(shown::add);
            }
            columns.setValue(shown);
        } finally {
            restoring = false;
        }
    }

    private Round roundOf(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return Round.ALL_TIME;
        }
        LocalDate today = LocalDate.now(clock.withZone(Formats.zone()));
        if (Objects.equals(start, today.withDayOfYear(1)) && end == null) {
            return Round.THIS_YEAR;
        }
        if (Objects.equals(start, today.minusYears(1).withDayOfYear(1))
                && Objects.equals(end, today.withDayOfYear(1).minusDays(1))) {
            return Round.LAST_YEAR;
        }
        if (Objects.equals(start, today.minusMonths(12).plusDays(1)) && Objects.equals(end, today)) {
            return Round.LAST_12_MONTHS;
        }
        return Round.CUSTOM;
    }

    private void showBreadcrumb(List<DepartmentRef> path) {
        breadcrumb.removeAll();
        var top = new RouterLink(WHOLE_ORGANISATION, DashboardView.class);
        top.setQueryParameters(filter.withDivision(null).toQueryParameters());
        breadcrumb.add(top);
        for (int i = 0; i < path.size(); i++) {
            var separator = new Span("›");
            separator.addClassName("breadcrumb-separator");
            breadcrumb.add(separator);
            DepartmentRef step = path.get(i);
            if (i == path.size() - 1) {
                var here = new Span(step.name());
                here.getElement().setAttribute("aria-current", "page");
                breadcrumb.add(here);
            } else {
                var link = new RouterLink(step.name(), DashboardView.class);
                link.setQueryParameters(filter.withDivision(step.id()).toQueryParameters());
                breadcrumb.add(link);
            }
        }
        peopleOfScope.setVisible(!path.isEmpty());
    }

    /** The bars compare the departments one level below the top: the first column's course, or the chosen one. */
    private void showDepartmentBars() {
        CourseRef compared = overview.columns().getFirst();
        List<OverviewRow> compareRows = new ArrayList<>();
        for (OverviewRow row : overview.rows()) {
            compareRows.addAll(row.children().isEmpty() ? List.of(row) : row.children());
        }
        departmentBarsData = DashboardCharts.departmentBars(compareRows, 0, compared.id());
        departmentBars.setOptions(departmentBarsData.options());
        departmentBarsTitle.setText("Managers first? " + compared.title());
        departmentBarsNote.setText((filter.courseId() == null && filter.columns().isEmpty()
                ? "The course with the most people trained; choose the courses shown above to see another. " : "")
                + "Each bar is a department with everything below it: managers, then staff. Click a bar to open it.");
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
                + filter.roundText().map(text -> " Staff trained " + text + ", against the managers' valid "
                        + "training at the time.").orElse("");
    }

    /** A count as people read it at the size of a real organisation: 5,507, not 5507. */
    static String count(int value) {
        return String.format(Locale.UK, "%,d", value);
    }

    private void showHeadlines(TrickleDownHeadlines headlines) {
        inOrder.show(count(headlines.departmentsInOrder()), "staff trained after their managers");
        outOfOrder.show(count(headlines.departmentsOutOfOrder()), "staff trained before a manager");
        notStarted.show(count(headlines.departmentsNotStarted()), "nobody trained yet");
        showShare(leadershipCoverage, headlines.leadershipCoverage(), "leader-course pairs attended",
                "no executives or senior leaders here");
        int violations = headlines.staffTrainedBeforeManager();
        trainedBeforeManager.show(count(violations), violations == 0 ? "nobody jumped the queue"
                : "staff members, per course");
        trainedBeforeManager.setTone(violations == 0 ? HeadlineCard.Tone.GOOD : HeadlineCard.Tone.BAD);
        showShare(championRate, headlines.championRate(), "trained staff coached on time",
                "nobody trained yet");
    }

    private static void showShare(HeadlineCard card, Share share, String counts, String whenEmpty) {
        if (share.total() == 0) {
            card.show("–", whenEmpty);
        } else {
            card.show(Math.round(share.percent().orElseThrow()) + "%", count(share.count()) + " of "
                    + count(share.total()) + " " + counts);
        }
    }

    private void showEmptyState() {
        emptyState.removeAll();
        var icon = VaadinIcon.LINE_BAR_CHART.create();
        icon.addClassName("empty-state-icon");
        String headline;
        String next;
        if (overview.courses().isEmpty()) {
            headline = "No published course yet.";
            next = "A trainer publishes a course under Training, then schedules its first classes, managers first.";
        } else if (!filter.isEmpty()) {
            headline = "Nobody was trained in this selection.";
            next = "Widen the dates, or choose another department.";
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

    static Icon attendanceMark(boolean attended) {
        Icon mark = attended ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CLOSE_CIRCLE_O.create();
        mark.addClassName(attended ? "mark-attended" : "mark-missing");
        mark.getElement().setAttribute("aria-label", attended ? "Attended" : "Not yet");
        return mark;
    }

    /** The overview shown, for tests. */
    Optional<TrickleDownOverview> overview() {
        return Optional.ofNullable(overview);
    }
}
