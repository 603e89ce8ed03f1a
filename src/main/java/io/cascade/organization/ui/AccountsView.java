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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.cascade.base.i18n.Text;
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
@Menu(order = 42, icon = "vaadin:key", title = "organization.menu.accounts")
@RolesAllowed(Roles.ADMIN)
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<AccountListItem> grid = new Grid<>(AccountListItem.class, false);
    final Button create = new Button(getTranslation("organization.accounts.create"), VaadinIcon.PLUS.create());
    final Button editRoles = new Button(getTranslation("organization.accounts.roles"),
            VaadinIcon.USER_CHECK.create());
    final Button resetPassword = new Button(getTranslation("organization.accounts.resetPassword"),
            VaadinIcon.PASSWORD.create());
    final Button lock = new Button(getTranslation("organization.accounts.lock"), VaadinIcon.LOCK.create());
    final Button unlock = new Button(getTranslation("organization.accounts.unlock"), VaadinIcon.UNLOCK.create());

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

        var intro = new Paragraph(getTranslation("organization.accounts.intro"));
        intro.addClassName("view-intro");

        search.setPlaceholder(getTranslation("organization.accounts.search.placeholder"));
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
                getTranslation("organization.accounts.locked", a.username()))));
        unlock.addClickListener(e -> selected().ifPresent(a -> change(() -> accounts.unlock(a.id()),
                getTranslation("organization.accounts.unlocked", a.username()))));

        var toolbar = new HorizontalLayout(search, create, editRoles, resetPassword, lock, unlock);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(AccountListItem::username).setHeader(getTranslation("organization.accounts.username"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.personName() == null ? "—" : a.personName() + " (" + a.employeeNumber() + ")")
                .setHeader(getTranslation("organization.accounts.person")).setFlexGrow(1);
        grid.addColumn(a -> roleLabels(a.roles())).setHeader(getTranslation("organization.accounts.roles"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("organization.accounts.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.lastLoginAt() == null ? getTranslation("organization.accounts.lastSignIn.never")
                : Formats.dateTime(a.lastLoginAt()))
                .setHeader(getTranslation("organization.accounts.lastSignIn")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("organization.accounts.empty"));
        grid.setSizeFull();
        grid.addSelectionListener(e -> updateButtons());

        add(intro, toolbar, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organization.accounts.title");
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
        person = new ComboBox<>(getTranslation("organization.accounts.person"));
        person.setItems(query -> organization.findPeople(
                new PersonFilter(query.getFilter().orElse(""), null, false, null, true),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("fullName"))).stream());
        person.setItemLabelGenerator(p -> p.fullName() + " \u00b7 " + p.employeeNumber());
        person.setWidthFull();
        username = new TextField(getTranslation("organization.accounts.username"));
        username.setWidthFull();
        person.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                username.setValue(accounts.suggestUsername(e.getValue().id()));
            }
        });
        roles = roleGroup(Set.of(Roles.EMPLOYEE));
        dialog = formDialog(getTranslation("organization.accounts.create"),
                getTranslation("organization.accounts.createDialog.action"),
                new VerticalLayout(person, username, roles), () -> {
                    if (person.getValue() == null) {
                        throw new OrganizationChangeException("person",
                                Text.of("organization.accounts.createDialog.person.required"));
                    }
                    String password = accounts.createAccount(person.getValue().id(), username.getValue(),
                            roles.getValue());
                    return new Created(getTranslation("organization.accounts.created", username.getValue().strip(),
                            person.getValue().fullName()), password);
                });
    }

    private void openRoles(AccountListItem account) {
        roles = roleGroup(account.roles());
        dialog = formDialog(getTranslation("organization.accounts.rolesDialog.title", account.username()),
                getTranslation("organization.dialog.save"), new VerticalLayout(roles), () -> {
            accounts.setRoles(account.id(), roles.getValue());
            return null;
        });
    }

    private void confirmReset(AccountListItem account) {
        var reset = new ConfirmDialog(getTranslation("organization.accounts.resetConfirm.title", account.username()),
                getTranslation("organization.accounts.resetConfirm.text"),
                getTranslation("organization.accounts.resetPassword"), e -> {
                    String password = accounts.resetPassword(account.id());
                    showPassword(getTranslation("organization.accounts.reset", account.username()), password);
                });
        reset.setCancelable(true);
        reset.setCancelText(getTranslation("organization.dialog.cancel"));
        reset.open();
    }

    /** What creating a login says, with the one-time password to show once. */
    private record Created(String message, String password) {
    }

    /** A dialog whose action returns the login created, to show its one-time password, or null to just close. */
    private Dialog formDialog(String title, String action, VerticalLayout form,
            java.util.function.Supplier<Created> save) {
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
                Created created = save.get();
                formDialog.close();
                refresh();
                if (created != null) {
                    showPassword(created.message(), created.password());
                } else {
                    Notifications.success(getTranslation("organization.accounts.saved"));
                }
            } catch (OrganizationChangeException ex) {
                error.setText(ex.localizedMessage());
                error.setVisible(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        formDialog.getFooter().add(new Button(getTranslation("organization.dialog.cancel"), e -> formDialog.close()),
                confirm);
        formDialog.open();
        return formDialog;
    }

    private void showPassword(String message, String password) {
        oneTimePassword = new Span(password);
        oneTimePassword.addClassName("one-time-password");
        var shown = new Dialog(getTranslation("organization.accounts.oneTimePassword.title"));
        var hint = new Paragraph(getTranslation("organization.accounts.oneTimePassword.hint"));
        hint.addClassName("view-intro");
        shown.add(new Div(new Paragraph(message), oneTimePassword, hint));
        shown.getFooter().add(new Button(getTranslation("organization.accounts.oneTimePassword.done"),
                e -> shown.close()));
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
            Notifications.error(e.localizedMessage());
        }
    }

    private CheckboxGroup<String> roleGroup(Set<String> selected) {
        var group = new CheckboxGroup<String>(getTranslation("organization.accounts.roles"));
        group.setItems(AccountAdminService.ASSIGNABLE_ROLES);
        group.setItemLabelGenerator(this::roleLabel);
        group.setValue(selected);
        return group;
    }

    /** A role as the admin knows it, e.g. "Trainer" for {@code TRAINER}. */
    private String roleLabel(String role) {
        return getTranslation("organization.accounts.role." + role);
    }

    private String roleLabels(Set<String> roles) {
        return AccountAdminService.ASSIGNABLE_ROLES.stream().filter(roles::contains).map(this::roleLabel)
                .collect(Collectors.joining(", "));
    }

    private Span statusBadge(AccountListItem account) {
        var badge = new Span(getTranslation(!account.enabled() ? "organization.accounts.status.disabled"
                : account.locked() ? "organization.accounts.status.locked" : "organization.accounts.status.active"));
        badge.addClassNames("badge", !account.enabled() ? "contrast" : account.locked() ? "error" : "success");
        return badge;
    }
}
