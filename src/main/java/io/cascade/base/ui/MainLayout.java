package io.cascade.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.cascade.base.i18n.Language;
import io.cascade.base.i18n.LanguagePreferences;
import io.cascade.security.Branding;
import io.cascade.security.CascadeUser;
import io.cascade.security.CurrentUser;
import io.cascade.security.Roles;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The application shell: wordmark, a side navigation grouped by area that lists only the views the user may open
 * (Vaadin filters menu entries by their access annotations), and the user's name with a sign-out button.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver, BeforeEnterObserver {

    /** Where someone signed in with a one-time password chooses their own (a view of the organization module). */
    static final String CHANGE_PASSWORD_ROUTE = "account/password";

    private final H1 viewTitle = new H1();
    private final Div brand = new Div();
    private final Image brandLogo = new Image();
    private final Span brandName = new Span();
    private final Span brandProduct = new Span("Cascade");
    private final Branding branding;
    private final CurrentUser currentUser;
    private final LanguagePreferences languages;
    final MenuBar languageMenu = new MenuBar();

    MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext, Branding branding,
            LanguagePreferences languages) {
        this.branding = branding;
        this.currentUser = currentUser;
        this.languages = languages;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        viewTitle.addClassName("view-title");
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("base.shell.menu"));
        addToNavbar(true, toggle, viewTitle);

        brand.addClassName("app-brand");
        brandLogo.addClassName("app-brand-logo");
        brandLogo.setAlt("");
        brandName.addClassName("app-brand-name");
        brandProduct.addClassName("app-brand-product");
        var words = new Div(brandName, brandProduct);
        words.addClassName("app-brand-words");
        brand.add(brandLogo, words);
        refreshBrand();

        var navigation = new Div();
        navigation.addClassName("app-navigation");
        groupedMenuEntries().forEach((area, entries) -> {
            var nav = new SideNav(getTranslation(area.key()));
            nav.setCollapsible(false);
            entries.forEach(entry -> nav.addItem(toItem(entry)));
            navigation.add(nav);
        });

        addToDrawer(brand, new Scroller(navigation), userFooter(currentUser.require(), authenticationContext));
    }

    /**
     * Shows the organisation's logo (Cascade's until an admin uploads one) and name from Settings; Settings calls it
     * after a change so the shell follows at once. The same elements are updated in place, so the drawer does not
     * flicker or lose focus, and only the changed text and address travel to the browser.
     */
    public void refreshBrand() {
        String name = branding.organisationName();
        brandLogo.setSrc(branding.logoUrl().orElse("images/cascade-logo.svg"));
        brandName.setText(name);
        brandProduct.setVisible(!name.equals("Cascade"));
    }

    private static Map<Area, List<MenuEntry>> groupedMenuEntries() {
        return MenuConfiguration.getMenuEntries().stream()
                .collect(Collectors.groupingBy(entry -> Area.of(entry.menuClass()), LinkedHashMap::new,
                        Collectors.toList()))
                .entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * A view's menu entry. Its {@code @Menu} title is a key of the bundles ({@code catalog.menu.courses}), read in the
     * page's language; a title that is not a key is shown as it is.
     */
    private SideNavItem toItem(MenuEntry entry) {
        var item = new SideNavItem(translated(entry.title()), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private Component userFooter(CascadeUser user, AuthenticationContext authenticationContext) {
        var avatar = new Avatar(user.getDisplayName());
        avatar.addThemeName("small");
        var name = new Span(user.getDisplayName());
        name.addClassName("user-name");
        var role = new Span(getTranslation(roleKey(user)));
        role.addClassName("user-role");
        var who = new Div(name, role);
        who.addClassName("user-who");
        var signOut = new Button(new Icon(VaadinIcon.SIGN_OUT), click -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        signOut.setAriaLabel(getTranslation("base.shell.signOut"));
        signOut.setTooltipText(getTranslation("base.shell.signOut"));
        var footer = new Div(avatar, who, languageMenu(), signOut);
        footer.addClassName("user-footer");
        return footer;
    }

    /**
     * The profile menu's language choice: each language by its own name, the page's ticked. A choice is kept for the
     * person's next pages, mails and certificates, and the page opens again in it.
     */
    private Component languageMenu() {
        languageMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        languageMenu.addClassName("language-menu");
        var globe = new Icon(VaadinIcon.GLOBE);
        var top = languageMenu.addItem(globe);
        top.setAriaLabel(getTranslation("base.shell.language"));
        languageMenu.setTooltipText(top, getTranslation("base.shell.language"));
        Language shown = Language.of(getLocale()).orElse(Language.ENGLISH);
        for (Language language : Language.values()) {
            var item = top.getSubMenu().addItem(language.nativeName(), click -> {
                languages.choose(language);
                getUI().ifPresent(ui -> {
                    ui.getSession().setLocale(language.locale());
                    ui.getPage().reload();
                });
            });
            item.setCheckable(true);
            item.setChecked(language == shown);
            item.getElement().setAttribute("lang", language.tag());
        }
        return languageMenu;
    }

    /** The key of the one role named under the user's name: the most senior they hold. */
    static String roleKey(CascadeUser user) {
        if (user.hasRole(Roles.ADMIN)) {
            return "base.shell.role.admin";
        }
        if (user.hasRole(Roles.EXECUTIVE)) {
            return "base.shell.role.executive";
        }
        if (user.hasRole(Roles.TRAINER)) {
            return "base.shell.role.trainer";
        }
        return user.hasRole(Roles.MANAGER) ? "base.shell.role.manager" : "base.shell.role.employee";
    }

    /** Someone signed in with an admin's one-time password chooses their own before anything else. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().map(CascadeUser::mustChangePassword).orElse(false)) {
            event.rerouteTo(CHANGE_PASSWORD_ROUTE);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(translated(MenuConfiguration.getPageHeader(getContent()).orElse("")));
    }

    private static final Pattern KEY = Pattern.compile("[a-z]+(\\.[A-Za-z0-9]+)+");

    /** {@code text} read in the page's language when it is a key of the bundles, else as it is. */
    private String translated(String text) {
        return text != null && KEY.matcher(text).matches() ? getTranslation(text) : text;
    }

    /** Navigation areas in the order they appear, derived from the feature package of each view. */
    enum Area {
        INSIGHT("base.shell.area.insight"), LEARNING("base.shell.area.learning"), TRAINING("base.shell.area.training"),
        ADMINISTRATION("base.shell.area.administration"), OTHER("base.shell.area.other");

        private final String key;

        Area(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }

        static Area of(Class<?> viewClass) {
            String name = viewClass == null ? "" : viewClass.getPackageName();
            if (name.startsWith("io.cascade.insight")) {
                return INSIGHT;
            }
            if (name.startsWith("io.cascade.learning")) {
                return LEARNING;
            }
            if (name.startsWith("io.cascade.catalog") || name.startsWith("io.cascade.scheduling")) {
                return TRAINING;
            }
            if (name.startsWith("io.cascade.organization") || name.startsWith("io.cascade.audit")) {
                return ADMINISTRATION;
            }
            return OTHER;
        }
    }
}
