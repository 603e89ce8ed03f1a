package io.cascade.scheduling.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.html.Anchor;
import io.cascade.base.ui.FieldErrors;
import io.cascade.base.ui.Notifications;
import io.cascade.scheduling.CalendarService;
import java.io.ByteArrayInputStream;
import com.vaadin.flow.router.RouteParameters;
import io.cascade.base.ui.Formats;
import io.cascade.catalog.CourseService;
import io.cascade.catalog.CourseStatus;
import io.cascade.catalog.CourseSummary;
import io.cascade.organization.DepartmentNode;
import io.cascade.organization.OrganizationService;
import io.cascade.scheduling.EnrolmentService;
import io.cascade.scheduling.PersonOption;
import io.cascade.scheduling.SchedulingService;
import io.cascade.scheduling.SessionAudience;
import io.cascade.scheduling.SessionChangedException;
import io.cascade.scheduling.SessionConflict;
import io.cascade.scheduling.SessionDetails;
import io.cascade.scheduling.SessionDraft;
import io.cascade.scheduling.SessionRejectedException;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Schedules a new session (route {@code sessions/new}, optionally prefilled by {@code ?course=&audience=&departments=})
 * or edits one ({@code sessions/42}): the form checks each field as the service does and shows refusals beside the
 * field; a saved session shows its double bookings, its roll and attendance, and can be cancelled.
 */
