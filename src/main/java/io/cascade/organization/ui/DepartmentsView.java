package io.cascade.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.cascade.base.ui.FieldErrors;
import io.cascade.base.ui.Notifications;
import io.cascade.organization.DepartmentNode;
import io.cascade.organization.OrganizationAdminService;
import io.cascade.organization.ConcurrentChangeException;
import io.cascade.organization.OrganizationChangeException;
import io.cascade.organization.OrganizationService;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The department tree (company, divisions, departments, teams) with each unit's own member count. Admins add, rename,
 * move and archive departments here; archived ones are hidden unless asked for.
 */
@Route("admin/departments")
@Menu(order = 40, icon = "vaadin:sitemap", title = "organization.menu.departments")
@RolesAllowed(Roles.ADMIN)
class DepartmentsView extends VerticalLayout implements HasDynamicTitle {

    final TreeGrid<DepartmentNode> tree = new TreeGrid<>();
    final TextField search = new TextField();
    final Checkbox showArchived = new Checkbox(getTranslation("organization.departments.showArchived"));
    final Button add = new Button(getTranslation("organization.departments.add"), VaadinIcon.PLUS.create());
    final Button rename = new Button(getTranslation("organization.departments.rename"), VaadinIcon.EDIT.create());
    final Button move = new Button(getTranslation("organization.departments.move"), VaadinIcon.ARROWS.create());
    final Button archive = new Button(getTranslation("organization.departments.archive"),
            VaadinIcon.ARCHIVE.create());
    final Button restore = new Button(getTranslation("organization.departments.restore"),
            VaadinIcon.ARROW_BACKWARD.create());

    /** The dialog currently open, so tests (and a second click) reach it. */
    DepartmentDialog dialog;

    private final OrganizationService organization;
    private final OrganizationAdminService admin;
    private List<DepartmentNode> departments = List.of();

