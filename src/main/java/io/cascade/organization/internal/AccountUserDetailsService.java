package io.cascade.organization.internal;

import io.cascade.organization.AccountCredentials;
import io.cascade.organization.AccountLookup;
import io.cascade.security.CascadeUser;
import io.cascade.security.Roles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in from Cascade's own accounts. An employee with active direct reports is also granted the derived
 * {@link Roles#MANAGER} role, so "My team" follows the reporting lines without anyone assigning it.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountLookup accounts;
    private final PersonRepository people;

    AccountUserDetailsService(AccountLookup accounts, PersonRepository people) {
        this.accounts = accounts;
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AccountCredentials account = accounts.findCredentials(username)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        List<GrantedAuthority> authorities = new ArrayList<>();
        account.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        if (account.roles().contains(Roles.EMPLOYEE) && account.personId() != null
                && people.existsByReportsToIdAndActiveTrue(account.personId())) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.MANAGER));
        }
        return new CascadeUser(account.username(), account.passwordHash(), account.enabled(), !account.locked(),
                authorities, account.personId(), account.displayName(), account.mustChangePassword());
    }
}
