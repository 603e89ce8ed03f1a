package io.cascade.organization.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.cascade.base.ui.Formats;
import io.cascade.base.ui.Notifications;
import io.cascade.organization.AccountAdminService;
import io.cascade.organization.AccountListItem;
import io.cascade.organization.OrganizationChangeException;
import io.cascade.organization.OrganizationService;
import io.cascade.organization.PersonFilter;
import io.cascade.organization.PersonListItem;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Logins and roles: create a login for a person, change roles, reset a password to a one-time password, lock and
 * unlock. Roles read as the admin knows them; the one-time password is shown once and never again.
 */
@Route("admin/accounts")
@PageTitle("Accounts")
@Menu(order = 42, icon = "vaadin:key", title = "Accounts")
@RolesAllowed(Roles.ADMIN)
class AccountsView extends VerticalLayout {

    static final Map<String, String> ROLE_LABELS = Map.of(Roles.ADMIN, "Admin", Roles.TRAINER, "Trainer",
            Roles.EXECUTIVE, "Executive", Roles.EMPLOYEE, "Employee");

    final TextField search = new TextField();
    final Grid<AccountListItem> grid = new Grid<>(AccountListItem.class, false);
    final Button create = new Button("Create login", VaadinIcon.PLUS.create());
    final Button editRoles = new Button("Roles", VaadinIcon.USER_CHECK.create());
    final Button resetPassword = new Button("Reset password", VaadinIcon.PASSWORD.create());
    final Button lock = new Button("Lock", VaadinIcon.LOCK.create());
    final Button unlock = new Button("Unlock", VaadinIcon.UNLOCK.create());

    /** Open dialogs, so tests reach them. */
    Dialog dialog;
    Span oneTimePassword;
    CheckboxGroup<String> roles;
    ComboBox<PersonListItem> person;
    TextField username;
    Button confirm;

    private final AccountAdminService accounts;
    private final OrganizationService organization;

    AccountsView(AccountAdminService accounts, OrganizationService organization) {
        this.accounts = accounts;
        this.organization = organization;
        addClassName("view");
        setSizeFull();

        var intro = new Paragraph("Logins and their roles. A new or reset password is shown once: give it to the "
                + "person, who signs in with it. Locked logins and leavers cannot sign in.");
        intro.addClassName("view-intro");

        search.setPlaceholder("Username, name or employee number");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("20rem");
        search.addValueChangeListener(e -> refresh());

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openCreate());
        editRoles.addClickListener(e -> selected().ifPresent(this::openRoles));
        resetPassword.addClickListener(e -> selected().ifPresent(this::confirmReset));
        lock.addClickListener(e -> selected().ifPresent(a -> change(() -> accounts.lock(a.id()),
                a.username() + " locked")));
        unlock.addClickListener(e -> selected().ifPresent(a -> change(() -> accounts.unlock(a.id()),
                a.username() + " unlocked")));

        var toolbar = new HorizontalLayout(search, create, editRoles, resetPassword, lock, unlock);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(AccountListItem::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(a -> a.personName() == null ? "—" : a.personName() + " (" + a.employeeNumber() + ")")
                .setHeader("Person").setFlexGrow(1);
        grid.addColumn(a -> roleLabels(a.roles())).setHeader("Roles").setAutoWidth(true);
        grid.addComponentColumn(AccountsView::statusBadge).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.lastLoginAt() == null ? "never" : Formats.dateTime(a.lastLoginAt()))
                .setHeader("Last sign-in").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No login matches.");
        grid.setSizeFull();
        grid.addSelectionListener(e -> updateButtons());

