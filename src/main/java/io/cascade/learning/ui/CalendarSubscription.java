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
import io.cascade.base.ui.Formats;
import io.cascade.base.web.SiteAddress;
import io.cascade.scheduling.CalendarLink;
import io.cascade.scheduling.CalendarService;
import java.time.Instant;
import java.util.Optional;

/**
 * My classes in my own calendar app: a private subscription address I can create, replace (when it leaked or I lost
 * it) or stop. Cascade shows the address once, when it is made: it keeps only a hash of it.
 */
class CalendarSubscription extends VerticalLayout {

    final TextField address = new TextField();
    final Paragraph existing = new Paragraph();
    final Button create = new Button();
    final Button stop = new Button(getTranslation("learning.calendar.stop"));

    CalendarSubscription(CalendarService calendar) {
        setPadding(false);
        address.setReadOnly(true);
        address.setWidth("36rem");
        address.setMaxWidth("100%");
        address.setAriaLabel(getTranslation("learning.calendar.address.aria"));
        address.setHelperText(getTranslation("learning.calendar.address.helper"));
        existing.addClassName("calendar-existing");
        create.addClickListener(click -> {
            CalendarLink link = calendar.regenerateMyCalendarLink();
            showNew(link);
        });
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        stop.addClickListener(click -> {
            calendar.revokeMyCalendarLink();
            showExisting(Optional.empty());
        });
        var row = new HorizontalLayout(address, create, stop);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.setWidthFull();
        add(new H2(getTranslation("learning.calendar.heading")),
                new Paragraph(getTranslation("learning.calendar.intro")), existing, row);
        showExisting(calendar.myCalendarLinkCreatedAt());
    }

    private void showNew(CalendarLink link) {
        address.setValue(baseUrl() + link.path());
        address.setVisible(true);
        existing.setVisible(false);
        create.setText(getTranslation("learning.calendar.replace"));
        stop.setVisible(true);
    }

    private void showExisting(Optional<Instant> createdAt) {
        address.clear();
        address.setVisible(false);
        existing.setText(createdAt.map(at -> getTranslation("learning.calendar.existing", Formats.date(at)))
                .orElse(""));
        existing.setVisible(createdAt.isPresent());
        create.setText(getTranslation(createdAt.isPresent() ? "learning.calendar.replace"
                : "learning.calendar.create"));
        stop.setVisible(createdAt.isPresent());
    }

    private static String baseUrl() {
        return VaadinServletRequest.getCurrent() instanceof VaadinServletRequest current
                ? SiteAddress.of(current.getHttpServletRequest()) : "";
    }
}
