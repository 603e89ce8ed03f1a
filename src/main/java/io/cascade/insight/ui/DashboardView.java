package io.cascade.insight.ui;

import com.ibm.icu.text.NumberFormat;
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
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.cascade.base.i18n.Language;
import io.cascade.base.i18n.Text;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The executives' dashboard: did training trickle down, managers first? Headline figures; the scope's tree of
 * departments by course, rolled up, a level at a time (a row opens the level below, a cell the department's people);
 * a search for any department; "worst first" lists a page at a time; the leaders who sat in; the trend month by
 * month. The page holds what it shows, not the organisation: it reads the same from 20 departments to 2,000
 * (docs/performance.md). The filters live in the address, so a view can be bookmarked and shared.
 */
@Route("dashboard")
@Menu(order = 0, icon = "vaadin:dashboard", title = "insight.menu.dashboard")
@RolesAllowed({Roles.EXECUTIVE, Roles.ADMIN})
class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Charts show at most this many months, the latest. */
    static final int TREND_MONTHS = 36;

    /** A quick choice of the training round; "custom" is whatever the two dates say. */
    enum Round {
        ALL_TIME, THIS_YEAR, LAST_YEAR, LAST_12_MONTHS, CUSTOM
    }

    final ComboBox<DepartmentRef> search = new ComboBox<>(getTranslation("insight.dashboard.search.label"));
    final Select<Round> round = new Select<>();
    final DatePicker from = new DatePicker(getTranslation("insight.dashboard.from.label"));
    final DatePicker to = new DatePicker(getTranslation("insight.dashboard.to.label"));
    final MultiSelectComboBox<CourseActivity> columns =
            new MultiSelectComboBox<>(getTranslation("insight.dashboard.columns.label"));
    final Button clearFilters = new Button(getTranslation("insight.dashboard.clearFilters"));

    final Nav breadcrumb = new Nav();
    final Button peopleOfScope = new Button(getTranslation("insight.dashboard.peopleOfScope"),
            VaadinIcon.USERS.create());

    final HeadlineCard inOrder = new HeadlineCard(getTranslation("insight.dashboard.card.inOrder"),
            HeadlineCard.Tone.GOOD);
    final HeadlineCard outOfOrder = new HeadlineCard(getTranslation("insight.dashboard.card.outOfOrder"),
            HeadlineCard.Tone.BAD);
    final HeadlineCard notStarted = new HeadlineCard(getTranslation("insight.dashboard.card.notStarted"),
            HeadlineCard.Tone.NEUTRAL);
    final HeadlineCard leadershipCoverage = new HeadlineCard(
            getTranslation("insight.dashboard.card.leadershipCoverage"), HeadlineCard.Tone.INFO);
    final HeadlineCard trainedBeforeManager = new HeadlineCard(
            getTranslation("insight.dashboard.card.trainedBeforeManager"), HeadlineCard.Tone.BAD);
    final HeadlineCard championRate = new HeadlineCard(getTranslation("insight.dashboard.card.championRate"),
            HeadlineCard.Tone.INFO);

    final Paragraph scopeNote = new Paragraph();
    final Div emptyState = new Div();
    final Div panels = new Div();
    final TreeGrid<OverviewRow> tree = new TreeGrid<>();
    final Div courseKey = new Div();
    final H2 departmentBarsTitle = new H2();
    final Paragraph departmentBarsNote = new Paragraph();
    final ApexChart departmentBars = new ApexChart(ChartOptions.of(ChartKind.STACKED_BAR));
    final PagedList<DepartmentIssue> outOfOrderList =
            new PagedList<>(getTranslation("insight.dashboard.outOfOrder.empty"));
    final PagedList<ReadyForStaff> readyList = new PagedList<>(getTranslation("insight.dashboard.ready.empty"));
    final ApexChart leadershipChart = new ApexChart(ChartOptions.of(ChartKind.BAR));
    final PagedList<LeaderGap> leaders = new PagedList<>(getTranslation("insight.dashboard.leaders.empty"));
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

        var intro = new Paragraph(getTranslation("insight.dashboard.intro"));
        intro.addClassName("view-intro");
        scopeNote.addClassName("dashboard-scope");

        configureFilters();
        var filters = new Div(search, round, from, to, clearFilters);
        filters.addClassName("dashboard-filters");

        breadcrumb.addClassName("dashboard-breadcrumb");
        breadcrumb.getElement().setAttribute("aria-label", getTranslation("insight.dashboard.breadcrumb.label"));
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
        Div treePanel = panel(getTranslation("insight.dashboard.tree.title"),
                getTranslation("insight.dashboard.tree.note"), columns, tree, statusLegend(getLocale()), courseKey);
        treePanel.addClassNames("wide", "tree-panel");
        panels.add(treePanel,
                panel(departmentBarsTitle, departmentBarsNote, departmentBars),
                panel(getTranslation("insight.dashboard.outOfOrder.title"),
                        getTranslation("insight.dashboard.outOfOrder.note"), outOfOrderList),
                panel(getTranslation("insight.dashboard.ready.title"), getTranslation("insight.dashboard.ready.note"),
                        readyList),
                leadershipPanel(),
                panel(getTranslation("insight.dashboard.trained.title"),
                        getTranslation("insight.dashboard.trained.note"), trainedChart),
                panel(getTranslation("insight.dashboard.violations.title"),
                        getTranslation("insight.dashboard.violations.note"), violationsChart, violationsNote),
                panel(getTranslation("insight.dashboard.overrides.title"),
                        getTranslation("insight.dashboard.overrides.note"), overrides),
                panel(getTranslation("insight.dashboard.stories.title"),
                        getTranslation("insight.dashboard.stories.note"), stories));
        showStories(storyService.featuredStories(3));

        add(intro, filters, scopeBar, scopeNote, cards, emptyState, panels);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insight.dashboard.title");
    }

    private void configureFilters() {
        search.addClassName("dashboard-search");
        search.setPlaceholder(getTranslation("insight.dashboard.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setItems(query -> overviews.searchDepartments(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        search.setItemLabelGenerator(DepartmentRef::name);
        search.setRenderer(LitRenderer.<DepartmentRef>of("""
                <div class="search-hit"><span>${item.name}</span><small>${item.path}</small></div>""")
                .withProperty("name", DepartmentRef::name)
                .withProperty("path", ref -> ref.path().isEmpty()
                        ? getTranslation("insight.dashboard.search.top") : ref.path()));
        search.addValueChangeListener(change -> {
            if (!restoring && change.getValue() != null) {
                navigate(filter.withDivision(change.getValue().id()));
            }
        });

        round.setLabel(getTranslation("insight.dashboard.round.label"));
        round.addClassName("dashboard-round");
        round.setItems(Round.values());
        round.setItemLabelGenerator(choice -> choice == null ? ""
                : getTranslation("insight.dashboard.round." + choice.name()));
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

        // the pickers follow the page's language: its date format and first day of the week
        for (DatePicker date : List.of(from, to)) {
            date.setClearButtonVisible(true);
            date.setPlaceholder(getTranslation("insight.dashboard.date.placeholder"));
        }
        from.setTooltipText(getTranslation("insight.dashboard.from.tooltip"));
        to.setTooltipText(getTranslation("insight.dashboard.to.tooltip"));
        from.addValueChangeListener(change -> to.setMin(change.getValue()));
        to.addValueChangeListener(change -> from.setMax(change.getValue()));
        from.addValueChangeListener(change -> datesChanged());
        to.addValueChangeListener(change -> datesChanged());

        columns.setItemLabelGenerator(activity -> activity.course().code() + " " + activity.course().title());
        columns.setRenderer(LitRenderer.<CourseActivity>of("""
                <div class="search-hit"><span>${item.code} ${item.title}</span><small>${item.trained}</small></div>""")
                .withProperty("code", activity -> activity.course().code())
                .withProperty("title", activity -> activity.course().title())
                .withProperty("trained", activity -> getTranslation("insight.dashboard.columns.trained",
                        activity.trained())));
        columns.setPlaceholder(getTranslation("insight.dashboard.columns.placeholder"));
        columns.setTooltipText(getTranslation("insight.dashboard.columns.tooltip",
                TrickleDownOverviewService.MAX_COLUMNS));
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
        Locale locale = getLocale();
        tree.removeAllColumns();
        tree.addHierarchyColumn(DashboardView::rowLabel).setHeader(getTranslation("insight.dashboard.tree.department"))
                .setFrozen(true).setWidth("13rem").setFlexGrow(1).setSortable(false);
        tree.addColumn(LitRenderer.<OverviewRow>of("""
                        <span class="badge status-badge status-${item.look}">${item.label}</span>""")
                        .withProperty("look", row -> StatusLook.of(row.overall()).cssName())
                        .withProperty("label", row -> StatusLook.of(row.overall()).label(locale)))
                .setHeader(getTranslation("insight.dashboard.tree.allCourses")).setWidth("10rem").setFlexGrow(0);
        ArrayNode codes = codes(courses);
        tree.addColumn(LitRenderer.<OverviewRow>of(heatStripTemplate(locale))
                        .withProperty("cells", DashboardView::heatCells)
                        .withProperty("codes", row -> codes)
                        .withFunction("open", (row, args) -> openDepartment(row.departmentId(),
                                courses.get(args.get(0).asInt()).id())))
                .setHeader(stripHeader(courses)).setKey(COURSES_COLUMN).setWidth(stripWidth(courses.size()))
                .setFlexGrow(0);
        String focus = BrowserText.expression(locale, "insight.dashboard.tree.focus", "item.name");
        tree.addColumn(LitRenderer.<OverviewRow>of("""
                        <button class="tree-focus" title="${%1$s}" aria-label="${%1$s}" @click=${focus}>›</button>"""
                        .formatted(focus))
                        .withProperty("name", OverviewRow::name)
                        .withFunction("focus", row -> navigate(filter.withDivision(row.departmentId()))))
                .setHeader("").setWidth("2.6rem").setFlexGrow(0);
    }

    private static ArrayNode codes(List<CourseRef> courses) {
        ArrayNode codes = JsonNodeFactory.instance.arrayNode();
        courses.forEach(course -> codes.add(course.code()));
        return codes;
    }

    /**
     * One column draws every course's cell: a grid column per course would cost the page a component each. The
     * tooltip is put together in the browser from the cell's figures: written out on the server, it was most of the
     * first response at 2,000 departments (35 divisions x 12 courses x a sentence). Its words, in the page's
     * language, travel once, in the template's code (see {@link BrowserText}).
     */
    static String heatStripTemplate(Locale locale) {
        String[] figures = {"item.codes[i]", StatusLook.labelsAsScript(locale) + "[cell.s]", "cell.n[0]", "cell.n[1]",
                "cell.n[2]", "cell.n[3]", "cell.n[4]"};
        String inOrder = BrowserText.expression(locale, "insight.dashboard.tree.cell.tooltip", figures);
        String outOfOrder = BrowserText.expression(locale, "insight.dashboard.tree.cell.tooltipOutOfOrder", figures);
        return """
                <div class="heat-strip">${item.cells.map((cell, i) => html`<button class="heat heat-${cell.s}" \
                title="${cell.n[4] > 0 ? %s : %s}" \
                @click=${() => open(i)}>${cell.v}</button>`)}</div>""".formatted(outOfOrder, inOrder);
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
        if (row.children().size() < row.childCount() && !row.children().isEmpty()) {
            return I18NProvider.translate("insight.dashboard.tree.row.some", row.name(), row.children().size(),
                    row.childCount());
        }
        return row.name();
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
        return percent(Math.round(100.0 * (cell.managersTrained() + cell.staffTrained()) / members));
    }

    private void configureLists() {
        outOfOrderList.grid.addColumn(LitRenderer.<DepartmentIssue>of("""
                        <div class="leader-cell"><span>${item.name}</span><span class="secondary">${item.parent}</span></div>""")
                        .withProperty("name", DepartmentIssue::name)
                        .withProperty("parent", issue -> Objects.requireNonNullElse(issue.parentName(), "")))
                .setHeader(getTranslation("insight.dashboard.outOfOrder.department")).setFlexGrow(1).setWidth("10rem");
        outOfOrderList.grid.addColumn(DepartmentIssue::violations)
                .setHeader(getTranslation("insight.dashboard.outOfOrder.violations"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        outOfOrderList.grid.addColumn(issue -> issue.worstCourse().code())
                .setHeader(getTranslation("insight.dashboard.outOfOrder.worstCourse"))
                .setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(issue -> getTranslation("insight.dashboard.outOfOrder.worstCourse.tooltip",
                        issue.worstCourse().title(), issue.coursesOutOfOrder()));
        outOfOrderList.grid.addItemClickListener(click -> openDepartment(click.getItem().departmentId(),
                click.getItem().worstCourse().id()));
        outOfOrderList.grid.addClassName("clickable-rows");

        readyList.grid.addColumn(LitRenderer.<ReadyForStaff>of("""
                        <div class="leader-cell"><span>${item.name}</span><span class="secondary">${item.parent}</span></div>""")
                        .withProperty("name", ReadyForStaff::name)
                        .withProperty("parent", item -> Objects.requireNonNullElse(item.parentName(), "")))
                .setHeader(getTranslation("insight.dashboard.ready.department")).setFlexGrow(1).setWidth("10rem");
        readyList.grid.addColumn(item -> item.course().code()).setHeader(getTranslation("insight.dashboard.ready.course"))
                .setAutoWidth(true).setFlexGrow(0).setTooltipGenerator(item -> item.course().title());
        readyList.grid.addColumn(item -> getTranslation("insight.dashboard.ready.staff", item.staff()))
                .setHeader(getTranslation("insight.dashboard.ready.waiting")).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        readyList.grid.addItemClickListener(click -> openDepartment(click.getItem().departmentId(),
                click.getItem().course().id()));
        readyList.grid.addClassName("clickable-rows");

        leaders.grid.addClassName("leader-matrix");
    }

    private Div leadershipPanel() {
        var legend = new Div(attendanceMark(true), new Span(getTranslation("insight.dashboard.leaders.legend.attended")),
                attendanceMark(false), new Span(getTranslation("insight.dashboard.leaders.legend.notYet")));
        legend.addClassName("chart-legend");
        var chart = new Div(leadershipChart);
        chart.addClassName("leadership-chart");
        var matrix = new Div(leaders, legend);
        var both = new Div(chart, matrix);
        both.addClassName("leadership-parts");
        Div panel = panel(getTranslation("insight.dashboard.leaders.title"),
                getTranslation("insight.dashboard.leaders.note"), both);
        panel.addClassName("wide");
        return panel;
    }

    private void showLeaderColumns(List<CourseRef> courses) {
        leaders.grid.removeAllColumns();
        leaders.grid.addColumn(LitRenderer.<LeaderGap>of("""
                        <div class="leader-cell"><span>${item.name}</span><span class="secondary">${item.role}</span></div>""")
                        .withProperty("name", LeaderGap::name)
                        .withProperty("role", leader -> getTranslation("insight.dashboard.leaders.role",
                                levelName(Level.valueOf(leader.level())), leader.departmentName())))
                .setHeader(getTranslation("insight.dashboard.leaders.leader")).setFrozen(true).setWidth("12rem")
                .setFlexGrow(1);
        leaders.grid.addColumn(leader -> getTranslation("insight.dashboard.leaders.attendedOf", leader.attended(),
                        leader.courses()))
                .setHeader(getTranslation("insight.dashboard.leaders.courses")).setAutoWidth(true).setFlexGrow(0);
        leaders.grid.addColumn(LitRenderer.<LeaderGap>of("""
                        <div class="heat-strip mark-strip">${item.marks.map(mark => html`<span \
                        class="mark ${mark.css}" role="img" aria-label="${mark.label}" title="${mark.label}">\
                        ${mark.glyph}</span>`)}</div>""")
                        .withProperty("marks", leader -> marks(leader, courses, getLocale())))
                .setHeader(stripHeader(courses)).setWidth(stripWidth(courses.size())).setFlexGrow(0);
    }

    private static ArrayNode marks(LeaderGap leader, List<CourseRef> courses, Locale locale) {
        ArrayNode marks = JsonNodeFactory.instance.arrayNode();
        for (CourseRef course : courses) {
            boolean attended = leader.attended(course.id());
            marks.addObject().put("css", attended ? "mark-attended" : "mark-missing").put("glyph", attended ? "✔" : "○")
                    .put("label", Text.of(attended ? "insight.dashboard.leaders.mark.attended"
                            : "insight.dashboard.leaders.mark.notYet", course.code()).in(locale));
        }
        return marks;
    }

    /**
     * A level as people say it. The organization module owns the levels' names; until its bundles name them in every
     * language, they read as {@link Level#label()} says.
     */
    static String levelName(Level level) {
        return level.label();
    }

    private void showOverrides(List<GateOverride> latest) {
        overrides.removeAll();
        overrides.addClassName("override-list");
        if (latest.isEmpty()) {
            var none = new Paragraph(getTranslation("insight.dashboard.overrides.empty"));
            none.addClassName("panel-note");
            overrides.add(none);
            return;
        }
        for (GateOverride override : latest) {
            String date = Formats.date(override.sessionStartsAt());
            var line = new Paragraph(override.overriddenBy() == null
                    ? getTranslation("insight.dashboard.overrides.item", override.personName(),
                            override.departmentName(), override.courseTitle(), date, override.reason())
                    : getTranslation("insight.dashboard.overrides.itemBy", override.personName(),
                            override.departmentName(), override.courseTitle(), date, override.reason(),
                            override.overriddenBy()));
            line.addClassName("override-item");
            overrides.add(line);
        }
    }

    private void showStories(List<StoryItem> featured) {
        stories.addClassName("story-list");
        if (featured.isEmpty()) {
            var none = new Paragraph(getTranslation("insight.dashboard.stories.empty"));
            none.addClassName("panel-note");
            stories.add(none);
            return;
        }
        for (StoryItem story : featured) {
            var kind = new Span(story.kind().label());
            kind.addClassNames("badge", story.kind() == StoryKind.SUCCESS ? "success" : "warning");
            var title = new H3(story.title());
            var happened = new Paragraph(story.whatHappened());
            var learned = new Paragraph(getTranslation("insight.dashboard.stories.learned", story.whatLearned()));
            var byline = new Span(getTranslation("insight.dashboard.stories.byline", story.authorName(),
                    story.departmentName(), story.courseTitle()));
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

    private static Component statusLegend(Locale locale) {
        var html = new StringBuilder("<div class=\"status-legend\">");
        for (StatusLook look : StatusLook.values()) {
            html.append("<span><span class=\"heat-swatch heat-").append(look.cssName()).append("\"></span>")
                    .append(escape(look.label(locale))).append("</span>");
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
        leadershipChart.setOptions(DashboardCharts.leadershipCoverage(overview.leadership(), getLocale()));

        TrainingTrend recent = DashboardCharts.latestMonths(trend, TREND_MONTHS);
        trainedChart.setOptions(DashboardCharts.trainedPerMonth(recent, getLocale()));
        violationsChart.setOptions(DashboardCharts.violationsPerMonth(recent, getLocale()));
        violationsNote.setText(trend.hasViolations() ? "" : getTranslation("insight.dashboard.violations.none"));
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
        var top = new RouterLink(getTranslation("insight.dashboard.breadcrumb.top"), DashboardView.class);
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
        departmentBarsData = DashboardCharts.departmentBars(compareRows, 0, compared.id(), getLocale());
        departmentBars.setOptions(departmentBarsData.options());
        departmentBarsTitle.setText(getTranslation("insight.dashboard.bars.title", compared.title()));
        departmentBarsNote.setText(getTranslation(filter.courseId() == null && filter.columns().isEmpty()
                ? "insight.dashboard.bars.noteMostTrained" : "insight.dashboard.bars.note"));
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

    /** The policy's rule, and the round's dates when one is chosen: two sentences, each one message. */
    private String scopeText(TrickleDownPolicy policy) {
        String rule = getTranslation(policy == TrickleDownPolicy.STRICT ? "insight.dashboard.scope.strict"
                : "insight.dashboard.scope.lenient");
        return rule + filter.roundText("insight.dashboard.scope.between", "insight.dashboard.scope.since",
                "insight.dashboard.scope.until").map(round -> " " + round).orElse("");
    }

    /** The formats by language, made once: a tree's cells write a percentage each, thousands of them in a page. */
    private static final Map<Language, NumberFormat> COUNTS = formats(NumberFormat::getIntegerInstance);
    private static final Map<Language, NumberFormat> PERCENTAGES = formats(NumberFormat::getPercentInstance);

    /**
     * A count as people read it at the size of a real organisation, in the page's language: 5,507, not 5507
     * ("5.507" in German).
     */
    static String count(int value) {
        NumberFormat format = COUNTS.get(Formats.language());
        synchronized (format) {
            return format.format(value);
        }
    }

    /** A whole percentage in the page's language: "73%", "73 %". */
    static String percent(long value) {
        NumberFormat format = PERCENTAGES.get(Formats.language());
        synchronized (format) {
            return format.format(value / 100.0);
        }
    }

    private static Map<Language, NumberFormat> formats(Function<Locale, NumberFormat> format) {
        Map<Language, NumberFormat> formats = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            formats.put(language, format.apply(language.locale()));
        }
        return formats;
    }

    private void showHeadlines(TrickleDownHeadlines headlines) {
        inOrder.show(count(headlines.departmentsInOrder()), getTranslation("insight.dashboard.card.inOrder.hint"));
        outOfOrder.show(count(headlines.departmentsOutOfOrder()),
                getTranslation("insight.dashboard.card.outOfOrder.hint"));
        notStarted.show(count(headlines.departmentsNotStarted()),
                getTranslation("insight.dashboard.card.notStarted.hint"));
        showShare(leadershipCoverage, headlines.leadershipCoverage(), "insight.dashboard.card.leadershipCoverage.hint",
                "insight.dashboard.card.leadershipCoverage.empty");
        int violations = headlines.staffTrainedBeforeManager();
        trainedBeforeManager.show(count(violations), getTranslation(violations == 0
                ? "insight.dashboard.card.trainedBeforeManager.none"
                : "insight.dashboard.card.trainedBeforeManager.hint"));
        trainedBeforeManager.setTone(violations == 0 ? HeadlineCard.Tone.GOOD : HeadlineCard.Tone.BAD);
        showShare(championRate, headlines.championRate(), "insight.dashboard.card.championRate.hint",
                "insight.dashboard.card.championRate.empty");
    }

    /** {@code countsKey} says "{0} of {1} ...", and may say the total's plural. */
    private void showShare(HeadlineCard card, Share share, String countsKey, String whenEmptyKey) {
        if (share.total() == 0) {
            card.show("–", getTranslation(whenEmptyKey));
        } else {
            card.show(percent(Math.round(share.percent().orElseThrow())),
                    getTranslation(countsKey, share.count(), share.total()));
        }
    }

    private void showEmptyState() {
        emptyState.removeAll();
        var icon = VaadinIcon.LINE_BAR_CHART.create();
        icon.addClassName("empty-state-icon");
        String headline;
        String next;
        if (overview.courses().isEmpty()) {
            headline = getTranslation("insight.dashboard.empty.noCourse.title");
            next = getTranslation("insight.dashboard.empty.noCourse.next");
        } else if (!filter.isEmpty()) {
            headline = getTranslation("insight.dashboard.empty.noneInSelection.title");
            next = getTranslation("insight.dashboard.empty.noneInSelection.next");
        } else {
            headline = getTranslation("insight.dashboard.empty.nobodyTrained.title");
            next = getTranslation("insight.dashboard.empty.nobodyTrained.next");
        }
        var title = new Span(headline);
        title.addClassName("empty-state-title");
        emptyState.add(icon, title, new Paragraph(next));
        if (!filter.isEmpty()) {
            var clear = new Button(getTranslation("insight.dashboard.clearFilters"),
                    click -> UI.getCurrent().navigate(DashboardView.class));
            emptyState.add(clear);
        }
    }

    static Icon attendanceMark(boolean attended) {
        Icon mark = attended ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CLOSE_CIRCLE_O.create();
        mark.addClassName(attended ? "mark-attended" : "mark-missing");
        mark.getElement().setAttribute("aria-label", I18NProvider.translate(attended
                ? "insight.dashboard.mark.attended" : "insight.dashboard.mark.notYet"));
        return mark;
    }

    /** The overview shown, for tests. */
    Optional<TrickleDownOverview> overview() {
        return Optional.ofNullable(overview);
    }
}