@Route("sessions/:sessionId(new|[0-9]+)")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class SessionEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 heading = new H2();
    final Span status = new Span();
    final Div conflicts = new Div();
    final Paragraph formError = new Paragraph();

    final ComboBox<CourseSummary> course = new ComboBox<>(getTranslation("scheduling.session.field.course"));
    final DateTimePicker start = new DateTimePicker(getTranslation("scheduling.session.field.start"));
    final IntegerField durationMinutes = new IntegerField(getTranslation("scheduling.session.field.duration"));
    final ComboBox<String> timeZone = new ComboBox<>(getTranslation("scheduling.session.field.timeZone"));
    final TextField location = new TextField(getTranslation("scheduling.session.field.place"));
    final TextField onlineUrl = new TextField(getTranslation("scheduling.session.field.onlineUrl"));
    final IntegerField capacity = new IntegerField(getTranslation("scheduling.session.field.capacity"));
    final ComboBox<PersonOption> trainer = new ComboBox<>(getTranslation("scheduling.session.field.trainer"));
    final MultiSelectComboBox<DepartmentNode> departments = new MultiSelectComboBox<>(
            getTranslation("scheduling.session.field.departments"));
    final Select<SessionAudience> audience = new Select<>();
    final TextArea notes = new TextArea(getTranslation("scheduling.session.field.notes"));
    final IntegerField repeatWeeks = new IntegerField(getTranslation("scheduling.sessionEditor.repeatWeeks"));
    final Button save = new Button(getTranslation("scheduling.sessionEditor.save"));
    final Button cancelSession = new Button(getTranslation("scheduling.sessionEditor.cancelSession"));
    /** The session's .ics: an invitation, or the cancellation once cancelled. */
    final Anchor calendarFile = new Anchor();

    private final SchedulingService scheduling;
    private final EnrolmentService enrolment;
    private final OrganizationService organization;
    private final CalendarService calendar;
    private final Clock clock;
    private final Binder<SessionForm> binder = new Binder<>();
    private final Div rollArea = new Div();
    private SessionDetails session;

    SessionEditorView(SchedulingService scheduling, EnrolmentService enrolment, CourseService courses,
            OrganizationService organization, CalendarService calendar, Clock clock) {
        this.scheduling = scheduling;
        this.calendar = calendar;
        this.clock = clock;
        this.enrolment = enrolment;
        this.organization = organization;
        addClassName("view");
        setMaxWidth("72rem");

        var back = new Button(getTranslation("scheduling.menu.sessions"), VaadinIcon.ARROW_LEFT.create(),
                click -> UI.getCurrent().navigate("sessions"));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        heading.addClassName("editor-heading");
        var titleRow = new HorizontalLayout(heading, status);
        titleRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        cancelSession.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancelSession.addClickListener(click -> new CancelSessionDialog(reason -> {
            session = scheduling.cancelSession(session.id(), reason);
            show(session);
        }).open());
        calendarFile.getElement().setAttribute("download", true);
        calendarFile.setVisible(false);
        var header = new HorizontalLayout(titleRow, calendarFile, cancelSession);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(titleRow);
        conflicts.addClassName("conflicts");
        formError.addClassName("form-error");

        course.setItems(courses.listCourses(CourseStatus.PUBLISHED));
        course.setItemLabelGenerator(CourseSummary::title);
        start.setStep(java.time.Duration.ofMinutes(15));
        durationMinutes.setStep(15);
        durationMinutes.setStepButtonsVisible(true);
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(zone -> zone.contains("/")).sorted().toList());
        location.setPlaceholder(getTranslation("scheduling.sessionEditor.place.placeholder"));
        onlineUrl.setPlaceholder("https://…");
        capacity.setStepButtonsVisible(true);
        capacity.setMin(1);
        trainer.setItems(scheduling.trainers());
        trainer.setItemLabelGenerator(PersonOption::name);
        departments.setItems(organization.departmentTree().stream().filter(node -> !node.archived()).toList());
        departments.setItemLabelGenerator(node -> "\u2003".repeat(Math.max(0, node.depth())) + node.name());
        audience.setLabel(getTranslation("scheduling.session.field.audience"));
        audience.setItems(SessionAudience.values());
        audience.setItemLabelGenerator(SessionLabels::audience);
        repeatWeeks.setHelperText(getTranslation("scheduling.sessionEditor.repeatWeeks.helper"));
        repeatWeeks.setMin(1);
        repeatWeeks.setMax(SchedulingService.MAX_SERIES);
        notes.setMaxLength(2000);
        bindFields();

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        var form = new FormLayout(course, audience, start, durationMinutes, timeZone, capacity, location, onlineUrl,
                trainer, departments, repeatWeeks, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.setColspan(notes, 2);
        form.setWidthFull();

        add(back, header, conflicts, formError, form, save, rollArea);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scheduling.sessionEditor.title");
    }

    static void openNew() {
        UI.getCurrent().navigate(SessionEditorView.class, new RouteParameters("sessionId", "new"));
    }

    static void open(long sessionId) {
        UI.getCurrent().navigate(SessionEditorView.class,
                new RouteParameters("sessionId", String.valueOf(sessionId)));
    }

    private void bindFields() {
        binder.forField(course).asRequired(getTranslation("scheduling.session.courseRequired")).bind(SessionForm::getCourse, SessionForm::setCourse);
        binder.forField(start).asRequired(getTranslation("scheduling.session.startRequired"))
                .withValidator(value -> session != null || startInstant(value) == null
                        || startInstant(value).isAfter(clock.instant()),
                        getTranslation("scheduling.session.startInFuture"))
                .bind(SessionForm::getStart, SessionForm::setStart);
        binder.forField(durationMinutes).asRequired(getTranslation("scheduling.sessionEditor.durationRequired"))
                .withValidator(minutes -> minutes > 0, getTranslation("scheduling.sessionEditor.durationMin"))
                .withValidator(minutes -> minutes <= SchedulingService.MAX_DURATION_MINUTES,
                        getTranslation("scheduling.sessionEditor.durationMax"))
                .bind(SessionForm::getDurationMinutes, SessionForm::setDurationMinutes);
        binder.forField(timeZone).asRequired(getTranslation("scheduling.sessionEditor.timeZoneRequired")).bind(SessionForm::getTimeZone,
                SessionForm::setTimeZone);
        binder.forField(location)
                .withValidator(place -> !place.isBlank() || !onlineUrl.getValue().isBlank(),
                        getTranslation("scheduling.session.placeRequired"))
                .bind(SessionForm::getLocation, SessionForm::setLocation);
        binder.forField(onlineUrl)
                .withValidator(link -> link.isBlank() || link.strip().matches("(?i)https?://[^\\s/]+\\.[^\\s]+"),
                        getTranslation("scheduling.session.onlineUrlInvalid"))
                .bind(SessionForm::getOnlineUrl, SessionForm::setOnlineUrl);
        binder.forField(capacity).asRequired(getTranslation("scheduling.sessionEditor.capacityRequired"))
                .withValidator(seats -> seats >= 1, getTranslation("scheduling.session.capacityMin"))
                .withValidator(seats -> session == null || seats >= session.enrolledCount(),
                        getTranslation("scheduling.sessionEditor.capacityBelowEnrolled"))
                .bind(SessionForm::getCapacity, SessionForm::setCapacity);
        binder.forField(trainer).bind(SessionForm::getTrainer, SessionForm::setTrainer);
        binder.forField(departments).bind(SessionForm::getDepartments, SessionForm::setDepartments);
        binder.forField(audience).asRequired(getTranslation("scheduling.sessionEditor.audienceRequired")).bind(SessionForm::getAudience, SessionForm::setAudience);
        binder.forField(notes).bind(SessionForm::getNotes, SessionForm::setNotes);
        binder.forField(repeatWeeks).asRequired(getTranslation("scheduling.sessionEditor.repeatWeeksRequired"))
                .withValidator(weeks -> weeks >= 1 && weeks <= SchedulingService.MAX_SERIES,
                        getTranslation("scheduling.sessionEditor.repeatWeeksRange", SchedulingService.MAX_SERIES))
                .bind(SessionForm::getRepeatWeeks, SessionForm::setRepeatWeeks);
        onlineUrl.addValueChangeListener(change -> binder.validate());
    }

    private java.time.Instant startInstant(LocalDateTime value) {
        if (value == null || timeZone.getValue() == null) {
            return null;
        }
        return value.atZone(ZoneId.of(timeZone.getValue())).toInstant();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("sessionId").orElse("new");
        if ("new".equals(id)) {
            session = null;
            showNew(event.getLocation().getQueryParameters().getParameters());
            return;
        }
        scheduling.findSession(Long.parseLong(id)).ifPresentOrElse(this::show, () -> event.forwardTo("sessions"));
    }

    private void showNew(Map<String, List<String>> query) {
        heading.setText(getTranslation("scheduling.sessionEditor.headingNew"));
        status.setVisible(false);
        cancelSession.setVisible(false);
        repeatWeeks.setVisible(true);
        var form = new SessionForm();
        form.setStart(LocalDateTime.now(clock.withZone(ZoneId.systemDefault())).plusDays(7)
                .truncatedTo(ChronoUnit.HOURS).withHour(9));
        form.setTimeZone(ZoneId.systemDefault().getId().contains("/") ? ZoneId.systemDefault().getId()
                : "Europe/London");
        form.setDurationMinutes(90);
        form.setCapacity(12);
        form.setRepeatWeeks(1);
        form.setAudience(SessionAudience.MIXED);
        first(query, "course").flatMap(value -> course.getListDataView().getItems()
                .filter(item -> String.valueOf(item.id()).equals(value)).findFirst()).ifPresent(form::setCourse);
        first(query, "audience").map(SessionAudience::valueOf).ifPresent(form::setAudience);
        first(query, "departments").ifPresent(ids -> {
            Set<String> wanted = Set.of(ids.split(","));
            form.setDepartments(departments.getListDataView().getItems()
                    .filter(node -> wanted.contains(String.valueOf(node.id()))).collect(Collectors.toSet()));
        });
        trainer.getListDataView().getItems().findFirst().ifPresent(form::setTrainer);
        binder.readBean(form);
        conflicts.removeAll();
        rollArea.removeAll();
    }

    private static java.util.Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().filter(value -> !value.isBlank()).findFirst();
    }

    private void show(SessionDetails details) {
        this.session = details;
        heading.setText(details.courseTitle() + ", " + Formats.dateTime(details.startsAt()));
        status.setVisible(true);
        status.setText(details.cancelled()
                ? getTranslation("scheduling.sessionEditor.status.cancelled", details.cancelReason())
                : details.waitlistedCount() > 0
                        ? getTranslation("scheduling.sessionEditor.status.seatsAndWaiting", details.enrolledCount(),
                                details.capacity(), details.waitlistedCount())
                        : getTranslation("scheduling.sessionEditor.status.seats", details.enrolledCount(),
                                details.capacity()));
        status.setClassName("badge");
        status.addClassName(details.cancelled() ? "error" : "info");
        cancelSession.setVisible(!details.cancelled());
        calendarFile.setVisible(true);
        calendarFile.setText(getTranslation(details.cancelled() ? "scheduling.sessionEditor.calendar.cancellation"
                : "scheduling.sessionEditor.calendar.invitation"));
        long sessionId = details.id();
        calendarFile.setHref(DownloadHandler.fromInputStream(download -> {
            byte[] ics = calendar.sessionInvitation(sessionId);
            return new DownloadResponse(new ByteArrayInputStream(ics), "session-" + sessionId + ".ics",
                    "text/calendar", ics.length);
        }));
        repeatWeeks.setVisible(false);
        binder.setReadOnly(details.cancelled());
        save.setEnabled(!details.cancelled());

        var form = new SessionForm();
        course.getListDataView().getItems().filter(item -> item.id() == details.courseId()).findFirst()
                .ifPresent(form::setCourse);
        form.setStart(details.localStart());
        form.setDurationMinutes(details.durationMinutes());
        form.setTimeZone(details.timeZone());
        form.setLocation(details.location() == null ? "" : details.location());
        form.setOnlineUrl(details.onlineUrl() == null ? "" : details.onlineUrl());
        form.setCapacity(details.capacity());
        trainer.getListDataView().getItems().filter(option -> details.trainerId() != null
                && option.id() == details.trainerId()).findFirst().ifPresent(form::setTrainer);
        form.setDepartments(departments.getListDataView().getItems()
                .filter(node -> details.departmentIds().contains(node.id())).collect(Collectors.toSet()));
        form.setAudience(details.audience());
        form.setNotes(details.notes() == null ? "" : details.notes());
        form.setRepeatWeeks(1);
        binder.readBean(form);
        showConflicts(scheduling.conflicts(details.id()));
        rollArea.removeAll();
        rollArea.setWidthFull();
        rollArea.add(new H3(getTranslation("scheduling.sessionEditor.roll")), new RollCallPanel(details, enrolment, organization, this::reload, clock));
    }

    private void reload() {
        scheduling.findSession(session.id()).ifPresent(this::show);
    }

    private void showConflicts(List<SessionConflict> found) {
        conflicts.removeAll();
        conflicts.setVisible(!found.isEmpty());
        for (SessionConflict conflict : found) {
            conflicts.add(new Paragraph(getTranslation(conflict.kind() == SessionConflict.Kind.TRAINER
                    ? "scheduling.sessionEditor.conflict.trainer" : "scheduling.sessionEditor.conflict.attendee",
                    conflict.personName(), conflict.otherCourseTitle(), Formats.dateTime(conflict.otherStartsAt()))));
        }
    }

    private void save() {
        formError.setText("");
        var form = new SessionForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        var draft = new SessionDraft(form.getCourse().id(), form.getStart(), form.getDurationMinutes(),
                form.getTimeZone(), form.getLocation(), form.getOnlineUrl(), form.getCapacity(),
                form.getTrainer() == null ? null : form.getTrainer().id(),
                form.getDepartments().stream().map(DepartmentNode::id).collect(Collectors.toSet()),
                form.getAudience(), form.getNotes());
        try {
            if (session == null) {
                List<SessionDetails> created = scheduling.scheduleSeries(draft, form.getRepeatWeeks(), 1);
                Notifications.success(getTranslation("scheduling.sessionEditor.scheduled", created.size()));
                open(created.getFirst().id());
            } else {
                show(scheduling.updateSession(session.id(), session.version(), draft));
                Notifications.success(getTranslation("scheduling.sessionEditor.saved"));
            }
        } catch (SessionRejectedException e) {
            showAtField(e);
        } catch (SessionChangedException e) {
            formError.setText(e.localizedMessage());
            Notifications.error(e.localizedMessage());
        }
    }

    private void showAtField(SessionRejectedException e) {
        Map<String, HasValidation> fields = Map.of("courseId", course, "start", start, "durationMinutes",
                durationMinutes, "timeZone", timeZone, "location", location, "onlineUrl", onlineUrl, "capacity",
                capacity, "audience", audience, "notes", notes, "occurrences", repeatWeeks);
        FieldErrors.show(e, fields, formError::setText);
    }

    /** The form's working copy of a session. */
    static final class SessionForm {
        private CourseSummary course;
        private LocalDateTime start;
        private Integer durationMinutes;
        private String timeZone;
        private String location = "";
        private String onlineUrl = "";
        private Integer capacity;
        private PersonOption trainer;
        private Set<DepartmentNode> departments = new HashSet<>();
        private SessionAudience audience;
        private String notes = "";
        private Integer repeatWeeks = 1;

        CourseSummary getCourse() {
            return course;
        }

        void setCourse(CourseSummary course) {
            this.course = course;
        }

        LocalDateTime getStart() {
            return start;
        }

        void setStart(LocalDateTime start) {
            this.start = start;
        }

        Integer getDurationMinutes() {
            return durationMinutes;
        }

        void setDurationMinutes(Integer durationMinutes) {
            this.durationMinutes = durationMinutes;
        }

        String getTimeZone() {
            return timeZone;
        }

        void setTimeZone(String timeZone) {
            this.timeZone = timeZone;
        }

        String getLocation() {
            return location;
        }

        void setLocation(String location) {
            this.location = location;
        }

        String getOnlineUrl() {
            return onlineUrl;
        }

        void setOnlineUrl(String onlineUrl) {
            this.onlineUrl = onlineUrl;
        }

        Integer getCapacity() {
            return capacity;
        }

        void setCapacity(Integer capacity) {
            this.capacity = capacity;
        }

        PersonOption getTrainer() {
            return trainer;
        }

        void setTrainer(PersonOption trainer) {
            this.trainer = trainer;
        }

        Set<DepartmentNode> getDepartments() {
            return departments;
        }

        void setDepartments(Set<DepartmentNode> departments) {
            this.departments = departments == null ? new HashSet<>() : new HashSet<>(departments);
        }

        SessionAudience getAudience() {
            return audience;
        }

        void setAudience(SessionAudience audience) {
            this.audience = audience;
        }

        String getNotes() {
            return notes;
        }

        void setNotes(String notes) {
            this.notes = notes;
        }

        Integer getRepeatWeeks() {
            return repeatWeeks;
        }

        void setRepeatWeeks(Integer repeatWeeks) {
            this.repeatWeeks = repeatWeeks;
        }
    }
}
