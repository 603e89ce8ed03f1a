package io.cascade.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import io.cascade.CascadeSpringTest;
import io.cascade.organization.AccountAdminService;
import io.cascade.organization.Level;
import io.cascade.organization.OrganizationAdminService;
import io.cascade.organization.PersonForm;
import io.cascade.security.CascadeUser;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Someone whose password an admin reset chooses their own before any other view opens. */
@CascadeSpringTest
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountAdminService accounts;
    @Autowired
    OrganizationAdminService admin;
    @Autowired
    UserDetailsService userDetailsService;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void shouldSendSomeoneWithAOneTimePasswordHereFirstAndThenOnToTheirLearning() {
        String username = "view.passwort." + System.nanoTime() % 1_000_000;
        String oneTimePassword = aLoginResetByAnAdmin(username);
        signInAs(username);

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

        assertThat(((CascadeUser) userDetailsService.loadUserByUsername(username)).mustChangePassword()).isFalse();
        UI.getCurrent().navigate("my-learning");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("MyLearningView");
    }

    private String aLoginResetByAnAdmin(String username) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", null,
                "ROLE_ADMIN"));
        long department = admin.addDepartment("Password View " + System.nanoTime(), null);
        long person = admin.createPerson(new PersonForm(null, 0, "T-PWV-" + System.nanoTime(), "Vic", "Viewer",
                "vic@test.example", Level.MANAGER, department, null, true));
        accounts.createAccount(person, username, Set.of("EMPLOYEE"));
        String password = accounts.resetPassword(accounts.findAccounts(username, Pageable.unpaged()).getFirst().id());
        SecurityContextHolder.clearContext();
        return password;
    }

    /** As the sign-in page does: a login with a one-time password holds no role until it chose its own. */
    private void signInAs(String username) {
        var user = (CascadeUser) userDetailsService.loadUserByUsername(username);
        assertThat(user.mustChangePassword()).isTrue();
        var withoutRoles = new CascadeUser(user.getUsername(), "", true, true, java.util.List.of(),
                user.getPersonId(), user.getDisplayName(), true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(withoutRoles, null, java.util.List.of()));
    }
}
