package io.cascade.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.cascade.base.ui.Formats;
import io.cascade.catalog.CourseService;
import io.cascade.catalog.CourseStatus;
import io.cascade.insight.CourseRef;
import io.cascade.insight.DepartmentCourseStatus;
import io.cascade.insight.DepartmentDrillDown;
import io.cascade.insight.MemberTraining;
import io.cascade.insight.OrderViolation;
import io.cascade.insight.TrickleDownCell;
import io.cascade.insight.TrickleDownService;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.jsoup.nodes.Entities;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A department of the dashboard down to its people, for one course: who was trained when, and each staff member
 * trained before their manager in so many words. Sub-departments are included and listed.
 * Address: {@code dashboard/department/{id}?course=3}, with the dashboard's dates and division kept for the way back.
 */
@Route("dashboard/department")
@RolesAllowed({Roles.EXECUTIVE, Roles.ADMIN})
class DepartmentDrillDownView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    /** At most this many violations are written out; a division can have hundreds, its teams show their own. */
    static final int VIOLATIONS_SHOWN = 50;

    /** Above this many people a grid scrolls instead of growing. */
    private static final int ROWS_SHOWN_IN_FULL = 20;

    final RouterLink back = new RouterLink();
    /** A combo box, not a select: its items are sent when it opens, not with the page (dozens of courses). */
    final ComboBox<CourseRef> course = new ComboBox<>();
    final Div summary = new Div();
    final H2 violationsTitle = new H2();
    final Div violations = new Div();
    final Div subDepartmentsPanel = new Div();
    final Grid<DepartmentCourseStatus> subDepartments = new Grid<>();
    final H2 managersTitle = new H2();
    final Grid<MemberTraining> managers = new Grid<>();
    final H2 staffTitle = new H2();
    final Grid<MemberTraining> staff = new Grid<>();

    private final TrickleDownService trickleDown;
    private final CourseService courses;
    private final Div content = new Div();
    private String title = getTranslation("insight.drillDown.title");
    private long departmentId;
    private DashboardFilter filter = DashboardFilter.NONE;
    private boolean restoring;

    DepartmentDrillDownView(TrickleDownService trickleDown, CourseService courses) {
        this.trickleDown = trickleDown;
        this.courses = courses;
        addClassNames("view", "dashboard", "drill-down");

        back.setText(getTranslation("insight.drillDown.back"));
        back.addClassName("back-link");
        course.setLabel(getTranslation("insight.drillDown.course"));
        course.addClassName("drill-down-course");
        course.setItemLabelGenerator(ref -> ref.code() + " " + ref.title());
        course.addValueChangeListener(change -> {
            if (!restoring && change.getValue() != null) {
                UI.getCurrent().navigate(DepartmentDrillDownView.class, departmentId,
                        filter.withCourse(change.getValue().id()).toQueryParameters());
            }
        });
        summary.addClassName("drill-down-summary");
        violations.addClassName("violations");

        subDepartments.addColumn(row -> indent(row.depth()) + row.departmentName())
                .setHeader(getTranslation("insight.drillDown.teams.department")).setFlexGrow(2).setWidth("12rem");
        subDepartments.addColumn(LitRenderer.<DepartmentCourseStatus>of("""
                        <span class="badge status-badge status-${item.look}">${item.label}</span>""")
                        .withProperty("look", row -> StatusLook.of(row.rolledUp().status()).cssName())
                        .withProperty("label", row -> StatusLook.of(row.rolledUp().status()).label(getLocale())))
                .setHeader(getTranslation("insight.drillDown.teams.status"))
                .setAutoWidth(true).setFlexGrow(0);
        subDepartments.addColumn(row -> getTranslation("insight.drillDown.teams.ofTotal",
                        row.rolledUp().managersTrained(), row.rolledUp().managers()))
                .setHeader(getTranslation("insight.drillDown.teams.managersTrained")).setAutoWidth(true)
                .setFlexGrow(0);
        subDepartments.addColumn(row -> getTranslation("insight.drillDown.teams.ofTotal",
                        row.rolledUp().staffTrained(), row.rolledUp().staff()))
                .setHeader(getTranslation("insight.drillDown.teams.staffTrained")).setAutoWidth(true).setFlexGrow(0);
        subDepartments.addColumn(row -> row.rolledUp().violations())
                .setHeader(getTranslation("insight.drillDown.teams.violations"))
                .setAutoWidth(true).setFlexGrow(0);
        subDepartments.addItemClickListener(click -> UI.getCurrent().navigate(DepartmentDrillDownView.class,
                click.getItem().departmentId(), filter.toQueryParameters()));
        subDepartments.addThemeVariants(GridVariant.LUMO_COMPACT);
        subDepartments.addClassName("clickable-rows");
        subDepartmentsPanel.add(panelTitle(getTranslation("insight.drillDown.teams.title")),
                note(getTranslation("insight.drillDown.teams.note")), subDepartments);
        subDepartmentsPanel.addClassName("dashboard-panel");

        for (Grid<MemberTraining> people : List.of(managers, staff)) {
            people.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        }

        var filters = new Div(back, course);
        filters.addClassName("drill-down-bar");
        content.addClassName("drill-down-content");
        add(filters, content);
    }

    @Override
    public void setParameter(BeforeEvent event, Long departmentId) {
        this.departmentId = departmentId;
        filter = DashboardFilter.of(event.getLocation().getQueryParameters());
        back.setRoute(DashboardView.class);
        back.setQueryParameters(filter.withCourse(null).toQueryParameters());
        content.removeAll();
        // opened from a cell far down the dashboard, the layout's content area would keep that scroll position
        getElement().executeJs("""
                for (let node = this; node; node = node.assignedSlot || node.parentElement || node.getRootNode().host) {
                    node.scrollTop = 0;
                }""");
        // one course at a time: a division of a large organisation has thousands of people in dozens of courses
        List<CourseRef> published = courses.listCourses(CourseStatus.PUBLISHED).stream()
                .map(summary -> new CourseRef(summary.id(), summary.code(), summary.title()))
                .sorted(Comparator.comparing(CourseRef::title).thenComparingLong(CourseRef::id))
                .toList();
        CourseRef shown = published.stream().filter(ref -> Objects.equals(ref.id(), filter.courseId())).findFirst()
                .orElse(published.isEmpty() ? null : published.getFirst());
        if (shown == null) {
            trickleDown.departmentDrillDown(departmentId, filter.withCourse(null).withDivision(null).toScope())
                    .ifPresentOrElse(drillDown -> show(drillDown, published), this::showNotFound);
            return;
        }
        trickleDown.departmentDrillDown(departmentId, filter.withCourse(shown.id()).withDivision(null).toScope())
                .ifPresentOrElse(drillDown -> show(drillDown, published), this::showNotFound);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void showNotFound() {
        title = getTranslation("insight.drillDown.notFound.title");
        course.setVisible(false);
        var empty = new Div(new Paragraph(getTranslation("insight.drillDown.notFound.message")));
        empty.addClassName("empty-state");
        content.add(empty);
    }

    private void show(DepartmentDrillDown drillDown, List<CourseRef> courses) {
        title = drillDown.departmentName();
        course.setVisible(true);
        restoring = true;
        try {
            course.setItems(courses);
            course.setValue(drillDown.courses().isEmpty() ? null : drillDown.courses().getFirst());
        } finally {
            restoring = false;
        }
        if (course.getValue() == null) {
            var empty = new Div(new Paragraph(getTranslation("insight.drillDown.noCourse")));
            empty.addClassName("empty-state");
            content.add(empty);
            return;
        }
        long courseId = course.getValue().id();
        DepartmentCourseStatus status = drillDown.status(courseId).orElseThrow();
        showSummary(status.rolledUp());
        boolean severalDepartments = drillDown.members().stream()
                .map(MemberTraining::departmentId).distinct().count() > 1;
        List<OrderViolation> ofCourse = drillDown.violations(courseId);
        showViolations(ofCourse, severalDepartments);
        content.add(summary, panel(violationsTitle, violations));

        List<DepartmentCourseStatus> below = drillDown.subDepartments(courseId);
        if (!below.isEmpty()) {
            int topDepth = below.stream().mapToInt(DepartmentCourseStatus::depth).min().orElseThrow();
            subDepartments.setItems(below.stream()
                    .map(row -> new DepartmentCourseStatus(row.departmentId(), row.departmentName(),
                            row.parentDepartmentId(), row.depth() - topDepth, row.courseId(), row.own(),
                            row.rolledUp()))
                    .toList());
            // a division of a large organisation has hundreds of teams: past a screenful the grid scrolls
            if (below.size() <= ROWS_SHOWN_IN_FULL) {
                subDepartments.setAllRowsVisible(true);
            } else {
                subDepartments.setAllRowsVisible(false);
                subDepartments.setHeight("34rem");
            }
            content.add(subDepartmentsPanel);
        }

        Set<Long> trainedOutOfOrder = ofCourse.stream().map(OrderViolation::staffPersonId).collect(Collectors.toSet());
        List<MemberTraining> managerList = byTraining(drillDown.members().stream()
                .filter(MemberTraining::isManager).toList(), courseId);
        List<MemberTraining> staffList = byTraining(drillDown.members().stream()
                .filter(member -> !member.isManager()).toList(), courseId);
        managersTitle.setText(getTranslation("insight.drillDown.managers.title", trainedCount(managerList, courseId),
                managerList.size()));
        staffTitle.setText(getTranslation("insight.drillDown.staff.title", trainedCount(staffList, courseId),
                staffList.size()));
        configurePeople(managers, managerList, courseId, severalDepartments, Set.of(),
                getTranslation("insight.drillDown.managers.empty"));
        configurePeople(staff, staffList, courseId, severalDepartments, trainedOutOfOrder,
                getTranslation("insight.drillDown.staff.empty"));
        var people = new Div(panel(managersTitle, managers), panel(staffTitle, staff));
        people.addClassName("dashboard-panels");
        content.add(people);
    }

    private void showSummary(TrickleDownCell cell) {
        summary.removeAll();
        var figures = new Span(getTranslation("insight.drillDown.summary", cell.managersTrained(), cell.managers(),
                cell.staffTrained(), cell.staff(), cell.violations()));
        summary.add(StatusLook.of(cell.status()).badge(getLocale()), figures);
        filter.roundText("insight.drillDown.round.between", "insight.drillDown.round.since",
                "insight.drillDown.round.until").ifPresent(round -> summary.add(new Span(round)));
    }

    private void showViolations(List<OrderViolation> ofCourse, boolean withDepartment) {
        violations.removeAll();
        violationsTitle.setText(ofCourse.isEmpty() ? getTranslation("insight.drillDown.violations.none")
                : getTranslation("insight.drillDown.violations.title", ofCourse.size()));
        if (ofCourse.isEmpty()) {
            var fine = new Paragraph(getTranslation("insight.drillDown.violations.fine"));
            fine.addClassName("panel-note");
            violations.add(fine);
            return;
        }
        violations.add(violationList(ofCourse.subList(0, Math.min(ofCourse.size(), VIOLATIONS_SHOWN)),
                withDepartment));
        if (ofCourse.size() > VIOLATIONS_SHOWN) {
            var more = new Paragraph(getTranslation("insight.drillDown.violations.more",
                    ofCourse.size() - VIOLATIONS_SHOWN));
            more.addClassName("panel-note");
            violations.add(more);
        }
    }

    /**
     * The violations as one element of escaped markup: fifty sentences as components would be a few hundred nodes
     * in the page's first response, for text that never changes once shown.
     */
    static Html violationList(List<OrderViolation> shown, boolean withDepartment) {
        var html = new StringBuilder("<ul class=\"violation-list\">");
        for (OrderViolation violation : shown) {
            html.append("<li class=\"violation\"><div><span>").append(Entities.escape(sentence(violation)))
                    .append("</span>");
            if (withDepartment) {
                html.append("<span class=\"violation-department\">")
                        .append(Entities.escape(violation.departmentName())).append("</span>");
            }
            html.append("</div></li>");
        }
        return new Html(html.append("</ul>").toString());
    }

    /**
     * "Staff X trained on D1, manager Y not until D2" or "..., manager Y not yet"; when both sat in the same class,
     * "..., manager Y not until the same class".
     */
    static String sentence(OrderViolation violation) {
        Instant staffAt = violation.staffTrainedAt();
        Instant managerAt = violation.managerTrainedAt();
        String staff = violation.staffName();
        String manager = violation.managerName();
        if (manager == null) {
            return I18NProvider.translate("insight.drillDown.violation.noManager", staff, Formats.date(staffAt));
        }
        if (managerAt == null) {
            return I18NProvider.translate("insight.drillDown.violation.managerNotYet", staff, Formats.date(staffAt),
                    manager);
        }
        if (managerAt.equals(staffAt)) {
            return I18NProvider.translate("insight.drillDown.violation.sameClass", staff, Formats.date(staffAt),
                    manager);
        }
        // on the same day only the time tells them apart
        boolean sameDay = Formats.date(staffAt).equals(Formats.date(managerAt));
        return I18NProvider.translate("insight.drillDown.violation.managerLater", staff,
                sameDay ? Formats.dateTime(staffAt) : Formats.date(staffAt), manager,
                sameDay ? Formats.dateTime(managerAt) : Formats.date(managerAt));
    }

    private static List<MemberTraining> byTraining(List<MemberTraining> people, long courseId) {
        return people.stream().sorted(Comparator.comparing(
                (MemberTraining member) -> member.trainedAt(courseId).orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(MemberTraining::name)).toList();
    }

    private static long trainedCount(List<MemberTraining> people, long courseId) {
        return people.stream().filter(member -> member.trainedAt(courseId).isPresent()).count();
    }

    private void configurePeople(Grid<MemberTraining> grid, List<MemberTraining> people, long courseId,
                                 boolean withDepartment, Set<Long> outOfOrder, String whenEmpty) {
        grid.removeAllColumns();
        grid.addColumn(MemberTraining::name).setHeader(getTranslation("insight.drillDown.people.name"))
                .setFlexGrow(2).setWidth("11rem");
        grid.addColumn(member -> DashboardView.levelName(member.level()))
                .setHeader(getTranslation("insight.drillDown.people.level")).setAutoWidth(true).setFlexGrow(0);
        if (withDepartment) {
            grid.addColumn(MemberTraining::departmentName)
                    .setHeader(getTranslation("insight.drillDown.people.department")).setFlexGrow(1)
                    .setWidth("10rem");
        }
        // the badges' words, in the page's language, as script string literals (see BrowserText)
        grid.addColumn(LitRenderer.<MemberTraining>of("""
                        ${item.date ? html`<span class="trained-cell"><span>${item.date}</span>${item.early
                            ? html`<span class="badge error">${%s}</span>` : ''}</span>`
                          : html`<span class="badge contrast">${%s}</span>`}""".formatted(
                                BrowserText.literal(getTranslation("insight.drillDown.people.beforeAManager")),
                                BrowserText.literal(getTranslation("insight.drillDown.people.notYet"))))
                        .withProperty("date", member -> member.trainedAt(courseId).map(Formats::date).orElse(""))
                        .withProperty("early", member -> outOfOrder.contains(member.personId())))
                .setHeader(getTranslation("insight.drillDown.people.trainedOn")).setKey("trained")
                .setWidth("13rem").setFlexGrow(0);
        grid.setItems(people);
        grid.setEmptyStateText(whenEmpty);
        if (people.size() <= ROWS_SHOWN_IN_FULL) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setAllRowsVisible(false);
            grid.setHeight("34rem");
        }
    }

    private static Div panel(H2 title, Component... content) {
        var panel = new Div(title);
        panel.add(content);
        panel.addClassName("dashboard-panel");
        return panel;
    }

    private static H2 panelTitle(String text) {
        return new H2(text);
    }

    private static Paragraph note(String text) {
        var note = new Paragraph(text);
        note.addClassName("panel-note");
        return note;
    }

    private static String indent(int depth) {
        return "\u00a0\u00a0\u00a0".repeat(depth);
    }
}
