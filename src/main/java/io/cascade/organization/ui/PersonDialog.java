package io.cascade.organization.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import io.cascade.base.ui.FieldErrors;
import io.cascade.base.ui.Notifications;
import io.cascade.organization.ConcurrentChangeException;
import io.cascade.organization.DepartmentNode;
import io.cascade.organization.Level;
import io.cascade.organization.OrganizationAdminService;
import io.cascade.organization.OrganizationChangeException;
import io.cascade.organization.OrganizationService;
import io.cascade.organization.PersonFilter;
import io.cascade.organization.PersonForm;
import io.cascade.organization.PersonListItem;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Creates or edits a person. The form checks what it can (required fields, email shape) before saving; the service's
 * rules (unique employee number, no reporting cycle, active department) come back as messages at the field.
 */
class PersonDialog extends Dialog {

    /** The form's state; the service takes it as a {@link PersonForm}. */
    static final class Draft {
        String employeeNumber = "";
        String firstName = "";
        String lastName = "";
        String email = "";
        Level level = Level.STAFF;
        DepartmentNode department;
        PersonListItem reportsTo;
    }

    final TextField employeeNumber = new TextField(getTranslation("organization.person.employeeNumber"));
    final TextField firstName = new TextField(getTranslation("organization.person.firstName"));
    final TextField lastName = new TextField(getTranslation("organization.person.lastName"));
    // a plain text field: the Binder's email check gives the message, the browser's own pattern check would not
    final TextField email = new TextField(getTranslation("organization.people.email"));
    final ComboBox<Level> level = new ComboBox<>(getTranslation("organization.people.level"));
    final ComboBox<DepartmentNode> department = new ComboBox<>(getTranslation("organization.people.department"));
    final ComboBox<PersonListItem> reportsTo = new ComboBox<>(getTranslation("organization.people.reportsTo"));
    final Paragraph error = new Paragraph();
    final Button save = new Button(getTranslation("organization.dialog.save"));
    final Button deactivate = new Button(getTranslation("organization.person.deactivate"));
    final Button reactivate = new Button(getTranslation("organization.person.reactivate"));

    private final Binder<Draft> binder = new Binder<>();
    private final Map<String, HasValidation> fieldsByName = Map.of("employeeNumber", employeeNumber, "firstName",
            firstName, "lastName", lastName, "email", email, "level", level, "departmentId", department,
            "reportsToId", reportsTo);
    private final OrganizationAdminService admin;
    private final PersonForm original;
    private final Runnable onChange;

    PersonDialog(OrganizationService organization, OrganizationAdminService admin, List<DepartmentNode> departments,
            PersonForm original, Runnable onChange) {
        this.admin = admin;
        this.original = original;
        this.onChange = onChange;
        boolean isNew = original.id() == null;
        setHeaderTitle(isNew ? getTranslation("organization.people.add")
                : getTranslation("organization.person.editTitle", fullName(original.firstName(), original.lastName())));
        setWidth("40rem");

        level.setItems(Level.values());
        level.setItemLabelGenerator(value -> getTranslation("organization.level." + value.name()));
        department.setItems(departments.stream().filter(node -> !node.archived()
                || node.id() == (original.departmentId() == null ? -1 : original.departmentId())).toList());
        department.setItemLabelGenerator(node -> "\u2003".repeat(node.depth()) + node.name());
        reportsTo.setItems(query -> organization.findPeople(
                new PersonFilter(query.getFilter().orElse(""), null, false, null, true),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("fullName"))).stream());
        reportsTo.setItemLabelGenerator(person -> person.fullName() + " \u00b7 " + person.employeeNumber());
        reportsTo.setClearButtonVisible(true);
        reportsTo.setPlaceholder(getTranslation("organization.person.reportsTo.placeholder"));
        employeeNumber.setMaxLength(40);
        firstName.setMaxLength(80);
        lastName.setMaxLength(80);

