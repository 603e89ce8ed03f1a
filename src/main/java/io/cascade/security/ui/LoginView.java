package io.cascade.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinSession;
import io.cascade.security.Branding;
import io.cascade.security.TooManySignInAttemptsException;
import java.time.Clock;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page: Cascade's promise on one side, the form on the other. Nobody is signed in yet, so it reads in
 * the language the browser asks for (else the organisation's).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();
    final LoginI18n i18n = LoginI18n.createDefault();

    final Div organisation = new Div();

    private final Clock clock;

    public LoginView(Branding branding, Clock clock) {
        this.clock = clock;
        addClassName("login-view");

        var brand = new Div();
        brand.addClassName("login-brand");
        var logo = new Image("images/cascade-logo.svg", "");
        logo.addClassName("login-logo");
        var wordmark = new H1("Cascade");
        wordmark.addClassName("login-wordmark");
        var promise = new Paragraph(getTranslation("security.login.promise"));
        promise.addClassName("login-promise");
        var points = new UnorderedList(
                new ListItem(getTranslation("security.login.point.managersFirst")),
                new ListItem(getTranslation("security.login.point.leaders")),
                new ListItem(getTranslation("security.login.point.reinforced")));
        points.addClassName("login-points");
        brand.add(logo, wordmark, promise, points);

        i18n.getForm().setTitle(getTranslation("security.login.title"));
        i18n.getForm().setUsername(getTranslation("security.login.username"));
        i18n.getForm().setPassword(getTranslation("security.login.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("security.login.forgotPassword"));
        i18n.getErrorMessage().setUsername(getTranslation("security.login.username.required"));
        i18n.getErrorMessage().setPassword(getTranslation("security.login.password.required"));
        wrongCredentials();
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        // whose Cascade this is: the organisation's logo and name from Settings, above the form
        organisation.addClassName("login-organisation");
        branding.logoUrl().ifPresent(url -> {
            var organisationLogo = new Image(url, "");
            organisationLogo.addClassName("login-organisation-logo");
            organisation.add(organisationLogo);
        });
        String name = branding.organisationName();
        if (!name.equals("Cascade")) {
            var organisationName = new Span(name);
            organisationName.addClassName("login-organisation-name");
            organisation.add(organisationName);
        }
        organisation.setVisible(organisation.getChildren().findAny().isPresent());

        var formPanel = new Div(organisation, form);
        formPanel.addClassName("login-form-panel");
        add(brand, formPanel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        // Spring Security keeps the reason of the last failed sign-in in the session
        if (error && lastFailure() instanceof TooManySignInAttemptsException paused
                && paused.until().isAfter(clock.instant())) {
            i18n.getErrorMessage().setTitle(getTranslation("security.login.paused.title"));
            i18n.getErrorMessage().setMessage(getTranslation("security.login.paused.message",
                    TooManySignInAttemptsException.minutesLeft(paused.until(), clock.instant())));
        } else {
            wrongCredentials();
        }
        form.setI18n(i18n);
        form.setError(error);
    }

    private void wrongCredentials() {
        i18n.getErrorMessage().setTitle(getTranslation("security.login.wrongCredentials.title"));
        i18n.getErrorMessage().setMessage(getTranslation("security.login.wrongCredentials.message"));
    }

    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
