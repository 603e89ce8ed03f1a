package io.cascade.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.cascade.catalog.Audience;
import io.cascade.catalog.CourseService;
import io.cascade.catalog.CourseStatus;
import io.cascade.catalog.CourseSummary;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The course catalogue: every course with its track, status, refresher interval and number of modules. A click on a
 * course opens its editor; "New course" drafts one.
 */
@Route("courses")
@PageTitle("Courses")
@Menu(order = 20, icon = "vaadin:academy-cap", title = "Courses")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class CoursesView extends VerticalLayout {

    final Grid<CourseSummary> grid = new Grid<>(CourseSummary.class, false);
    final Button newCourse = new Button("New course", VaadinIcon.PLUS.create());

    CoursesView(CourseService courses) {
        addClassName("view");
        setSizeFull();

        var intro = new Paragraph("Leadership-track courses go to managers and leaders first; staff-track courses "
                + "follow once a department's managers are trained.");
        intro.addClassName("view-intro");

        grid.addColumn(CourseSummary::code).setHeader("Code").setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(CourseSummary::title).setHeader("Title").setFlexGrow(2).setSortable(true);
        grid.addComponentColumn(course -> audienceBadge(course.audience())).setHeader("Track").setAutoWidth(true);
        grid.addComponentColumn(course -> statusBadge(course.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(course -> course.refresherMonths() == null ? "Once"
                : "Every " + course.refresherMonths() + " months").setHeader("Refresher").setAutoWidth(true);
        grid.addColumn(CourseSummary::moduleCount).setHeader("Modules").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No courses yet.");
        grid.setItems(courses.listCourses());
        grid.setSizeFull();
        grid.addItemClickListener(click -> CourseEditorView.open(click.getItem().id()));

        newCourse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newCourse.addClickListener(click -> new NewCourseDialog(courses).open());
        var header = new HorizontalLayout(intro, newCourse);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(intro);

        add(header, grid);
    }

    static Span audienceBadge(Audience audience) {
        var badge = new Span(switch (audience) {
            case LEADERSHIP -> "Leadership";
            case STAFF -> "Staff";
            case ALL -> "Everyone";
        });
        badge.addClassNames("badge", audience == Audience.LEADERSHIP ? "info" : "contrast");
        return badge;
    }

    static Span statusBadge(CourseStatus status) {
        var badge = new Span(switch (status) {
            case DRAFT -> "Draft";
            case PUBLISHED -> "Published";
            case ARCHIVED -> "Archived";
        });
        badge.addClassNames("badge", switch (status) {
            case DRAFT -> "warning";
            case PUBLISHED -> "success";
            case ARCHIVED -> "contrast";
        });
        return badge;
    }
}
