package io.cascade.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.cascade.catalog.CourseService;
import io.cascade.catalog.CourseSummary;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The course catalogue: every course with its track, status, refresher interval and number of modules. A click on a
 * course opens its editor; "New course" drafts one. Its title is its menu entry's ({@code catalog.menu.courses}).
 */
@Route("courses")
@Menu(order = 20, icon = "vaadin:academy-cap", title = "Courses")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class CoursesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CourseSummary> grid = new Grid<>(CourseSummary.class, false);
    final Button newCourse = new Button(getTranslation("catalog.courses.newCourse"), VaadinIcon.PLUS.create());

    CoursesView(CourseService courses) {
        addClassName("view");
        setSizeFull();

        var intro = new Paragraph(getTranslation("catalog.courses.intro"));
        intro.addClassName("view-intro");

        grid.addColumn(CourseSummary::code).setHeader(getTranslation("catalog.course.field.code")).setAutoWidth(true)
                .setFlexGrow(0).setSortable(true);
        grid.addColumn(CourseSummary::title).setHeader(getTranslation("catalog.course.field.title")).setFlexGrow(2)
                .setSortable(true);
        grid.addComponentColumn(course -> CourseLabels.audienceBadge(course.audience()))
                .setHeader(getTranslation("catalog.course.field.track")).setAutoWidth(true);
        grid.addComponentColumn(course -> CourseLabels.statusBadge(course.status()))
                .setHeader(getTranslation("catalog.courses.column.status")).setAutoWidth(true);
        grid.addColumn(course -> course.refresherMonths() == null ? getTranslation("catalog.courses.refresher.once")
                : getTranslation("catalog.courses.refresher.every", course.refresherMonths()))
                .setHeader(getTranslation("catalog.courses.column.refresher")).setAutoWidth(true);
        grid.addColumn(CourseSummary::moduleCount).setHeader(getTranslation("catalog.courses.column.modules"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("catalog.courses.empty"));
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

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.menu.courses");
    }
}
