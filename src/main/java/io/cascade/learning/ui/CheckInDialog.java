package io.cascade.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.cascade.base.ui.FieldErrors;
import io.cascade.learning.CheckInDue;
import io.cascade.learning.CheckInKind;
import io.cascade.learning.CheckInRejectedException;
import io.cascade.learning.NewCheckIn;
import io.cascade.learning.TeamService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Logs a reinforcement check-in. Bad input is shown at the field, and nothing is saved until it is right.
 */
class CheckInDialog extends Dialog {

    /** The form's state while it is edited. */
    static class Form {
        LocalDate occurredOn;
        CheckInKind kind = CheckInKind.COACHING;
        String note = "";
    }

    final DatePicker occurredOn = new DatePicker("Day of the check-in");
    final RadioButtonGroup<CheckInKind> kind = new RadioButtonGroup<>("Kind");
    final TextArea note = new TextArea("What did you reinforce?");
    final Button save = new Button("Log check-in");
    private final Binder<Form> binder = new Binder<>();

    CheckInDialog(TeamService teamService, CheckInDue due, Consumer<CheckInDue> onSaved, Clock clock) {
        setHeaderTitle("Check-in with " + due.personName());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));

        occurredOn.setMin(due.trainedOn());
        occurredOn.setMax(today);
        occurredOn.setRequiredIndicatorVisible(true);
        kind.setItems(CheckInKind.values());
        kind.setItemLabelGenerator(CheckInKind::label);
        note.setMaxLength(1000);
        note.setHelperText("A sentence or two: the behaviour you saw or coached, and what comes next.");
        note.setWidthFull();

        binder.forField(occurredOn).asRequired("Enter the day of the check-in")
                .withValidator(day -> !day.isAfter(today), "The check-in cannot be in the future")
                .withValidator(day -> !day.isBefore(due.trainedOn()),
                        "A check-in follows the training (" + due.trainedOn() + ")")
                .bind(form -> form.occurredOn, (form, value) -> form.occurredOn = value);
        binder.forField(kind).asRequired("Choose coaching or observation")
                .bind(form -> form.kind, (form, value) -> form.kind = value);
        binder.forField(note).withValidator(text -> text == null || text.length() <= 1000,
                "Keep the note under 1,000 characters").bind(form -> form.note, (form, value) -> form.note = value);
        var form = new Form();
        form.occurredOn = today;
        binder.readBean(form);

        var context = new Paragraph(due.courseTitle() + ", trained on " + due.trainedOn() + ".");
        context.addClassName("view-intro");
        var layout = new FormLayout(occurredOn, kind, note);
        layout.setColspan(note, 2);
        add(context, layout);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            var edited = new Form();
            try {
                binder.writeBean(edited);
                teamService.logCheckIn(new NewCheckIn(due.personId(), due.courseId(), edited.occurredOn,
                        edited.kind, edited.note));
                close();
                onSaved.accept(due);
            } catch (ValidationException invalid) {
                // the binder already shows the messages at the fields
            } catch (CheckInRejectedException rejected) {
                FieldErrors.show(rejected, Map.of("occurredOn", occurredOn), context::setText);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