        binder.forField(employeeNumber).asRequired(getTranslation("organization.person.employeeNumber.required"))
                .bind(d -> d.employeeNumber, (d, v) -> d.employeeNumber = v);
        binder.forField(firstName).asRequired(getTranslation("organization.person.firstName.required"))
                .bind(d -> d.firstName, (d, v) -> d.firstName = v);
        binder.forField(lastName).asRequired(getTranslation("organization.person.lastName.required"))
                .bind(d -> d.lastName, (d, v) -> d.lastName = v);
        binder.forField(email).asRequired(getTranslation("organization.person.email.required"))
                .withValidator(new EmailValidator(getTranslation("organization.person.email.invalid")))
                .bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(level).asRequired(getTranslation("organization.person.level.required"))
                .bind(d -> d.level, (d, v) -> d.level = v);
        binder.forField(department).asRequired(getTranslation("organization.person.department.required"))
                .bind(d -> d.department, (d, v) -> d.department = v);
        binder.forField(reportsTo).bind(d -> d.reportsTo, (d, v) -> d.reportsTo = v);

        var draft = new Draft();
        draft.employeeNumber = original.employeeNumber();
        draft.firstName = original.firstName();
        draft.lastName = original.lastName();
        draft.email = original.email();
        draft.level = original.level();
        draft.department = departments.stream()
                .filter(node -> original.departmentId() != null && node.id() == original.departmentId())
                .findFirst().orElse(null);
        draft.reportsTo = original.reportsToId() == null ? null
                : admin.personListItem(original.reportsToId()).orElse(null);
        binder.readBean(draft);

        var form = new FormLayout(employeeNumber, level, firstName, lastName, email, department, reportsTo);
        form.setColspan(email, 2);
        form.setColspan(reportsTo, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        error.addClassName("form-error");
        error.setVisible(false);
        add(form, error);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        String name = fullName(original.firstName(), original.lastName());
        deactivate.addClickListener(e -> run(() -> admin.deactivatePerson(original.id()),
                getTranslation("organization.person.deactivated", name)));
        reactivate.addClickListener(e -> run(() -> admin.reactivatePerson(original.id()),
                getTranslation("organization.person.reactivated", name)));
        deactivate.setVisible(!isNew && original.active());
        reactivate.setVisible(!isNew && !original.active());
        var left = new HorizontalLayout(deactivate, reactivate);
        var spacer = new HorizontalLayout();
        var footer = new HorizontalLayout(left, spacer,
                new Button(getTranslation("organization.dialog.cancel"), e -> close()), save);
        footer.setWidthFull();
        footer.setFlexGrow(1, spacer);
        footer.setAlignItems(FlexComponent.Alignment.CENTER);
        getFooter().add(footer);
    }

    private void save() {
        clearErrors();
        var draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        var form = new PersonForm(original.id(), original.version(), draft.employeeNumber, draft.firstName,
                draft.lastName, draft.email, draft.level, draft.department.id(),
                draft.reportsTo == null ? null : draft.reportsTo.id(), original.active());
        run(() -> {
            if (form.id() == null) {
                admin.createPerson(form);
            } else {
                admin.updatePerson(form);
            }
        }, getTranslation("organization.person.saved", fullName(draft.firstName.strip(), draft.lastName.strip())));
    }

    /** A name as the admin typed it: first and last, in that order in every language. */
    private static String fullName(String firstName, String lastName) {
        return firstName + " " + lastName;
    }

    private void run(Runnable change, String success) {
        try {
            change.run();
            close();
            onChange.run();
            Notifications.success(success);
        } catch (OrganizationChangeException e) {
            FieldErrors.show(e, fieldsByName, this::showError);
        } catch (ConcurrentChangeException e) {
            showError(e.localizedMessage());
        } catch (ObjectOptimisticLockingFailureException e) {
            showError(getTranslation("organization.concurrent.thisPerson"));
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void clearErrors() {
        FieldErrors.clear(fieldsByName);
        error.setVisible(false);
    }
}
