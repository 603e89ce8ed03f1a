package io.cascade.scheduling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import io.cascade.base.ui.Notifications;
import io.cascade.organization.Level;
import io.cascade.base.ui.Formats;
import io.cascade.organization.DepartmentNode;
import io.cascade.organization.OrganizationService;
import io.cascade.organization.PersonFilter;
import io.cascade.organization.PersonListItem;
import io.cascade.scheduling.AttendanceChangeItem;
import io.cascade.scheduling.AttendanceStatus;
import io.cascade.scheduling.EnrolmentOutcome;
import io.cascade.scheduling.EnrolmentService;
import io.cascade.scheduling.EnrolmentStatus;
import io.cascade.scheduling.GateException;
import io.cascade.scheduling.RollCallEntry;
import io.cascade.scheduling.SessionDetails;
import io.cascade.scheduling.SessionRejectedException;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;

/**
 * The people of a session. Before it starts: enrol a person or a whole department (the managers-first gate may ask
 * for a reason). Once it has started: roll call with a mark per person, "mark all present", and walk-ins.
 */
class RollCallPanel extends Div {

    final Grid<RollCallEntry> roll = new Grid<>(RollCallEntry.class, false);
    final ComboBox<PersonListItem> person = new ComboBox<>();
    final Button enrolPerson = new Button(getTranslation("scheduling.rollCall.enrol"));
    final ComboBox<DepartmentNode> department = new ComboBox<>();
    final Button enrolDepartment = new Button(getTranslation("scheduling.rollCall.enrolDepartment"));
    final Button markAllPresent = new Button(getTranslation("scheduling.rollCall.markAllPresent"));
    final Button addWalkIn = new Button(getTranslation("scheduling.rollCall.addWalkIn"));

    private final SessionDetails session;
    private final EnrolmentService enrolment;
    private final Runnable onChange;
    private final boolean started;

    RollCallPanel(SessionDetails session, EnrolmentService enrolment, OrganizationService organization,
            Runnable onChange, Clock clock) {
        this.session = session;
        this.enrolment = enrolment;
        this.onChange = onChange;
        this.started = !session.startsAt().isAfter(clock.instant());
        setWidthFull();

        person.setPlaceholder(getTranslation("scheduling.rollCall.findPerson"));
        person.setItems(query -> organization.findPeople(new PersonFilter(query.getFilter().orElse(""), null, false,
                null, true), PageRequest.of(query.getPage(), query.getPageSize())).stream());
        person.setItemLabelGenerator(item -> item.fullName() + " (" + item.departmentName() + ")");
        person.setWidth("22rem");
        department.setPlaceholder(getTranslation("scheduling.rollCall.chooseDepartment"));
        department.setItems(organization.departmentTree().stream().filter(node -> !node.archived()).toList());
        department.setItemLabelGenerator(DepartmentNode::name);
        department.setWidth("16rem");

        enrolPerson.addClickListener(click -> {
            if (person.getValue() != null) {
                long personId = person.getValue().id();
                withGate(reason -> List.of(enrolment.enrol(session.id(), personId, reason)));
            }
        });
        enrolDepartment.addClickListener(click -> {
            if (department.getValue() != null) {
                long departmentId = department.getValue().id();
                withGate(reason -> enrolment.enrolDepartment(session.id(), departmentId, reason));
            }
        });
        markAllPresent.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        markAllPresent.addClickListener(click -> act(() -> enrolment.markAllPresent(session.id())));
        addWalkIn.addClickListener(click -> {
            if (person.getValue() != null) {
                long personId = person.getValue().id();
                act(() -> enrolment.addWalkIn(session.id(), personId));
            }
        });

        roll.addColumn(RollCallEntry::personName).setHeader(getTranslation("scheduling.rollCall.column.name"))
                .setFlexGrow(2);
        roll.addColumn(RollCallEntry::departmentName)
                .setHeader(getTranslation("scheduling.rollCall.column.department")).setFlexGrow(1);
        // the level's name is the organization module's to translate
        roll.addColumn(entry -> Level.valueOf(entry.level()).label())
                .setHeader(getTranslation("scheduling.rollCall.column.level")).setAutoWidth(true).setFlexGrow(0);
        roll.addComponentColumn(RollCallPanel::statusBadge).setHeader(getTranslation("scheduling.rollCall.column.place"))
                .setAutoWidth(true).setFlexGrow(0);
        roll.addComponentColumn(this::attendanceCell)
                .setHeader(getTranslation("scheduling.rollCall.column.attendance")).setAutoWidth(true).setFlexGrow(0);
        roll.addComponentColumn(this::noteCell).setHeader(getTranslation("scheduling.rollCall.column.note"))
                .setFlexGrow(1);
        roll.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        roll.setAllRowsVisible(true);
        roll.setEmptyStateText(getTranslation("scheduling.rollCall.empty"));
        List<RollCallEntry> entries = enrolment.rollCall(session.id());
        roll.setItems(entries);

        boolean open = !session.cancelled();
        HorizontalLayout actions = started
                ? new HorizontalLayout(markAllPresent, person, addWalkIn)
                : new HorizontalLayout(person, enrolPerson, department, enrolDepartment);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setVisible(open);
        add(actions, roll);

        List<AttendanceChangeItem> changes = enrolment.attendanceChanges(session.id());
        if (!changes.isEmpty()) {
            var log = new Div();
            log.addClassName("attendance-log");
            changes.forEach(change -> log.add(new Paragraph(getTranslation("scheduling.rollCall.changed",
                    Formats.dateTime(change.changedAt()), change.changedBy(), change.personName(),
                    mark(change.from()), mark(change.to())))));
            add(log);
        }
    }

