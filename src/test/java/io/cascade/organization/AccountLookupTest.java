package io.cascade.organization;

import io.cascade.CascadeSpringTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Runs without any signed-in user, as a login does. */
@CascadeSpringTest
class AccountLookupTest {

    @Autowired
    AccountLookup accounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void shouldFindAnAccountForLoginBeforeAnyoneIsSignedIn() {
        AccountCredentials employee = accounts.findCredentials("Employee").orElseThrow();

        assertThat(employee.username()).isEqualTo("employee");
        assertThat(passwordEncoder.matches("employee", employee.passwordHash())).isTrue();
        assertThat(employee.roles()).containsExactly("EMPLOYEE");
        assertThat(employee.personId()).isNotNull();
        assertThat(employee.displayName()).isEqualTo("Emma Lindqvist");
        assertThat(employee.enabled()).isTrue();
        assertThat(employee.locked()).isFalse();
        assertThat(employee.toString()).doesNotContain(employee.passwordHash());
    }

    @Test
    void shouldShowTheUsernameForAnAccountWithoutAPerson() {
        AccountCredentials admin = accounts.findCredentials("admin").orElseThrow();

        assertThat(admin.personId()).isNull();
        assertThat(admin.displayName()).isEqualTo("admin");
        assertThat(admin.roles()).containsExactly("ADMIN");
    }

    @Test
    void shouldFindNoAccountForAnUnknownUsername() {
        assertThat(accounts.findCredentials("nobody")).isEmpty();
    }
}
