package io.cascade.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;

/**
 * The root address sends each user to the first view their navigation offers, so an executive lands on the
 * dashboard and an employee on their learning.
 */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MenuConfiguration.getMenuEntries().stream()
                .sorted((a, b) -> MainLayout.Area.of(a.menuClass()).compareTo(MainLayout.Area.of(b.menuClass())))
                .findFirst()
                .ifPresent(entry -> event.forwardTo(entry.path()));
    }
}
