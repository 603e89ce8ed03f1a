package io.cascade;

import io.cascade.security.CascadeUser;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * Signs a service or browserless test in as an account of the database, with the roles it holds there, as the sign-in
 * page would: a login with a one-time password holds no role until it chose its own. {@code signIn.as("trainer")}.
 * Who is signed in is put back after each test ({@link TestIsolationListener}); a thread of the test's own signs out
 * with {@link #out()}. A test that runs as one account throughout may say so with {@code @WithUserDetails} instead;
 * {@code @WithMockUser} is for an actor that is no account (a name of the test's own in the audit trail).
 */
public class SignIn {

    private final UserDetailsService users;

    public SignIn(UserDetailsService users) {
        this.users = users;
    }

    /** Signs in as the account {@code username}, on this thread. */
    public void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        if (user instanceof CascadeUser account && account.mustChangePassword()) {
            var withoutRoles = new CascadeUser(account.getUsername(), "", account.isEnabled(),
                    account.isAccountNonLocked(), List.of(), account.getPersonId(), account.getDisplayName(), true);
            TestSecurityContextHolder.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(withoutRoles, null, List.of()));
            return;
        }
        TestSecurityContextHolder.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Runs {@code work} as the account {@code username}, then puts back whoever was signed in before. */
    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    /** What {@code work} returns, run as the account {@code username}; then whoever was signed in before is back. */
    public <T> T as(String username, Supplier<T> work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        as(username);
        try {
            return work.get();
        } finally {
            if (before == null) {
                out();
            } else {
                TestSecurityContextHolder.setAuthentication(before);
            }
        }
    }

    /** A visitor who has not signed in, as a web request carries one. */
    public void asVisitor() {
        TestSecurityContextHolder.setAuthentication(new AnonymousAuthenticationToken("visitor", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    /** Nobody signed in on this thread. */
    public void out() {
        TestSecurityContextHolder.clearContext();
    }
}
