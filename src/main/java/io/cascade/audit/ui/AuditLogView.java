package io.cascade.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.cascade.audit.AuditEntry;
import io.cascade.audit.AuditLog;
import io.cascade.audit.AuditQuery;
import io.cascade.base.ui.Formats;
import io.cascade.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The audit trail, newest first, paged lazily from the database: who changed what and when, filtered by person,
 * kind of record, words and dates. A row opens to show the state before and after.
 */
@Route("admin/audit")
@PageTitle("Audit log")
@Menu(order = 49, icon = "vaadin:archive", title = "Audit log")
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends VerticalLayout {

    final TextField actor = new TextField("Who");
    final ComboBox<String> entityType = new ComboBox<>("What");
    final TextField text = new TextField("Contains");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    final Span total = new Span();

    private final AuditLog auditLog;

    AuditLogView(AuditLog auditLog) {
        this.auditLog = auditLog;
        addClassName("view");
        setSizeFull();

        var intro = new Paragraph("Every change to people, departments, accounts and settings, and every import, "
                + "with who made it and when. Entries cannot be changed or removed. Select a row to see the "
                + "record before and after.");
        intro.addClassName("view-intro");

        actor.setPlaceholder("Username");
        actor.setPrefixComponent(VaadinIcon.USER.create());
        text.setPlaceholder("Name, number, action");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        for (TextField field : new TextField[] {actor, text}) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> refresh());
        }
        entityType.setItems(auditLog.entityTypes());
        entityType.setPlaceholder("Everything");
        entityType.setClearButtonVisible(true);
        entityType.addValueChangeListener(e -> refresh());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        var filters = new HorizontalLayout(actor, entityType, text, from, to, total);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        total.addClassName("badge");

        grid.addColumn(entry -> Formats.dateTime(entry.occurredAt())).setHeader("When").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::entityType).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::action).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::summary).setHeader("Change").setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(AuditLogView::details));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No changes match these filters.");
        grid.setSizeFull();

        add(intro, filters, grid);
        refresh();
    }

    AuditQuery query() {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate fromDate = from.getValue();
        LocalDate toDate = to.getValue();
        return new AuditQuery(actor.getValue(), entityType.getValue(), text.getValue(),
                fromDate == null ? null : fromDate.atStartOfDay(zone).toInstant(),
                // the To date is inclusive: up to the start of the next day
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void refresh() {
        var query = query();
        grid.setItems(page -> auditLog.search(query, page.getOffset(), page.getLimit()).stream(),
                page -> (int) Math.min(Integer.MAX_VALUE, auditLog.count(query)));
        long count = auditLog.count(query);
        total.setText(count == 1 ? "1 change" : count + " changes");
    }

    private static Div details(AuditEntry entry) {
        var before = new Div(new Span("Before"), new Pre(entry.before() == null ? "—" : entry.before()));
        var after = new Div(new Span("After"), new Pre(entry.after() == null ? "—" : entry.after()));
        before.addClassName("audit-state");
        after.addClassName("audit-state");
        var details = new Div(before, after);
        details.addClassName("audit-details");
        return details;
    }
}
