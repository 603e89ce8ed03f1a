package io.cascade.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import io.cascade.audit.AuditLog;
import io.cascade.audit.AuditQuery;
import io.cascade.security.CascadeUser;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
@WithMockUser(username = "admin", roles = "ADMIN")
class PasswordServiceTest {

    @Autowired
    PasswordService passwords;
    @Autowired
    AccountAdminService accounts;
    @Autowired
    OrganizationAdminService admin;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AuditLog auditLog;

    String username;
    String oneTimePassword;

    @BeforeEach
    void aLoginWhosePasswordAnAdminReset() {
        long department = admin.addDepartment("Password Test " + System.nanoTime(), null);
        long person = admin.createPerson(new PersonForm(null, 0, "T-PW-" + System.nanoTime(), "Pia", "Passwort",
                "pia@test.example", Level.STAFF, department, null, true));
        username = "pia.passwort." + System.nanoTime() % 1_000_000;
        accounts.createAccount(person, username, Set.of("EMPLOYEE"));
        long id = accounts.findAccounts(username, Pageable.unpaged()).getFirst().id();
        oneTimePassword = accounts.resetPassword(id);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null,
                "ROLE_EMPLOYEE"));
    }

    @Test
    void shouldSetTheirOwnPasswordAndNoLongerAskForOne() {
        passwords.changeOwnPassword(oneTimePassword, "a calm phone voice");

        var user = (CascadeUser) userDetailsService.loadUserByUsername(username);
        assertThat(user.mustChangePassword()).isFalse();
        assertThat(passwordEncoder.matches("a calm phone voice", user.getPassword())).isTrue();
        assertThat(passwordEncoder.matches(oneTimePassword, user.getPassword())).isFalse();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", null,
                "ROLE_ADMIN"));
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
        var user = (CascadeUser) userDetailsService.loadUserByUsername(username);
        assertThat(user.mustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches(oneTimePassword, user.getPassword())).isTrue();
    }
}
