package io.cascade.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.cascade.organization.ConcurrentChangeException;
import io.cascade.organization.Settings;
import io.cascade.organization.SettingsService;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The organisation-wide choices: how strictly trickle-down is judged, whether the managers-first gate warns or
 * blocks, the reinforcement window, reminders, the email sender and the organisation's name.
 */
@Route("admin/settings")
@PageTitle("Settings")
@Menu(order = 48, icon = "vaadin:cog", title = "Settings")
@RolesAllowed(Roles.ADMIN)
class SettingsView extends VerticalLayout {

    /** The form's state while it is edited. */
    static class Form {
        String policy;
        String gate;
        Integer windowDays;
        boolean reminders;
        String sender;
        String name;
    }

    final RadioButtonGroup<String> policy = new RadioButtonGroup<>("Trickle-down policy");
    final RadioButtonGroup<String> gate = new RadioButtonGroup<>("Managers-first gate");
    final IntegerField windowDays = new IntegerField("Reinforcement window (days)");
    final Checkbox reminders = new Checkbox("Remind people by email when a refresher is due");
    final EmailField sender = new EmailField("Email sender");
    final TextField name = new TextField("Organisation name");
    final Button save = new Button("Save settings");

    private final SettingsService settingsService;
    private final Binder<Form> binder = new Binder<>();
    private long version;

    SettingsView(SettingsService settingsService) {
        this.settingsService = settingsService;
        addClassName("view");

        var intro = new Paragraph("These choices apply to everyone at once: the dashboard, the rollout page and the "
                + "gate read them as soon as they are saved. Every change is recorded in the audit log.");
        intro.addClassName("view-intro");

        policy.setItems("STRICT", "LENIENT");
        policy.setItemLabelGenerator(value -> value.equals("STRICT")
                ? "Strict: every manager of a department is trained before its staff"
                : "Lenient: at least one manager is trained before its staff");
        gate.setItems("WARN", "BLOCK");
        gate.setItemLabelGenerator(value -> value.equals("WARN")
                ? "Warn: a trainer may let staff in early, giving a reason that is recorded"
                : "Block: staff cannot be enrolled before their managers");
        windowDays.setStepButtonsVisible(true);
        windowDays.setHelperText("A manager's check-in within this many days of the training counts as on time");

        binder.forField(policy).asRequired("Choose strict or lenient")
                .bind(form -> form.policy, (form, value) -> form.policy = value);
        binder.forField(gate).asRequired("Choose warn or block")
                .bind(form -> form.gate, (form, value) -> form.gate = value);
        binder.forField(windowDays).asRequired("Enter the number of days")
                .withValidator(new IntegerRangeValidator("Between 1 and 365 days", 1, 365))
                .bind(form -> form.windowDays, (form, value) -> form.windowDays = value);
        binder.forField(reminders).bind(form -> form.reminders, (form, value) -> form.reminders = value);
        binder.forField(sender).asRequired("Enter the address Cascade's emails come from")
                .withValidator(new EmailValidator("Not an email address"))
                .bind(form -> form.sender, (form, value) -> form.sender = value);
        binder.forField(name).asRequired("Enter the organisation's name")
                .withValidator(new StringLengthValidator("At most 120 characters", 1, 120))
                .bind(form -> form.name, (form, value) -> form.name = value);

        var form = new FormLayout(policy, gate, windowDays, sender, name, reminders);
        form.setColspan(policy, 2);
        form.setColspan(gate, 2);
        form.setColspan(reminders, 2);
        form.setMaxWidth("52rem");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(intro, form, save);
        load(settingsService.current());
    }

    private void load(Settings settings) {
        var form = new Form();
        form.policy = settings.trickleDownPolicy();
        form.gate = settings.gateMode();
        form.windowDays = settings.reinforcementWindowDays();
        form.reminders = settings.refresherReminders();
        form.sender = settings.mailSender();
        form.name = settings.organisationName();
        version = settings.version();
        binder.readBean(form);
    }

    private void save() {
        var form = new Form();
        try {
            binder.writeBean(form);
            Settings saved = settingsService.update(new Settings(form.policy, form.gate, form.windowDays,
                    form.reminders, form.sender, form.name, version));
            load(saved);
            Notification.show("Settings saved", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ValidationException invalid) {
            // the messages are at the fields
        } catch (ConcurrentChangeException changed) {
            Notification.show(changed.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
