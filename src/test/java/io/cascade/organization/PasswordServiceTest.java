package io.cascade.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import io.cascade.SignIn;
import io.cascade.audit.AuditLog;
import io.cascade.audit.AuditQuery;
import io.cascade.organization.LoginFixtures.Login;
import io.cascade.security.CascadeUser;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
class PasswordServiceTest {

    @Autowired
    PasswordService passwords;
    @Autowired
    LoginFixtures logins;
    @Autowired
    SignIn signIn;
    @Autowired
    AuditLog auditLog;

    String username;
    String oneTimePassword;

    @BeforeEach
    void aLoginWhosePasswordAnAdminReset() {
        Login login = logins.resetByAnAdmin(logins.withOneTimePassword("pia.passwort", Set.of("EMPLOYEE")));
        username = login.username();
        oneTimePassword = login.password();
        signIn.as(username);
    }

    @Test
    void shouldSetTheirOwnPasswordAndNoLongerAskForOne() {
        passwords.changeOwnPassword(oneTimePassword, "a calm phone voice");

        CascadeUser user = logins.stored(username);
        assertThat(user.mustChangePassword()).isFalse();
        assertThat(logins.holdsPassword(username, "a calm phone voice")).isTrue();
        assertThat(logins.holdsPassword(username, oneTimePassword)).isFalse();
        signIn.as("admin");
        assertThat(auditLog.search(new AuditQuery(username, "Account", "CHANGE_PASSWORD", null, null), 0, 5))
                .singleElement().satisfies(entry -> assertThat(entry.summary())
                        .isEqualTo(username + " chose a new password"));
    }

    @Test
    void shouldRefuseAWrongCurrentPasswordOrAWeakNewOneAndChangeNothing() {
        assertThatThrownBy(() -> passwords.changeOwnPassword("guess", "a calm phone voice"))
                .isInstanceOfSatisfying(OrganizationChangeException.class, e -> {
                    assertThat(e.field()).isEqualTo("current");
                    assertThat(e).hasMessage("This is not your current password.");
                });
        assertThatThrownBy(() -> passwords.changeOwnPassword(oneTimePassword, "short"))
                .hasMessage("Use at least 12 characters.");
        assertThatThrownBy(() -> passwords.changeOwnPassword(oneTimePassword, oneTimePassword))
                .hasMessage("Choose a password different from the current one.");
        assertThatThrownBy(() -> passwords.changeOwnPassword(oneTimePassword, username.toUpperCase()))
                .hasMessage("Your password cannot be your username.");
        assertThat(logins.stored(username).mustChangePassword()).isTrue();
        assertThat(logins.holdsPassword(username, oneTimePassword)).isTrue();
    }
}
