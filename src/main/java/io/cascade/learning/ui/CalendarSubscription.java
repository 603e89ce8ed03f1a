package io.cascade.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import io.cascade.scheduling.CalendarLink;
import io.cascade.scheduling.CalendarService;
import java.util.Optional;

/**
 * My classes in my own calendar app: a private subscription address I can create, replace (when it leaked) or stop.
 */
class CalendarSubscription extends VerticalLayout {

    final TextField address = new TextField();
    final Button create = new Button();
    final Button stop = new Button("Stop this link");

    private final CalendarService calendar;

    CalendarSubscription(CalendarService calendar) {
        this.calendar = calendar;
        setPadding(false);
        address.setReadOnly(true);
        address.setWidth("36rem");
        address.setMaxWidth("100%");
        address.setAriaLabel("Calendar subscription address");
        create.addClickListener(click -> show(Optional.of(calendar.regenerateMyCalendarLink())));
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        stop.addClickListener(click -> {
            calendar.revokeMyCalendarLink();
            show(Optional.empty());
        });
        var row = new HorizontalLayout(address, create, stop);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.setWidthFull();
        add(new H2("My calendar"), new Paragraph("Subscribe to this private address in your calendar app to see "
                + "your classes there. Anyone with the address can read it: replace it if it was shared."), row);
        show(calendar.myCalendarLink());
    }

    private void show(Optional<CalendarLink> link) {
        address.setVisible(link.isPresent());
        address.setValue(link.map(found -> baseUrl() + found.path()).orElse(""));
        create.setText(link.isPresent() ? "Replace link" : "Create calendar link");
        stop.setVisible(link.isPresent());
    }

    private static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent() instanceof VaadinServletRequest current
                ? current : null;
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        boolean defaultPort = http.getServerPort() == 80 || http.getServerPort() == 443;
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath();
    }
}
