package io.cascade.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import io.cascade.CascadeSpringTest;
import io.cascade.SignIn;
import io.cascade.organization.LoginFixtures;
import io.cascade.organization.LoginFixtures.Login;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Someone whose password an admin reset chooses their own before any other view opens. */
@CascadeSpringTest
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    LoginFixtures logins;
    @Autowired
    SignIn signIn;

    @Test
    void shouldSendSomeoneWithAOneTimePasswordHereFirstAndThenOnToTheirLearning() {
        Login login = logins.resetByAnAdmin(logins.withOneTimePassword("view.passwort", Set.of("EMPLOYEE")));
        String username = login.username();
        String oneTimePassword = login.password();
        assertThat(logins.stored(username).mustChangePassword()).isTrue();
        // as the sign-in page does: a login with a one-time password holds no role until it chose its own
        signIn.as(username);

        UI.getCurrent().navigate("my-learning");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        ChangePasswordView view = (ChangePasswordView) getCurrentView();
        assertThat(view.current.getLabel()).isEqualTo("One-time password");

        test(view.current).setValue(oneTimePassword);
        test(view.next).setValue("kind words first");
        test(view.repeat).setValue("kind words second");
        test(view.save).click();
        assertThat(view.repeat.isInvalid()).isTrue();
        assertThat(view.repeat.getErrorMessage()).isEqualTo("The two new passwords differ.");

        test(view.next).setValue("short");
        test(view.repeat).setValue("short");
        test(view.save).click();
        assertThat(view.next.getErrorMessage()).isEqualTo("Use at least 12 characters.");

        test(view.next).setValue("kind words first");
        test(view.repeat).setValue("kind words first");
        test(view.save).click();

        assertThat(logins.stored(username).mustChangePassword()).isFalse();
        UI.getCurrent().navigate("my-learning");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("MyLearningView");
    }
}
