package io.cascade.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.cascade.base.ui.Formats;
import io.cascade.learning.AssignedCourse;
import io.cascade.learning.CertificateInfo;
import io.cascade.learning.LearningService;
import io.cascade.learning.MyLearning;
import io.cascade.scheduling.CalendarService;
import io.cascade.scheduling.EnrolmentStatus;
import io.cascade.scheduling.PersonSessionItem;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The courses meant for me (by my level's track) with my progress and refresher due dates, overdue first; my
 * upcoming classes (which I can leave), past classes and certificates.
 */
@Route("my-learning")
@PageTitle("My learning")
@Menu(order = 10, icon = "vaadin:book", title = "My learning")
@RolesAllowed(Roles.EMPLOYEE)
class MyLearningView extends VerticalLayout {

    final Grid<AssignedCourse> courses = new Grid<>(AssignedCourse.class, false);
    final Grid<PersonSessionItem> upcoming = new Grid<>(PersonSessionItem.class, false);
    final Grid<PersonSessionItem> past = new Grid<>(PersonSessionItem.class, false);
    final Grid<CertificateInfo> certificates = new Grid<>(CertificateInfo.class, false);

    private final LearningService learning;

    final CalendarSubscription calendar;

    MyLearningView(LearningService learning, CalendarService calendarService) {
        this.learning = learning;
        addClassName("view");
        MyLearning mine = learning.myLearning();

        var greeting = new Paragraph("Hello " + mine.fullName().split(" ")[0]
                + ". These are the courses meant for you, and your classes. Overdue refreshers come first.");
        greeting.addClassName("view-intro");

        courses.addComponentColumn(MyLearningView::courseCell).setHeader("Course").setFlexGrow(3);
        courses.addComponentColumn(MyLearningView::statusBadge).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        courses.addColumn(course -> course.refresherMonths() == null ? "Once"
                : course.refresherDueOn() == null ? "Every " + course.refresherMonths() + " months"
                        : "Due " + day(course.refresherDueOn())).setHeader("Refresher").setAutoWidth(true);
        courses.addComponentColumn(course -> {
            var open = new Button(course.modulesDone() > 0 && !course.isComplete() ? "Resume" : "Open",
                    click -> getUI().ifPresent(ui -> ui.navigate(CoursePlayerView.class, course.courseId())));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        courses.setItems(mine.courses());
        courses.setAllRowsVisible(true);
        courses.setEmptyStateText("No courses are assigned to you yet.");
        courses.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        courses.setPartNameGenerator(course -> course.overdue() ? "overdue" : null);

        configureSessions(upcoming);
        upcoming.addComponentColumn(session -> {
            var leave = new Button("Leave", click -> leave(session));
            leave.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            leave.setVisible(!session.cancelled());
            return leave;
        }).setAutoWidth(true).setFlexGrow(0);
        upcoming.setItems(mine.upcomingClasses());
        upcoming.setEmptyStateText("You are not booked on any upcoming class.");
        configureSessions(past);
        past.setItems(mine.pastClasses());
        past.setEmptyStateText("No past classes yet.");

        certificates.addColumn(CertificateInfo::courseTitle).setHeader("Certificate").setFlexGrow(2);
        certificates.addColumn(certificate -> Formats.date(certificate.issuedAt())).setHeader("Issued")
                .setAutoWidth(true);
        certificates.addColumn(CertificateInfo::code).setHeader("Code").setAutoWidth(true);
        certificates.setItems(mine.certificates());
        certificates.setAllRowsVisible(true);
        certificates.setEmptyStateText("Complete a course to earn your first certificate.");
        certificates.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);

        calendar = new CalendarSubscription(calendarService);
        add(greeting, new H2("My courses"), courses, new H2("Upcoming classes"), upcoming,
                new H2("Past classes"), past, new H2("My certificates"), certificates, calendar);
    }

    private void leave(PersonSessionItem session) {
        var confirm = new ConfirmDialog("Leave this class?", "You give up your place in " + session.courseTitle()
                + " on " + Formats.dateTime(session.startsAt())
                + ". If someone is waiting, they get your seat.", "Leave the class", event -> {
                    learning.leaveClass(session.sessionId());
                    upcoming.setItems(learning.myLearning().upcomingClasses());
                    Notification.show("You have left the class");
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private static Div courseCell(AssignedCourse course) {
        var title = new Span(course.title());
        title.addClassName("course-title");
        var bar = new ProgressBar(0, Math.max(1, course.modulesRequired()), course.modulesDone());
        bar.addClassName("course-progress");
        var detail = new Span(course.modulesDone() + " of " + course.modulesRequired() + " modules");
        detail.addClassName("course-progress-text");
        return new Div(title, bar, detail);
    }

    private static String day(LocalDate day) {
        return Formats.date(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static void configureSessions(Grid<PersonSessionItem> grid) {
        grid.addColumn(session -> Formats.dateTime(session.startsAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(PersonSessionItem::courseTitle).setHeader("Course").setFlexGrow(2);
        grid.addColumn(session -> session.location() != null ? session.location() : "Online").setHeader("Where");
        grid.addComponentColumn(MyLearningView::sessionBadge).setHeader("Status").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
    }

    private static Span statusBadge(AssignedCourse course) {
        String text;
        String tone;
        if (course.overdue()) {
            text = "Refresher overdue";
            tone = "error";
        } else if (course.isComplete()) {
            text = "Completed " + Formats.date(course.completedAt());
            tone = "success";
        } else if (course.isTrained()) {
            text = "Trained " + Formats.date(course.trainedAt());
            tone = "info";
        } else if (course.modulesDone() > 0) {
            text = "In progress";
            tone = "info";
        } else {
            text = "Not started";
            tone = "contrast";
        }
        var badge = new Span(text);
        badge.addClassNames("badge", tone);
        return badge;
    }

    private static Span sessionBadge(PersonSessionItem session) {
        String text;
        String tone;
        if (session.cancelled()) {
            text = "Cancelled";
            tone = "error";
        } else if (session.attendance() != null) {
            text = switch (session.attendance()) {
                case PRESENT -> "Attended";
                case LATE -> "Attended (late)";
                case EXCUSED -> "Excused";
                case ABSENT -> "Absent";
            };
            tone = session.attendance().countsAsAttended() ? "success" : "warning";
        } else if (session.status() == EnrolmentStatus.WAITLISTED) {
            text = "Waitlist #" + session.waitlistPosition();
            tone = "warning";
        } else {
            text = "Booked";
            tone = "info";
        }
        var badge = new Span(text);
        badge.addClassNames("badge", tone);
        return badge;
    }
}
