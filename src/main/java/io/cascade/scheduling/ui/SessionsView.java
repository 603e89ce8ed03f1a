package io.cascade.scheduling.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.cascade.base.ui.Formats;
import io.cascade.catalog.CourseService;
import io.cascade.catalog.CourseStatus;
import io.cascade.organization.OrganizationService;
import io.cascade.scheduling.SchedulingService;
import io.cascade.scheduling.SessionListItem;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * Class sessions as a week or month agenda (filterable by trainer, course and department) or as lists of upcoming and
 * past sessions with seats taken, waitlist and trainer. A session opens in its editor; "Schedule session" plans one.
 * Its title is its menu entry's ({@code scheduling.menu.sessions}).
 */
@Route("sessions")
@Menu(order = 21, icon = "vaadin:calendar-user", title = "Class sessions")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class SessionsView extends VerticalLayout implements HasDynamicTitle {

    final Tab week = new Tab(getTranslation("scheduling.sessions.week"));
    final Tab month = new Tab(getTranslation("scheduling.sessions.month"));
    final Tab upcoming = new Tab(getTranslation("scheduling.sessions.upcoming"));
    final Tab past = new Tab(getTranslation("scheduling.sessions.past"));
    final Tabs tabs = new Tabs(week, month, upcoming, past);
    final Grid<SessionListItem> grid = new Grid<>(SessionListItem.class, false);
    final Button schedule = new Button(getTranslation("scheduling.sessions.schedule"),
            VaadinIcon.PLUS.create());
    final AgendaPanel agenda;

    private final SchedulingService scheduling;
    private final Clock clock;

    SessionsView(SchedulingService scheduling, CourseService courses, OrganizationService organization,
            Clock clock) {
        this.scheduling = scheduling;
        this.clock = clock;
        addClassName("view");
        setSizeFull();
        agenda = new AgendaPanel(scheduling, courses.listCourses(CourseStatus.PUBLISHED),
                organization.departmentTree().stream().filter(node -> !node.archived()).toList(),
                SessionEditorView::open, clock);
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClickListener(click -> SessionEditorView.openNew());
        grid.addItemClickListener(click -> SessionEditorView.open(click.getItem().id()));

        grid.addColumn(session -> Formats.dateTime(session.startsAt()))
                .setHeader(getTranslation("scheduling.sessions.column.starts")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SessionListItem::courseTitle).setHeader(getTranslation("scheduling.session.field.course"))
                .setFlexGrow(2);
        grid.addColumn(session -> Formats.duration(session.durationMinutes()))
                .setHeader(getTranslation("scheduling.sessions.column.length")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(session -> session.isOnline() && session.location() == null
                ? getTranslation("scheduling.session.online") : session.location())
                .setHeader(getTranslation("scheduling.sessions.column.where")).setFlexGrow(1);
        grid.addColumn(SessionListItem::trainerName).setHeader(getTranslation("scheduling.session.field.trainer"))
                .setFlexGrow(1);
        grid.addColumn(session -> session.enrolledCount() + " / " + session.capacity())
                .setHeader(getTranslation("scheduling.sessions.column.seats")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(session -> session.waitlistedCount() == 0 ? "" : String.valueOf(session.waitlistedCount()))
                .setHeader(getTranslation("scheduling.sessions.column.waitlist")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("scheduling.sessions.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        tabs.addSelectedChangeListener(e -> refresh());
        var header = new HorizontalLayout(tabs, schedule);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(tabs);
        add(header, agenda, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scheduling.menu.sessions");
    }

    private void refresh() {
        boolean calendar = tabs.getSelectedTab() == week || tabs.getSelectedTab() == month;
        agenda.setVisible(calendar);
        grid.setVisible(!calendar);
        if (calendar) {
            agenda.showMonth(tabs.getSelectedTab() == month);
            return;
        }
        boolean showUpcoming = tabs.getSelectedTab() == upcoming;
        grid.setEmptyStateText(getTranslation(showUpcoming ? "scheduling.sessions.upcoming.empty"
                : "scheduling.sessions.past.empty"));
        grid.setItems(query -> (showUpcoming ? scheduling.upcomingSessions(toSpringPageRequest(query))
                : scheduling.pastSessions(toSpringPageRequest(query))).stream());
    }

    private Span statusBadge(SessionListItem session) {
        if (session.cancelled()) {
            var badge = new Span(getTranslation("scheduling.session.cancelled"));
            badge.addClassNames("badge", "error");
            return badge;
        }
        if (session.startsAt().isBefore(clock.instant())) {
            var badge = new Span(getTranslation("scheduling.sessions.held"));
            badge.addClassNames("badge", "contrast");
            return badge;
        }
        boolean full = session.seatsLeft() == 0;
        var badge = new Span(full ? getTranslation("scheduling.sessions.full")
                : getTranslation("scheduling.sessions.seatsLeft", session.seatsLeft()));
        badge.addClassNames("badge", full ? "warning" : "success");
        return badge;
    }
}
