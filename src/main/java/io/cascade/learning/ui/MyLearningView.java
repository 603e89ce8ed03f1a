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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.cascade.base.i18n.Language;
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
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The courses meant for me (by my level's track) with my progress and refresher due dates, overdue first; my
 * upcoming classes (which I can leave, or add to my calendar), the classes of my courses I can join (the
 * managers-first gate may refuse, and says why), past classes and certificates. Times are in my browser's zone.
 */
@Route("my-learning")
@Menu(order = 10, icon = "vaadin:book", title = "learning.menu.myLearning")
@RolesAllowed(Roles.EMPLOYEE)
class MyLearningView extends VerticalLayout implements HasDynamicTitle {

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
        Language language = Formats.language();
        // a moment and its zone, e.g. "Sat 10 Jan 2026, 09:56 CET"
        this.when = DateTimeFormatter.ofPattern(language.dateTimePattern() + " z", language.locale())
                .withZone(clientZone());
        addClassNames("view", "my-learning");
        MyLearning mine = learning.myLearning();

        var greeting = new Paragraph(getTranslation("learning.myLearning.greeting", mine.fullName().split(" ")[0]));
        greeting.addClassName("view-intro");

        courses.addComponentColumn(this::courseCell).setHeader(getTranslation("learning.myLearning.column.course"))
                .setFlexGrow(1);
        courses.addComponentColumn(course -> {
            boolean resume = course.modulesDone() > 0 && !course.isComplete();
            var open = new Button(getTranslation(resume ? "learning.myLearning.resume" : "learning.myLearning.open"),
                    click -> getUI().ifPresent(ui -> ui.navigate(CoursePlayerView.class, course.courseId())));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.setAriaLabel(getTranslation(resume ? "learning.myLearning.resume.aria"
                    : "learning.myLearning.open.aria", course.title()));
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        courses.setItems(mine.courses());
        courses.setAllRowsVisible(true);
        courses.setEmptyStateText(getTranslation("learning.myLearning.courses.empty"));
        courses.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        courses.setPartNameGenerator(course -> course.overdue() ? "overdue" : null);

        upcoming.addComponentColumn(this::classCell).setHeader(getTranslation("learning.myLearning.column.class"))
                .setFlexGrow(1);
        upcoming.addComponentColumn(this::upcomingActions)
                .setHeader(getTranslation("learning.myLearning.column.status")).setAutoWidth(true).setFlexGrow(0);
        upcoming.setItems(mine.upcomingClasses());
        upcoming.setEmptyStateText(getTranslation("learning.myLearning.upcoming.empty"));
        sessionGrid(upcoming);

        joinable.addComponentColumn(this::joinableCell).setHeader(getTranslation("learning.myLearning.column.class"))
                .setFlexGrow(1);
        joinable.addComponentColumn(this::joinActions).setHeader(getTranslation("learning.myLearning.column.seats"))
                .setAutoWidth(true).setFlexGrow(0);
        joinable.setItems(learning.classesICanJoin());
        joinable.setEmptyStateText(getTranslation("learning.myLearning.joinable.empty"));
        sessionGrid(joinable);

        past.addComponentColumn(this::classCell).setHeader(getTranslation("learning.myLearning.column.class"))
                .setFlexGrow(1);
        past.addComponentColumn(this::sessionBadge).setHeader(getTranslation("learning.myLearning.column.attendance"))
                .setAutoWidth(true).setFlexGrow(0);
        past.setItems(mine.pastClasses());
        past.setEmptyStateText(getTranslation("learning.myLearning.past.empty"));
        sessionGrid(past);

        certificates.addColumn(CertificateInfo::courseTitle)
                .setHeader(getTranslation("learning.myLearning.column.certificate")).setFlexGrow(2);
        certificates.addColumn(certificate -> Formats.date(certificate.issuedAt()))
                .setHeader(getTranslation("learning.myLearning.column.issued")).setAutoWidth(true);
        certificates.addColumn(CertificateInfo::code).setHeader(getTranslation("learning.myLearning.column.code"))
                .setAutoWidth(true);
        certificates.setItems(mine.certificates());
        certificates.setAllRowsVisible(true);
        certificates.setEmptyStateText(getTranslation("learning.myLearning.certificates.empty"));
        certificates.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);

        calendar = new CalendarSubscription(calendarService);
        add(greeting, new H2(getTranslation("learning.myLearning.courses.heading")), courses,
                new H2(getTranslation("learning.myLearning.upcoming.heading")), upcoming,
                new H2(getTranslation("learning.myLearning.joinable.heading")), joinable,
                new H2(getTranslation("learning.myLearning.past.heading")), past,
                new H2(getTranslation("learning.myLearning.certificates.heading")), certificates, calendar);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.myLearning.title");
    }

    /** Joins the class; when the managers-first gate (or anything else) refuses, the reason stays in its row. */
    private void join(JoinableSession session) {
        try {
            EnrolmentOutcome outcome = learning.joinClass(session.sessionId());
            refusals.remove(session.sessionId());
            Notifications.success(outcome.status() == EnrolmentStatus.WAITLISTED
                    ? getTranslation("learning.myLearning.join.waitlisted", outcome.waitlistPosition())
                    : getTranslation("learning.myLearning.join.seated", session.courseTitle()));
            refreshClasses();
        } catch (GateException | SessionRejectedException e) {
            refuse(session, e.localizedMessage());
        }
    }

    private void refuse(JoinableSession session, String reason) {
        refusals.put(session.sessionId(), reason);
        joinable.getDataProvider().refreshItem(session);
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
        var place = new Span(location == null
                ? getTranslation(online ? "learning.myLearning.class.online" : "learning.myLearning.class.placeTbd")
                : online ? getTranslation("learning.myLearning.class.alsoOnline", location) : location);
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
            }), getTranslation("learning.myLearning.ics"));
            ics.getElement().setAttribute("download", true);
            ics.getElement().setAttribute("aria-label", getTranslation("learning.myLearning.ics.aria",
                    session.courseTitle(), when.format(session.startsAt())));
            ics.addClassName("class-ics");
            actions.add(ics);
        }
        if (!session.cancelled()) {
            var leave = new Button(getTranslation("learning.myLearning.leave"), click -> leave(session));
            leave.setAriaLabel(getTranslation("learning.myLearning.leave.aria", session.courseTitle(),
                    when.format(session.startsAt())));
            leave.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(leave);
        }
        return actions;
    }

    private Div joinActions(JoinableSession session) {
        long seats = session.seatsLeft();
        var badge = new Span(session.full() ? getTranslation("learning.myLearning.seats.full")
                : getTranslation("learning.myLearning.seats.left", seats));
        badge.addClassNames("badge", session.full() ? "warning" : "info");
        var join = new Button(getTranslation(session.full() ? "learning.myLearning.joinWaitlist"
                : "learning.myLearning.join"), click -> join(session));
        join.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        join.setAriaLabel(getTranslation(session.full() ? "learning.myLearning.joinWaitlist.aria"
                : "learning.myLearning.join.aria", session.courseTitle(), when.format(session.startsAt())));
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
        var confirm = new ConfirmDialog(getTranslation("learning.myLearning.leave.confirm.title"),
                getTranslation("learning.myLearning.leave.confirm.text", session.courseTitle(),
                        when.format(session.startsAt())),
                getTranslation("learning.myLearning.leave.confirm.button"), event -> {
                    learning.leaveClass(session.sessionId());
                    refreshClasses();
                    Notifications.success(getTranslation("learning.myLearning.leave.done"));
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("learning.common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Title, progress, status and refresher stacked in one cell, so that a row fits a phone. */
    private Div courseCell(AssignedCourse course) {
        var title = new Span(course.title());
        title.addClassName("course-title");
        var bar = new ProgressBar(0, Math.max(1, course.modulesRequired()), course.modulesDone());
        bar.addClassName("course-progress");
        var detail = new Span(getTranslation("learning.myLearning.course.progress", course.modulesDone(),
                course.modulesRequired()));
        detail.addClassName("course-progress-text");
        var refresher = new Span(course.refresherMonths() == null ? getTranslation("learning.myLearning.course.once")
                : course.refresherDueOn() == null
                        ? getTranslation("learning.myLearning.course.refresherEvery", course.refresherMonths())
                        : getTranslation("learning.myLearning.course.refresherDue", day(course.refresherDueOn())));
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

    private Span statusBadge(AssignedCourse course) {
        String text;
        String tone;
        if (course.overdue()) {
            text = getTranslation("learning.myLearning.status.overdue");
            tone = "error";
        } else if (course.isComplete()) {
            text = getTranslation("learning.myLearning.status.completed", Formats.date(course.completedAt()));
            tone = "success";
        } else if (course.isTrained()) {
            text = getTranslation("learning.myLearning.status.trained", Formats.date(course.trainedAt()));
            tone = "info";
        } else if (course.modulesDone() > 0) {
            text = getTranslation("learning.myLearning.status.inProgress");
            tone = "info";
        } else {
            text = getTranslation("learning.myLearning.status.notStarted");
            tone = "contrast";
        }
        var badge = new Span(text);
        badge.addClassNames("badge", tone);
        return badge;
    }

    private Span sessionBadge(PersonSessionItem session) {
        String text;
        String tone;
        if (session.cancelled()) {
            text = getTranslation("learning.myLearning.class.cancelled");
            tone = "error";
        } else if (session.attendance() != null) {
            text = getTranslation("learning.myLearning.attendance." + session.attendance().name());
            tone = session.attendance().countsAsAttended() ? "success" : "warning";
        } else if (session.status() == EnrolmentStatus.WAITLISTED) {
            text = getTranslation("learning.myLearning.class.waitlisted", session.waitlistPosition());
            tone = "warning";
        } else {
            text = getTranslation("learning.myLearning.class.booked");
            tone = "info";
        }
        var badge = new Span(text);
        badge.addClassNames("badge", tone);
        return badge;
    }
}
