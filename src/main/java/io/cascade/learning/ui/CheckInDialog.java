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
import io.cascade.base.ui.Formats;
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

    final DatePicker occurredOn = new DatePicker(getTranslation("learning.checkInDialog.occurredOn"));
    final RadioButtonGroup<CheckInKind> kind = new RadioButtonGroup<>(getTranslation("learning.checkInDialog.kind"));
    final TextArea note = new TextArea(getTranslation("learning.checkInDialog.note"));
    final Button save = new Button(getTranslation("learning.checkInDialog.save"));
    private final Binder<Form> binder = new Binder<>();

    CheckInDialog(TeamService teamService, CheckInDue due, Consumer<CheckInDue> onSaved, Clock clock) {
        setHeaderTitle(getTranslation("learning.checkInDialog.title", due.personName()));
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));

        occurredOn.setMin(due.trainedOn());
        occurredOn.setMax(today);
        occurredOn.setRequiredIndicatorVisible(true);
        kind.setItems(CheckInKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        note.setMaxLength(1000);
        note.setHelperText(getTranslation("learning.checkInDialog.note.helper"));
        note.setWidthFull();

        String trainedOn = Formats.date(due.trainedOn());
        binder.forField(occurredOn).asRequired(getTranslation("learning.checkIn.occurredOn.required"))
                .withValidator(day -> !day.isAfter(today), getTranslation("learning.checkIn.occurredOn.future"))
                .withValidator(day -> !day.isBefore(due.trainedOn()),
                        getTranslation("learning.checkInDialog.beforeTraining", trainedOn))
                .bind(form -> form.occurredOn, (form, value) -> form.occurredOn = value);
        binder.forField(kind).asRequired(getTranslation("learning.checkIn.kind.required"))
                .bind(form -> form.kind, (form, value) -> form.kind = value);
        binder.forField(note).withValidator(text -> text == null || text.length() <= 1000,
                getTranslation("learning.checkIn.note.tooLong"))
                .bind(form -> form.note, (form, value) -> form.note = value);
        var form = new Form();
        form.occurredOn = today;
        binder.readBean(form);

        var context = new Paragraph(getTranslation("learning.checkInDialog.context", due.courseTitle(), trainedOn));
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
        getFooter().add(new Button(getTranslation("learning.common.cancel"), click -> close()), save);
    }
}
