package io.cascade.organization;

import io.cascade.organization.internal.Person;
import io.cascade.organization.internal.PersonRepository;
import io.cascade.organization.internal.UserAccountRepository;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account data for authentication. Deliberately NOT secured with {@code @PreAuthorize}: it is called before anyone
 * is signed in (by the security layer's UserDetailsService only), so it returns no more than a login needs.
 */
@Service
@Transactional(readOnly = true)
public class AccountLookup {

    private final UserAccountRepository accounts;
    private final PersonRepository people;

    AccountLookup(UserAccountRepository accounts, PersonRepository people) {
        this.accounts = accounts;
        this.people = people;
    }

    /** The account with this username, ignoring case. */
    public Optional<AccountCredentials> findCredentials(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(account -> {
            String displayName = account.getPersonId() == null ? account.getUsername()
                    : people.findById(account.getPersonId()).map(Person::getFullName).orElse(account.getUsername());
            return new AccountCredentials(account.getUsername(), account.getPasswordHash(), account.isEnabled(),
                    account.isLocked(), account.getRoles(), account.getPersonId(), displayName,
                    account.isMustChangePassword());
        });
    }
}