    DepartmentsView(OrganizationService organization, OrganizationAdminService admin) {
        this.organization = organization;
        this.admin = admin;
        addClassName("view");
        setSizeFull();

        var intro = new Paragraph(getTranslation("organization.departments.intro"));
        intro.addClassName("view-intro");

        search.setPlaceholder(getTranslation("organization.departments.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());
        showArchived.addValueChangeListener(e -> applyFilter());

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openAdd());
        rename.addClickListener(e -> selected().ifPresent(this::openRename));
        move.addClickListener(e -> selected().ifPresent(this::openMove));
        archive.addClickListener(e -> selected().ifPresent(this::confirmArchive));
        restore.addClickListener(e -> selected().ifPresent(node -> change(() -> admin.restoreDepartment(node.id()),
                getTranslation("organization.departments.restored", node.name()))));

        var toolbar = new HorizontalLayout(search, showArchived, add, rename, move, archive, restore);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        tree.addHierarchyColumn(DepartmentNode::name).setHeader(getTranslation("organization.departments.department"))
                .setFlexGrow(1);
        tree.addComponentColumn(node -> node.archived()
                ? badge(getTranslation("organization.departments.archivedBadge")) : new Span()).setHeader("")
                .setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(DepartmentNode::memberCount).setHeader(getTranslation("organization.departments.members"))
                .setAutoWidth(true).setFlexGrow(0);
        tree.setSizeFull();
        tree.addSelectionListener(e -> updateButtons());

        add(intro, toolbar, tree);
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organization.departments.title");
    }

    private void reload() {
        Set<Long> expanded = new HashSet<>();
        departments.stream().filter(tree::isExpanded).forEach(node -> expanded.add(node.id()));
        boolean firstLoad = departments.isEmpty();
        departments = organization.departmentTree();
        tree.setDataProvider(new TreeDataProvider<>(treeData(departments)));
        tree.expand(departments.stream()
                .filter(node -> firstLoad ? node.depth() < 1 : expanded.contains(node.id()))
                .toList());
        applyFilter();
        updateButtons();
    }

    private void applyFilter() {
        var provider = (TreeDataProvider<DepartmentNode>) tree.getDataProvider();
        String text = search.getValue();
        boolean archived = showArchived.getValue();
        if (text == null || text.isBlank()) {
            provider.setFilter(node -> archived || !node.archived());
            return;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        Set<String> matchingPaths = new HashSet<>();
        departments.stream()
                .filter(node -> archived || !node.archived())
                .filter(node -> node.name().toLowerCase(Locale.ROOT).contains(needle))
                .forEach(node -> matchingPaths.add(node.path()));
        // keep a unit when it matches, or when it is an ancestor of a match (so the match stays reachable)
        provider.setFilter(node -> matchingPaths.stream().anyMatch(path -> path.startsWith(node.path())));
        tree.expandRecursively(departments.stream().filter(DepartmentNode::isRoot).toList(), 10);
    }

    private java.util.Optional<DepartmentNode> selected() {
        return tree.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        var node = selected();
        rename.setEnabled(node.isPresent());
        move.setEnabled(node.isPresent() && !node.get().archived());
        archive.setEnabled(node.isPresent() && !node.get().archived());
        restore.setEnabled(node.isPresent() && node.get().archived());
    }

    private void openAdd() {
        var parent = selected().filter(node -> !node.archived()).orElse(null);
        dialog = new DepartmentDialog(getTranslation("organization.departments.add"),
                getTranslation("organization.departments.dialog.add"), activeDepartments(null), parent, "");
        dialog.onSave(values -> {
            long id = admin.addDepartment(values.name(), values.parentId());
            reload();
            departments.stream().filter(node -> node.id() == id).findFirst().ifPresent(node -> {
                tree.expand(ancestors(node));
                tree.select(node);
            });
            Notifications.success(getTranslation("organization.departments.added", values.name()));
        });
        dialog.open();
    }

    private void openRename(DepartmentNode node) {
        dialog = new DepartmentDialog(getTranslation("organization.departments.dialog.renameTitle", node.name()),
                getTranslation("organization.departments.rename"), null, null, node.name());
        dialog.onSave(values -> {
            admin.renameDepartment(node.id(), values.name());
            reload();
            Notifications.success(getTranslation("organization.departments.renamed", values.name().strip()));
        });
        dialog.open();
    }

    private void openMove(DepartmentNode node) {
        var parent = departments.stream().filter(d -> node.parentId() != null && d.id() == node.parentId())
                .findFirst().orElse(null);
        dialog = new DepartmentDialog(getTranslation("organization.departments.dialog.moveTitle", node.name()),
                getTranslation("organization.departments.move"), activeDepartments(node), parent, null);
        dialog.onSave(values -> {
            admin.moveDepartment(node.id(), values.parentId());
            reload();
            Notifications.success(getTranslation("organization.departments.moved", node.name()));
        });
        dialog.open();
    }

    private void confirmArchive(DepartmentNode node) {
        var confirm = new ConfirmDialog(getTranslation("organization.departments.archiveConfirm.title", node.name()),
                getTranslation("organization.departments.archiveConfirm.text"),
                getTranslation("organization.departments.archive"), e -> change(
                        () -> admin.archiveDepartment(node.id()),
                        getTranslation("organization.departments.archived", node.name())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("organization.dialog.cancel"));
        confirm.open();
    }

    private void change(Runnable change, String success) {
        try {
            change.run();
            reload();
            Notifications.success(success);
        } catch (OrganizationChangeException e) {
            Notifications.error(e.localizedMessage());
        }
    }

    /** Departments that can take members or children; {@code moving} and its branch are left out of a move target. */
    private List<DepartmentNode> activeDepartments(DepartmentNode moving) {
        return departments.stream()
                .filter(node -> !node.archived())
                .filter(node -> moving == null || !node.path().startsWith(moving.path()))
                .toList();
    }

    private List<DepartmentNode> ancestors(DepartmentNode node) {
        return departments.stream().filter(d -> node.path().startsWith(d.path()) && d.id() != node.id()).toList();
    }

    private static Span badge(String text) {
        var badge = new Span(text);
        badge.addClassNames("badge", "contrast");
        return badge;
    }

    private static TreeData<DepartmentNode> treeData(List<DepartmentNode> departments) {
        var byId = new HashMap<Long, DepartmentNode>();
        var data = new TreeData<DepartmentNode>();
        for (DepartmentNode node : departments) {
            byId.put(node.id(), node);
            data.addItem(node.parentId() == null ? null : byId.get(node.parentId()), node);
        }
        return data;
    }

    /** Name and/or parent of a department; a refused change shows its message at the field it concerns. */
    static class DepartmentDialog extends Dialog {

        record Values(String name, Long parentId) {
        }

        final TextField name = new TextField(getTranslation("organization.departments.dialog.name"));
        final ComboBox<DepartmentNode> parent = new ComboBox<>(getTranslation("organization.departments.dialog.parent"));
        final Button save;
        final Paragraph error = new Paragraph();
        private Consumer<Values> saver = values -> { };

        DepartmentDialog(String title, String action, List<DepartmentNode> parents, DepartmentNode currentParent,
                String currentName) {
            setHeaderTitle(title);
            var form = new VerticalLayout();
            form.setPadding(false);
            form.setSpacing(false);
            if (currentName != null) {
                name.setValue(currentName);
                name.setWidthFull();
                name.setRequiredIndicatorVisible(true);
                name.setMaxLength(120);
                form.add(name);
            }
            if (parents != null) {
                parent.setItems(parents);
                parent.setItemLabelGenerator(node -> "\u2003".repeat(node.depth()) + node.name());
                parent.setValue(currentParent);
                parent.setClearButtonVisible(true);
                parent.setPlaceholder(getTranslation("organization.departments.dialog.parent.placeholder"));
                parent.setHelperText(getTranslation("organization.departments.dialog.parent.helper"));
                parent.setWidthFull();
                form.add(parent);
            }
            error.addClassName("form-error");
            error.setVisible(false);
            form.add(error);
            add(form);
            setWidth("28rem");

            save = new Button(action, e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(getTranslation("organization.dialog.cancel"), e -> close()), save);
        }

        void onSave(Consumer<Values> saver) {
            this.saver = saver;
        }

        private void save() {
            name.setInvalid(false);
            parent.setInvalid(false);
            error.setVisible(false);
            try {
                saver.accept(new Values(name.getValue(), parent.getValue() == null ? null : parent.getValue().id()));
                close();
            } catch (OrganizationChangeException e) {
                FieldErrors.show(e, Map.of("name", name, "parentId", parent), message -> {
                    error.setText(message);
                    error.setVisible(true);
                });
            } catch (ConcurrentChangeException e) {
                error.setText(e.localizedMessage());
                error.setVisible(true);
            }
        }
    }
}