    /** An attendance mark as it reads in the change log. */
    private static String mark(AttendanceStatus attendance) {
        return attendance == null ? I18NProvider.translate("scheduling.rollCall.unmarked")
                : SessionLabels.attendance(attendance);
    }

    private static Component statusBadge(RollCallEntry entry) {
        if (entry.walkIn()) {
            return SessionLabels.badge(I18NProvider.translate("scheduling.rollCall.walkIn"), "info");
        }
        return switch (entry.status()) {
            case ENROLLED -> entry.gateOverride() == null
                    ? SessionLabels.badge(I18NProvider.translate("scheduling.rollCall.enrolled"), "success")
                    : withTooltip(SessionLabels.badge(I18NProvider.translate("scheduling.rollCall.gateOverridden"),
                            "warning"), entry.gateOverride());
            case WAITLISTED -> SessionLabels.badge(I18NProvider.translate("scheduling.rollCall.waitlisted",
                    String.valueOf(entry.waitlistPosition())), "warning");
            case WITHDRAWN -> SessionLabels.badge(I18NProvider.translate("scheduling.rollCall.withdrawn"), "contrast");
        };
    }

    private static Component withTooltip(com.vaadin.flow.component.html.Span badge, String text) {
        badge.setTitle(I18NProvider.translate("scheduling.rollCall.gateReason", text));
        return badge;
    }

    private Component attendanceCell(RollCallEntry entry) {
        if (!started || entry.status() != EnrolmentStatus.ENROLLED) {
            return new Div();
        }
        var mark = new Select<AttendanceStatus>();
        mark.setItems(AttendanceStatus.values());
        mark.setItemLabelGenerator(SessionLabels::attendance);
        mark.setPlaceholder(getTranslation("scheduling.rollCall.notMarked"));
        mark.setValue(entry.attendance());
        mark.setAriaLabel(getTranslation("scheduling.rollCall.attendanceOf", entry.personName()));
        mark.setWidth("9rem");
        mark.addValueChangeListener(change -> {
            if (change.isFromClient() || change.getValue() != null) {
                act(() -> enrolment.markAttendance(session.id(), entry.personId(), change.getValue(),
                        entry.note()));
            }
        });
        return mark;
    }

    private Component noteCell(RollCallEntry entry) {
        if (!started || entry.status() != EnrolmentStatus.ENROLLED) {
            return new Div();
        }
        var note = new TextField();
        note.setValue(entry.note() == null ? "" : entry.note());
        note.setPlaceholder(getTranslation("scheduling.rollCall.column.note"));
        note.setWidthFull();
        note.setAriaLabel(getTranslation("scheduling.rollCall.noteOn", entry.personName()));
        note.addValueChangeListener(change -> {
            if (entry.attendance() != null) {
                act(() -> enrolment.markAttendance(session.id(), entry.personId(), entry.attendance(),
                        change.getValue()));
            }
        });
        return note;
    }

    private void withGate(Function<String, List<EnrolmentOutcome>> enrol) {
        try {
            report(enrol.apply(null));
        } catch (GateException e) {
            if (e.overridable()) {
                new GateOverrideDialog(e.localizedMessage(), reason -> report(enrol.apply(reason))).open();
            } else {
                Notifications.error(e.localizedMessage());
            }
        } catch (SessionRejectedException e) {
            Notifications.error(e.localizedMessage());
        }
    }

    private void report(List<EnrolmentOutcome> outcomes) {
        long seated = outcomes.stream().filter(o -> !o.alreadyIn() && o.status() == EnrolmentStatus.ENROLLED).count();
        long waiting = outcomes.stream().filter(o -> !o.alreadyIn() && o.status() == EnrolmentStatus.WAITLISTED)
                .count();
        long already = outcomes.stream().filter(EnrolmentOutcome::alreadyIn).count();
        Notifications.success(getTranslation("scheduling.rollCall.enrolledReport", seated, waiting, already));
        onChange.run();
    }

    private void act(Runnable action) {
        try {
            action.run();
            onChange.run();
        } catch (SessionRejectedException e) {
            Notifications.error(e.localizedMessage());
        }
    }
}
