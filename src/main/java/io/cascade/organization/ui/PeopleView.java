package io.cascade.organization.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import io.cascade.organization.DepartmentNode;
import io.cascade.organization.Level;
import io.cascade.organization.OrganizationAdminService;
import io.cascade.organization.OrganizationService;
import io.cascade.organization.PersonForm;
import io.cascade.organization.PersonFilter;
import io.cascade.organization.PersonListItem;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * Everyone in the organisation, paged lazily from the database, searchable and filterable by department (with its
 * sub-departments), level and whether they are still active. A click on a person opens them for editing.
 */
@Route("admin/people")
@Menu(order = 41, icon = "vaadin:users", title = "organization.menu.people")
@RolesAllowed(Roles.ADMIN)
class PeopleView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<DepartmentNode> department = new ComboBox<>(getTranslation("organization.people.department"));
    final ComboBox<Level> level = new ComboBox<>(getTranslation("organization.people.level"));
    final Checkbox activeOnly = new Checkbox(getTranslation("organization.people.activeOnly"), true);
    final Grid<PersonListItem> grid = new Grid<>(PersonListItem.class, false);
    final Span total = new Span();
    final Button addPerson = new Button(getTranslation("organization.people.add"), VaadinIcon.PLUS.create());

    /** The dialog currently open, so tests reach it. */
    PersonDialog dialog;

    private final OrganizationService organization;
    private final OrganizationAdminService admin;

    PeopleView(OrganizationService organization, OrganizationAdminService admin) {
        this.organization = organization;
        this.admin = admin;
        addClassName("view");
        setSizeFull();

        search.setLabel(getTranslation("organization.people.search"));
        search.setPlaceholder(getTranslation("organization.people.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("20rem");

        department.setItems(organization.departmentTree());
        department.setItemLabelGenerator(node -> "\u2003".repeat(node.depth()) + node.name());
        department.setClearButtonVisible(true);
        department.setPlaceholder(getTranslation("organization.people.department.placeholder"));
        department.setWidth("18rem");

        level.setItems(Level.values());
        level.setItemLabelGenerator(this::levelLabel);
        level.setClearButtonVisible(true);
        level.setPlaceholder(getTranslation("organization.people.level.placeholder"));

        addPerson.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addPerson.addClickListener(e -> openEditor(PersonForm.blank()));

        var filters = new HorizontalLayout(search, department, level, activeOnly, total, addPerson);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        total.addClassName("badge");

        grid.addColumn(PersonListItem::employeeNumber).setHeader(getTranslation("organization.people.column.number"))
                .setKey("employeeNumber").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PersonListItem::fullName).setHeader(getTranslation("organization.people.column.name"))
                .setKey("fullName").setSortable(true);
        grid.addColumn(person -> levelLabel(person.level())).setHeader(getTranslation("organization.people.level"))
                .setKey("level").setSortable(true).setAutoWidth(true);
        grid.addColumn(PersonListItem::departmentName).setHeader(getTranslation("organization.people.department"))
                .setKey("departmentName").setSortable(true);
        grid.addColumn(PersonListItem::reportsToName).setHeader(getTranslation("organization.people.reportsTo"))
                .setKey("reportsToName").setSortable(true);
        grid.addColumn(PersonListItem::email).setHeader(getTranslation("organization.people.email")).setKey("email")
                .setSortable(true);
        grid.addComponentColumn(person -> activeBadge(person.active()))
                .setHeader(getTranslation("organization.people.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("organization.people.empty"));
        grid.setSizeFull();
        grid.addItemClickListener(e -> edit(e.getItem().id()));

        search.addValueChangeListener(e -> refresh());
        department.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        activeOnly.addValueChangeListener(e -> refresh());

        add(filters, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organization.people.title");
    }

    private String levelLabel(Level level) {
        return getTranslation("organization.level." + level.name());
    }

    void edit(long personId) {
        admin.editablePerson(personId).ifPresent(this::openEditor);
    }

    private void openEditor(PersonForm form) {
        dialog = new PersonDialog(organization, admin, organization.departmentTree(), form, this::refresh);
        dialog.open();
    }

    private PersonFilter filter() {
        var selected = department.getValue();
        return new PersonFilter(search.getValue(), selected == null ? null : selected.id(), true, level.getValue(),
                activeOnly.getValue() ? Boolean.TRUE : null);
    }

    private void refresh() {
        var filter = filter();
        grid.setItems(query -> organization.findPeople(filter, toSpringPageRequest(query)).stream(),
                query -> (int) organization.countPeople(filter));
        long count = organization.countPeople(filter);
        total.setText(getTranslation("organization.people.total", count));
    }

    private Span activeBadge(boolean active) {
        var badge = new Span(getTranslation(active ? "organization.people.active" : "organization.people.left"));
        badge.addClassNames("badge", active ? "success" : "contrast");
        return badge;
    }
}
