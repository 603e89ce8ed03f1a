package io.cascade.scheduling.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.cascade.base.ui.Formats;
import io.cascade.catalog.CourseService;
import io.cascade.catalog.CourseStatus;
import io.cascade.catalog.CourseSummary;
import io.cascade.scheduling.DepartmentReadiness;
import io.cascade.scheduling.GateOverrideItem;
import io.cascade.scheduling.RolloutReport;
import io.cascade.scheduling.RolloutService;
import io.cascade.scheduling.SessionAudience;
import io.cascade.security.Roles;
import io.cascade.trickledown.TrickleDownStatus;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The managers-first rollout of one course ({@code rollout?course=ID}): each department's managers and staff trained
 * and its trickle-down status, with the next step — a managers-only session where managers are still to be trained,
 * a staff session where they all are — and the gate overrides recorded for the course. Its title is its menu entry's
 * ({@code scheduling.menu.rollout}).
 */
@Route("rollout")
@Menu(order = 22, icon = "vaadin:road-branches", title = "Rollout")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class RolloutView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final ComboBox<CourseSummary> course = new ComboBox<>(getTranslation("scheduling.session.field.course"));
    final Paragraph policy = new Paragraph();
    final Button scheduleManagers = new Button(getTranslation("scheduling.rollout.scheduleManagers"),
            VaadinIcon.USER_STAR.create());
    final Button openStaff = new Button(getTranslation("scheduling.rollout.openStaff"),
            VaadinIcon.USERS.create());
    final Grid<DepartmentReadiness> departments = new Grid<>(DepartmentReadiness.class, false);
    final Grid<GateOverrideItem> overrides = new Grid<>(GateOverrideItem.class, false);

    private final RolloutService rollout;
    private RolloutReport report;

    RolloutView(RolloutService rollout, CourseService courses) {
        this.rollout = rollout;
        addClassName("view");
        setSizeFull();
        course.setItems(courses.listCourses(CourseStatus.PUBLISHED));
        course.setItemLabelGenerator(CourseSummary::title);
        course.setWidth("24rem");
        course.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                UI.getCurrent().navigate(RolloutView.class,
                        QueryParameters.of("course", String.valueOf(change.getValue().id())));
            }
        });
        scheduleManagers.addClickListener(click -> openEditor(SessionAudience.MANAGERS,
                report.departments().stream().filter(DepartmentReadiness::needsManagersSession).toList()));
        openStaff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openStaff.addClickListener(click -> openEditor(SessionAudience.STAFF,
                report.departments().stream().filter(DepartmentReadiness::readyForStaff).toList()));

        departments.addColumn(department -> "\u2003".repeat(Math.max(0, department.depth()))
                + department.departmentName()).setHeader(getTranslation("scheduling.rollout.column.department"))
                .setFlexGrow(2);
        departments.addColumn(department -> department.managersTrained() + " / " + department.managers())
                .setHeader(getTranslation("scheduling.rollout.column.managersTrained")).setAutoWidth(true)
                .setFlexGrow(0);
        departments.addColumn(department -> department.staffTrained() + " / " + department.staff())
                .setHeader(getTranslation("scheduling.rollout.column.staffTrained")).setAutoWidth(true)
                .setFlexGrow(0);
        departments.addComponentColumn(department -> statusBadge(department.status()))
                .setHeader(getTranslation("scheduling.rollout.column.status")).setAutoWidth(true).setFlexGrow(0);
        departments.addComponentColumn(this::nextStep).setHeader(getTranslation("scheduling.rollout.column.nextStep"))
                .setAutoWidth(true).setFlexGrow(0);
        departments.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        departments.setSizeFull();
        departments.setMinHeight("20rem");

        overrides.addColumn(item -> item.personName()).setHeader(getTranslation("scheduling.rollout.column.staffMember"))
                .setFlexGrow(1);
        overrides.addColumn(item -> Formats.dateTime(item.sessionStartsAt()))
                .setHeader(getTranslation("scheduling.rollout.column.session")).setAutoWidth(true).setFlexGrow(0);
        overrides.addColumn(item -> item.overriddenBy() == null ? "" : item.overriddenBy())
                .setHeader(getTranslation("scheduling.rollout.column.letInBy")).setAutoWidth(true).setFlexGrow(0);
        overrides.addColumn(GateOverrideItem::reason).setHeader(getTranslation("scheduling.rollout.column.reason"))
                .setFlexGrow(2);
        overrides.addItemClickListener(click -> SessionEditorView.open(click.getItem().sessionId()));
        overrides.setAllRowsVisible(true);
        overrides.setEmptyStateText(getTranslation("scheduling.rollout.overrides.empty"));

        var actions = new HorizontalLayout(course, scheduleManagers, openStaff);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(actions, policy, departments, new H3(getTranslation("scheduling.rollout.overrides")), overrides);
        setFlexGrow(1, departments);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scheduling.menu.rollout");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        String wanted = query.getOrDefault("course", List.of()).stream().findFirst().orElse(null);
        CourseSummary selected = course.getListDataView().getItems()
                .filter(item -> String.valueOf(item.id()).equals(wanted)).findFirst()
                .orElse(course.getListDataView().getItems().findFirst().orElse(null));
        course.setValue(selected);
        show(selected == null ? null : rollout.rollout(selected.id()));
    }

    private void show(RolloutReport report) {
        this.report = report;
        boolean any = report != null;
        departments.setItems(any ? report.departments() : List.of());
        overrides.setItems(any ? report.gateOverrides() : List.of());
        policy.setText(getTranslation(!any ? "scheduling.rollout.noCourse"
                : "scheduling.rollout.policy." + report.policy().name()));
        scheduleManagers.setEnabled(any && report.departments().stream()
                .anyMatch(DepartmentReadiness::needsManagersSession));
        openStaff.setEnabled(any && report.departments().stream().anyMatch(DepartmentReadiness::readyForStaff));
    }

    private HorizontalLayout nextStep(DepartmentReadiness department) {
        var step = new HorizontalLayout();
        if (department.needsManagersSession()) {
            step.add(new Button(getTranslation("scheduling.rollout.managersSession"),
                    click -> openEditor(SessionAudience.MANAGERS,
                    List.of(department))));
        } else if (department.readyForStaff()) {
            var staff = new Button(getTranslation("scheduling.rollout.staffSession"),
                    click -> openEditor(SessionAudience.STAFF, List.of(department)));
            staff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            step.add(staff);
        }
        step.getChildren().forEach(button -> ((Button) button).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return step;
    }

    /** The session editor prefilled with the course, the audience and the departments to invite. */
    private void openEditor(SessionAudience audience, List<DepartmentReadiness> targets) {
        String ids = targets.stream().map(target -> String.valueOf(target.departmentId()))
                .collect(Collectors.joining(","));
        UI.getCurrent().navigate(SessionEditorView.class, new RouteParameters("sessionId", "new"),
                new QueryParameters(Map.of("course", List.of(String.valueOf(report.courseId())),
                        "audience", List.of(audience.name()), "departments", List.of(ids))));
    }

    static Span statusBadge(TrickleDownStatus status) {
        return SessionLabels.badge(SessionLabels.trickleDown(status), switch (status) {
            case NOT_STARTED -> "contrast";
            case MANAGERS_IN_PROGRESS -> "warning";
            case READY_FOR_STAFF, IN_ORDER -> "success";
            case OUT_OF_ORDER, NO_MANAGERS -> "error";
        });
    }
}
