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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
 * kind of record, words and dates. A row opens to show the state before and after. The page reads in the admin's
 * language; the entries themselves are a record, kept in English as they were written.
 */
@Route("admin/audit")
@Menu(order = 49, icon = "vaadin:archive", title = "audit.menu.auditLog")
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    final TextField actor = new TextField(getTranslation("audit.log.who"));
    final ComboBox<String> entityType = new ComboBox<>(getTranslation("audit.log.what"));
    final TextField text = new TextField(getTranslation("audit.log.contains"));
    final DatePicker from = new DatePicker(getTranslation("audit.log.from"));
    final DatePicker to = new DatePicker(getTranslation("audit.log.to"));
    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    final Span total = new Span();

    private final AuditLog auditLog;

    AuditLogView(AuditLog auditLog) {
        this.auditLog = auditLog;
        addClassName("view");
        setSizeFull();

        var intro = new Paragraph(getTranslation("audit.log.intro"));
        intro.addClassName("view-intro");

        actor.setPlaceholder(getTranslation("audit.log.who.placeholder"));
        actor.setPrefixComponent(VaadinIcon.USER.create());
        text.setPlaceholder(getTranslation("audit.log.contains.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        for (TextField field : new TextField[] {actor, text}) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> refresh());
        }
        entityType.setItems(auditLog.entityTypes());
        entityType.setPlaceholder(getTranslation("audit.log.what.placeholder"));
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

        grid.addColumn(entry -> Formats.dateTime(entry.occurredAt())).setHeader(getTranslation("audit.log.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.log.who")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::entityType).setHeader(getTranslation("audit.log.what")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.log.action")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::summary).setHeader(getTranslation("audit.log.change")).setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("audit.log.empty"));
        grid.setSizeFull();

        add(intro, filters, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.log.title");
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
        total.setText(getTranslation("audit.log.total", count));
    }

    private Div details(AuditEntry entry) {
        var before = new Div(new Span(getTranslation("audit.log.before")),
                new Pre(entry.before() == null ? "—" : entry.before()));
        var after = new Div(new Span(getTranslation("audit.log.after")),
                new Pre(entry.after() == null ? "—" : entry.after()));
        before.addClassName("audit-state");
        after.addClassName("audit-state");
        var details = new Div(before, after);
        details.addClassName("audit-details");
        return details;
    }
}
