package io.cascade.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import io.cascade.audit.AuditLog;
import io.cascade.audit.AuditQuery;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
@WithUserDetails("admin")
class AccountAdminServiceTest {

    @Autowired
    AccountAdminService accounts;
    @Autowired
    LoginFixtures logins;
    @Autowired
    AuditLog auditLog;

    long personId;

    @BeforeEach
    void createPerson() {
        personId = logins.person("Zoë", "Åkesson");
    }

    @Test
    void shouldCreateALoginThatSignsInWithTheOneTimePassword() {
        String username = accounts.suggestUsername(personId);
        String password = accounts.createAccount(personId, username, Set.of("EMPLOYEE", "TRAINER"));

        UserDetails user = logins.stored(username);
        assertThat(username).isEqualTo("zoe.akesson");
        assertThat(password).hasSize(14);
        assertThat(logins.holdsPassword(username, password)).isTrue();
        assertThat(user.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_EMPLOYEE", "ROLE_TRAINER");
        assertThatThrownBy(() -> accounts.createAccount(personId, "other", Set.of("EMPLOYEE")))
                .hasMessage("Zoë Åkesson already has the login zoe.akesson.");
    }

    @Test
    void shouldReplaceThePasswordOnReset() {
        String username = accounts.suggestUsername(personId);
        String first = accounts.createAccount(personId, username, Set.of("EMPLOYEE"));
        long id = account(username).id();

        String second = accounts.resetPassword(id);

        assertThat(second).isNotEqualTo(first);
        assertThat(logins.holdsPassword(username, second)).isTrue();
        assertThat(logins.holdsPassword(username, first)).isFalse();
        assertThat(logins.stored(username).mustChangePassword()).as("a new password at the next sign-in").isTrue();
    }

    @Test
    void shouldKeepALockedLoginFromSigningInUntilUnlocked() {
        String username = accounts.suggestUsername(personId);
        accounts.createAccount(personId, username, Set.of("EMPLOYEE"));
        long id = account(username).id();

        accounts.lock(id);
        assertThat(logins.stored(username).isAccountNonLocked()).isFalse();
        accounts.unlock(id);
        assertThat(logins.stored(username).isAccountNonLocked()).isTrue();
        assertThat(auditLog.search(new AuditQuery("admin", "Account", username, null, null), 0, 10))
                .extracting(e -> e.action()).containsExactly("UNLOCK", "LOCK", "CREATE");
    }

    @Test
    void shouldChangeRolesButNeverLeaveAnAdminWithoutTheirOwnAdminRole() {
        String username = accounts.suggestUsername(personId);
        accounts.createAccount(personId, username, Set.of("EMPLOYEE"));
        accounts.setRoles(account(username).id(), Set.of("EMPLOYEE", "EXECUTIVE"));

        assertThat(account(username).roles()).containsExactlyInAnyOrder("EMPLOYEE", "EXECUTIVE");
        assertThatThrownBy(() -> accounts.setRoles(account("admin").id(), Set.of("EMPLOYEE")))
                .hasMessage("You cannot remove the Admin role from your own login.");
        assertThatThrownBy(() -> accounts.setRoles(account(username).id(), Set.of()))
                .hasMessage("Choose at least one role.");
        assertThatThrownBy(() -> accounts.setRoles(account(username).id(), Set.of("MANAGER")))
                .hasMessage("MANAGER is not a role that can be assigned.");
        assertThatThrownBy(() -> accounts.lock(account("admin").id())).hasMessage("You cannot lock your own login.");
    }

    private AccountListItem account(String username) {
        return accounts.findAccounts(username, Pageable.unpaged()).stream()
                .filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }
}
