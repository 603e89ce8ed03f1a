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
    final Button enrolPerson = new Button("Enrol");
    final ComboBox<DepartmentNode> department = new ComboBox<>();
    final Button enrolDepartment = new Button("Enrol department");
    final Button markAllPresent = new Button("Mark all present");
    final Button addWalkIn = new Button("Add walk-in");

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

        person.setPlaceholder("Find a person");
        person.setItems(query -> organization.findPeople(new PersonFilter(query.getFilter().orElse(""), null, false,
                null, true), PageRequest.of(query.getPage(), query.getPageSize())).stream());
        person.setItemLabelGenerator(item -> item.fullName() + " (" + item.departmentName() + ")");
        person.setWidth("22rem");
        department.setPlaceholder("Choose a department");
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

        roll.addColumn(RollCallEntry::personName).setHeader("Name").setFlexGrow(2);
        roll.addColumn(RollCallEntry::departmentName).setHeader("Department").setFlexGrow(1);
        roll.addColumn(entry -> Level.valueOf(entry.level()).label())
                .setHeader("Level").setAutoWidth(true).setFlexGrow(0);
        roll.addComponentColumn(RollCallPanel::statusBadge).setHeader("Place").setAutoWidth(true).setFlexGrow(0);
        roll.addComponentColumn(this::attendanceCell).setHeader("Attendance").setAutoWidth(true).setFlexGrow(0);
        roll.addComponentColumn(this::noteCell).setHeader("Note").setFlexGrow(1);
        roll.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        roll.setAllRowsVisible(true);
        roll.setEmptyStateText("Nobody is enrolled yet.");
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
            changes.forEach(change -> log.add(new Paragraph(Formats.dateTime(change.changedAt()) + ": "
                    + change.changedBy() + " changed " + change.personName() + " from "
                    + (change.from() == null ? "unmarked" : SessionLabels.attendance(change.from())) + " to "
                    + (change.to() == null ? "unmarked" : SessionLabels.attendance(change.to())))));
            add(log);
        }
    }

    private static Component statusBadge(RollCallEntry entry) {
        if (entry.walkIn()) {
            return SessionLabels.badge("Walk-in", "info");
        }
        return switch (entry.status()) {
            case ENROLLED -> entry.gateOverride() == null ? SessionLabels.badge("Enrolled", "success")
                    : withTooltip(SessionLabels.badge("Enrolled (gate overridden)", "warning"), entry.gateOverride());
            case WAITLISTED -> SessionLabels.badge("Waitlist #" + entry.waitlistPosition(), "warning");
            case WITHDRAWN -> SessionLabels.badge("Withdrawn", "contrast");
        };
    }

    private static Component withTooltip(com.vaadin.flow.component.html.Span badge, String text) {
        badge.setTitle("Reason: " + text);
        return badge;
    }

    private Component attendanceCell(RollCallEntry entry) {
        if (!started || entry.status() != EnrolmentStatus.ENROLLED) {
            return new Div();
        }
        var mark = new Select<AttendanceStatus>();
        mark.setItems(AttendanceStatus.values());
        mark.setItemLabelGenerator(SessionLabels::attendance);
        mark.setPlaceholder("Not marked");
        mark.setValue(entry.attendance());
        mark.setAriaLabel("Attendance of " + entry.personName());
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
        note.setPlaceholder("Note");
        note.setWidthFull();
        note.setAriaLabel("Note on " + entry.personName());
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
                new GateOverrideDialog(e.getMessage(), reason -> report(enrol.apply(reason))).open();
            } else {
                Notifications.error(e.getMessage());
            }
        } catch (SessionRejectedException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void report(List<EnrolmentOutcome> outcomes) {
        long seated = outcomes.stream().filter(o -> !o.alreadyIn() && o.status() == EnrolmentStatus.ENROLLED).count();
        long waiting = outcomes.stream().filter(o -> !o.alreadyIn() && o.status() == EnrolmentStatus.WAITLISTED)
                .count();
        long already = outcomes.stream().filter(EnrolmentOutcome::alreadyIn).count();
        Notifications.success(seated + " enrolled" + (waiting > 0 ? ", " + waiting + " on the waitlist" : "")
                + (already > 0 ? ", " + already + " already in" : ""));
        onChange.run();
    }

    private void act(Runnable action) {
        try {
            action.run();
            onChange.run();
        } catch (SessionRejectedException e) {
            Notifications.error(e.getMessage());
        }
    }
}
