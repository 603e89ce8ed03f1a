package io.cascade.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.cascade.base.ui.Formats;
import io.cascade.base.ui.Notifications;
import io.cascade.learning.AssignedCourse;
import io.cascade.learning.CertificateInfo;
import io.cascade.learning.LearningService;
import io.cascade.learning.MyLearning;
import io.cascade.scheduling.CalendarService;
import io.cascade.scheduling.EnrolmentOutcome;
import io.cascade.scheduling.EnrolmentStatus;
import io.cascade.scheduling.GateException;
import io.cascade.scheduling.JoinableSession;
import io.cascade.scheduling.PersonSessionItem;
import io.cascade.scheduling.SessionRejectedException;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The courses meant for me (by my level's track) with my progress and refresher due dates, overdue first; my
 * upcoming classes (which I can leave, or add to my calendar), the classes of my courses I can join (the
 * managers-first gate may refuse, and says why), past classes and certificates. Times are in my browser's zone.
 */
@Route("my-learning")
@PageTitle("My learning")
@Menu(order = 10, icon = "vaadin:book", title = "My learning")
@RolesAllowed(Roles.EMPLOYEE)
class MyLearningView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.UK);

    final Grid<AssignedCourse> courses = new Grid<>(AssignedCourse.class, false);
    final Grid<PersonSessionItem> upcoming = new Grid<>(PersonSessionItem.class, false);
    final Grid<JoinableSession> joinable = new Grid<>(JoinableSession.class, false);
    /** Why joining a class was refused, by session id, shown in that class's row until the list changes. */
    final Map<Long, String> refusals = new HashMap<>();
    final Grid<PersonSessionItem> past = new Grid<>(PersonSessionItem.class, false);
    final Grid<CertificateInfo> certificates = new Grid<>(CertificateInfo.class, false);

    private final LearningService learning;
    private final CalendarService calendarService;
    private final DateTimeFormatter when;

    final CalendarSubscription calendar;

    MyLearningView(LearningService learning, CalendarService calendarService) {
        this.learning = learning;
        this.calendarService = calendarService;
        this.when = WHEN.withZone(clientZone());
        addClassNames("view", "my-learning");
        MyLearning mine = learning.myLearning();

        var greeting = new Paragraph("Hello " + mine.fullName().split(" ")[0]
                + ". These are the courses meant for you, and your classes. Overdue refreshers come first.");
        greeting.addClassName("view-intro");

        courses.addComponentColumn(MyLearningView::courseCell).setHeader("Course").setFlexGrow(1);
        courses.addComponentColumn(course -> {
            var open = new Button(course.modulesDone() > 0 && !course.isComplete() ? "Resume" : "Open",
                    click -> getUI().ifPresent(ui -> ui.navigate(CoursePlayerView.class, course.courseId())));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.setAriaLabel(open.getText() + " " + course.title());
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        courses.setItems(mine.courses());
        courses.setAllRowsVisible(true);
        courses.setEmptyStateText("No courses are assigned to you yet.");
        courses.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        courses.setPartNameGenerator(course -> course.overdue() ? "overdue" : null);

        upcoming.addComponentColumn(this::classCell).setHeader("Class").setFlexGrow(1);
        upcoming.addComponentColumn(this::upcomingActions).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        upcoming.setItems(mine.upcomingClasses());
        upcoming.setEmptyStateText("You are not booked on any upcoming class.");
        sessionGrid(upcoming);

        joinable.addComponentColumn(this::joinableCell).setHeader("Class").setFlexGrow(1);
        joinable.addComponentColumn(this::joinActions).setHeader("Seats").setAutoWidth(true).setFlexGrow(0);
        joinable.setItems(learning.classesICanJoin());
        joinable.setEmptyStateText("No class of your courses is open to join right now.");
        sessionGrid(joinable);

        past.addComponentColumn(this::classCell).setHeader("Class").setFlexGrow(1);
        past.addComponentColumn(MyLearningView::sessionBadge).setHeader("Attendance").setAutoWidth(true)
                .setFlexGrow(0);
        past.setItems(mine.pastClasses());
        past.setEmptyStateText("No past classes yet.");
        sessionGrid(past);

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
                new H2("Classes I can join"), joinable, new H2("Past classes"), past, new H2("My certificates"),
                certificates, calendar);
    }

    /** Joins the class; when the managers-first gate (or anything else) refuses, the reason stays in its row. */
    private void join(JoinableSession session) {
        try {
            EnrolmentOutcome outcome = learning.joinClass(session.sessionId());
            refusals.remove(session.sessionId());
            Notifications.success(outcome.status() == EnrolmentStatus.WAITLISTED
                    ? "The class is full: you are number " + outcome.waitlistPosition() + " on the waitlist"
                    : "You have a seat in " + session.courseTitle());
            refreshClasses();
        } catch (GateException | SessionRejectedException e) {
            refusals.put(session.sessionId(), e.getMessage());
            joinable.getDataProvider().refreshItem(session);
        }
    }

    private void refreshClasses() {
        upcoming.setItems(learning.myLearning().upcomingClasses());
        List<JoinableSession> open = learning.classesICanJoin();
        refusals.keySet().retainAll(open.stream().map(JoinableSession::sessionId).collect(Collectors.toSet()));
        joinable.setItems(open);
    }

    private Div classCell(PersonSessionItem session) {
        return classCell(session.courseTitle(), session.startsAt(), session.durationMinutes(), session.location(),
                session.onlineUrl());
    }

    private Div joinableCell(JoinableSession session) {
        Div cell = classCell(session.courseTitle(), session.startsAt(), session.durationMinutes(),
                session.location(), session.onlineUrl());
        String refusal = refusals.get(session.sessionId());
        if (refusal != null) {
            var reason = new Span(refusal);
            reason.addClassName("join-refusal");
            cell.add(reason);
        }
        return cell;
    }

    /** Course, then when (in the viewer's zone) and where, stacked so that a row fits a phone. */
    private Div classCell(String courseTitle, Instant startsAt, int durationMinutes, String location,
            String onlineUrl) {
        var title = new Span(courseTitle);
        title.addClassName("class-title");
        // the duration never breaks across lines: "1 h 30 min" stays together on a phone
        String duration = Formats.duration(durationMinutes).replace(' ', '\u00a0');
        var time = new Span(when.format(startsAt) + " · " + duration);
        time.addClassName("class-when");
        boolean online = onlineUrl != null && !onlineUrl.isBlank();
        var place = new Span(location == null ? (online ? "Online" : "Place to be announced")
                : online ? location + " · also online" : location);
        place.addClassName("class-where");
        var cell = new Div(title, time, place);
        cell.addClassName("class-cell");
        return cell;
    }

    private Div upcomingActions(PersonSessionItem session) {
        var actions = new Div(sessionBadge(session));
        actions.addClassName("class-actions");
        if (!session.cancelled() && session.status() == EnrolmentStatus.ENROLLED) {
            long sessionId = session.sessionId();
            var ics = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] file = calendarService.myClassCalendar(sessionId);
                return new DownloadResponse(new ByteArrayInputStream(file), "class-" + sessionId + ".ics",
                        "text/calendar", file.length);
            }), "Add to calendar (.ics)");
            ics.getElement().setAttribute("download", true);
            ics.getElement().setAttribute("aria-label", "Add " + session.courseTitle() + ", "
                    + when.format(session.startsAt()) + " to my calendar");
            ics.addClassName("class-ics");
            actions.add(ics);
        }
        if (!session.cancelled()) {
            var leave = new Button("Leave", click -> leave(session));
            leave.setAriaLabel("Leave " + session.courseTitle() + ", " + when.format(session.startsAt()));
            leave.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(leave);
        }
        return actions;
    }

    private Div joinActions(JoinableSession session) {
        long seats = session.seatsLeft();
        var badge = new Span(session.full() ? "Full: waitlist" : seats + (seats == 1 ? " seat left" : " seats left"));
        badge.addClassNames("badge", session.full() ? "warning" : "info");
        var join = new Button(session.full() ? "Join waitlist" : "Join", click -> join(session));
        join.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        join.setAriaLabel((session.full() ? "Join the waitlist of " : "Join ") + session.courseTitle() + ", "
                + when.format(session.startsAt()));
        var actions = new Div(badge, join);
        actions.addClassName("class-actions");
        return actions;
    }

    /** The browser's time zone once Vaadin knows it, else the server's. */
    private static ZoneId clientZone() {
        UI ui = UI.getCurrent();
        String id = ui == null ? null : ui.getPage().getExtendedClientDetails().getTimeZoneId();
        try {
            return id == null || id.isBlank() ? Formats.zone() : ZoneId.of(id);
        } catch (DateTimeException e) {
            return Formats.zone();
        }
    }

    private void leave(PersonSessionItem session) {
        var confirm = new ConfirmDialog("Leave this class?", "You give up your place in " + session.courseTitle()
                + " on " + when.format(session.startsAt())
                + ". If someone is waiting, they get your seat.", "Leave the class", event -> {
                    learning.leaveClass(session.sessionId());
                    refreshClasses();
                    Notifications.success("You have left the class");
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Title, progress, status and refresher stacked in one cell, so that a row fits a phone. */
    private static Div courseCell(AssignedCourse course) {
        var title = new Span(course.title());
        title.addClassName("course-title");
        var bar = new ProgressBar(0, Math.max(1, course.modulesRequired()), course.modulesDone());
        bar.addClassName("course-progress");
        var detail = new Span(course.modulesDone() + " of " + course.modulesRequired() + " modules");
        detail.addClassName("course-progress-text");
        var refresher = new Span(course.refresherMonths() == null ? "Once"
                : course.refresherDueOn() == null ? "Refresher every " + course.refresherMonths() + " months"
                        : "Refresher due " + day(course.refresherDueOn()));
        refresher.addClassName("course-refresher");
        var standing = new Div(statusBadge(course), refresher);
        standing.addClassName("course-standing");
        return new Div(title, bar, detail, standing);
    }

    private static String day(LocalDate day) {
        return Formats.date(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static void sessionGrid(Grid<?> grid) {
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
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