        add(intro, toolbar, grid);
        refresh();
    }

    private void refresh() {
        String text = search.getValue();
        grid.setItems(query -> accounts.findAccounts(text, toSpringPageRequest(query)).stream(),
                query -> (int) accounts.countAccounts(text));
        updateButtons();
    }

    private Optional<AccountListItem> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        var account = selected();
        editRoles.setEnabled(account.isPresent());
        resetPassword.setEnabled(account.isPresent());
        lock.setEnabled(account.isPresent() && !account.get().locked());
        unlock.setEnabled(account.isPresent() && account.get().locked());
    }

    private void openCreate() {
        person = new ComboBox<>("Person");
        person.setItems(query -> organization.findPeople(
                new PersonFilter(query.getFilter().orElse(""), null, false, null, true),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("fullName"))).stream());
        person.setItemLabelGenerator(p -> p.fullName() + " \u00b7 " + p.employeeNumber());
        person.setWidthFull();
        username = new TextField("Username");
        username.setWidthFull();
        person.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                username.setValue(accounts.suggestUsername(e.getValue().id()));
            }
        });
        roles = roleGroup(Set.of(Roles.EMPLOYEE));
        dialog = formDialog("Create login", "Create", new VerticalLayout(person, username, roles), () -> {
            if (person.getValue() == null) {
                throw new OrganizationChangeException("person", "Choose the person the login is for.");
            }
            String password = accounts.createAccount(person.getValue().id(), username.getValue(), roles.getValue());
            return "Login " + username.getValue().strip() + " created for " + person.getValue().fullName() + ".|"
                    + password;
        });
    }

    private void openRoles(AccountListItem account) {
        roles = roleGroup(account.roles());
        dialog = formDialog("Roles of " + account.username(), "Save", new VerticalLayout(roles), () -> {
            accounts.setRoles(account.id(), roles.getValue());
            return null;
        });
    }

    private void confirmReset(AccountListItem account) {
        var reset = new ConfirmDialog("Reset the password of " + account.username() + "?",
                "Their current password stops working at once. You will see a one-time password to give them; "
                        + "they choose their own when they next sign in.",
                "Reset password", e -> {
                    String password = accounts.resetPassword(account.id());
                    showPassword("New password for " + account.username() + ".", password);
                });
        reset.setCancelable(true);
        reset.open();
    }

    /** A dialog whose action returns "message|password" to show a one-time password, or null to just close. */
    private Dialog formDialog(String title, String action, VerticalLayout form,
            java.util.function.Supplier<String> save) {
        var formDialog = new Dialog(title);
        form.setPadding(false);
        var error = new Paragraph();
        error.addClassName("form-error");
        error.setVisible(false);
        form.add(error);
        formDialog.add(form);
        formDialog.setWidth("28rem");
        confirm = new Button(action, e -> {
            error.setVisible(false);
            try {
                String result = save.get();
                formDialog.close();
                refresh();
                if (result != null) {
                    String[] parts = result.split("\\|", 2);
                    showPassword(parts[0], parts[1]);
                } else {
                    Notifications.success("Saved");
                }
            } catch (OrganizationChangeException ex) {
                error.setText(ex.getMessage());
                error.setVisible(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        formDialog.getFooter().add(new Button("Cancel", e -> formDialog.close()), confirm);
        formDialog.open();
        return formDialog;
    }

    private void showPassword(String message, String password) {
        oneTimePassword = new Span(password);
        oneTimePassword.addClassName("one-time-password");
        var shown = new Dialog("One-time password");
        var hint = new Paragraph("Give it to the person now: it is not shown again. They sign in with it and then choose "
                + "their own.");
        hint.addClassName("view-intro");
        shown.add(new Div(new Paragraph(message), oneTimePassword, hint));
        shown.getFooter().add(new Button("Done", e -> shown.close()));
        shown.setWidth("28rem");
        shown.open();
        dialog = shown;
    }

    private void change(Runnable change, String success) {
        var before = selected();
        try {
            change.run();
            refresh();
            // keep the account selected, with its new state, so the next action is one click away
            before.flatMap(account -> accounts.findAccounts(account.username(), Pageable.unpaged()).stream()
                    .filter(refreshed -> refreshed.id() == account.id()).findFirst()).ifPresent(grid::select);
            Notifications.success(success);
        } catch (OrganizationChangeException e) {
            Notifications.error(e.getMessage());
        }
    }

    private static CheckboxGroup<String> roleGroup(Set<String> selected) {
        var group = new CheckboxGroup<String>("Roles");
        group.setItems(AccountAdminService.ASSIGNABLE_ROLES);
        group.setItemLabelGenerator(ROLE_LABELS::get);
        group.setValue(selected);
        return group;
    }

    private static String roleLabels(Set<String> roles) {
        return AccountAdminService.ASSIGNABLE_ROLES.stream().filter(roles::contains).map(ROLE_LABELS::get)
                .collect(Collectors.joining(", "));
    }

    private static Span statusBadge(AccountListItem account) {
        var badge = new Span(!account.enabled() ? "Disabled" : account.locked() ? "Locked" : "Active");
        badge.addClassNames("badge", !account.enabled() ? "contrast" : account.locked() ? "error" : "success");
        return badge;
    }
}
