package io.cascade.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import io.cascade.CascadeSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

@CascadeSpringTest
class LoginViewTest extends SpringBrowserlessTest {

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
}
