package io.cascade.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.cascade.CascadeSpringTest;
import io.cascade.base.MutableClock;
import io.cascade.security.TooManySignInAttemptsException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.WebAttributes;

@CascadeSpringTest
class LoginViewTest extends SpringBrowserlessTest {

    @Autowired
    MutableClock clock;

    @Test
    @WithAnonymousUser
    void shouldSendAnAnonymousVisitorToTheSignInPage() {
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Cascade");
    }

    @Test
    @WithAnonymousUser
    void shouldNameTheOrganisationAboveTheForm() {
        LoginView view = navigate("login", LoginView.class);

        assertThat(view.organisation.isVisible()).isTrue();
        assertThat(find(Span.class).withClassName("login-organisation-name").single().getText())
                .isEqualTo("Northwind Service Group");
    }

    @Test
    @WithAnonymousUser
    void shouldPostTheFormToSpringSecurityWithoutAnError() {
        LoginView view = navigate("login", LoginView.class);

        assertThat(view.form.getAction()).isEqualTo("login");
        assertThat(view.form.isError()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void shouldTellTheVisitorWhenTheCredentialsWereWrong() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        var view = (LoginView) getCurrentView();

        assertThat(view.form.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Wrong username or password");
    }

    @Test
    @WithAnonymousUser
    void shouldTellTheVisitorHowLongSignInsArePausedAfterTooManyAttempts() {
        Instant now = Instant.parse("2026-03-04T10:15:30Z");
        clock.pinAt(now);
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new TooManySignInAttemptsException(now.plus(Duration.ofMinutes(7)), now));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        var view = (LoginView) getCurrentView();

        assertThat(view.form.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Sign-ins paused");
        assertThat(view.i18n.getErrorMessage().getMessage()).isEqualTo("Too many attempts; try again in 7 minutes.");

        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException("Bad credentials"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", "2"));
        assertThat(((LoginView) getCurrentView()).i18n.getErrorMessage().getTitle())
                .isEqualTo("Wrong username or password");
    }
}
