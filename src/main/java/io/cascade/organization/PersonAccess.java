package io.cascade.organization;

import io.cascade.organization.internal.UserAccountRepository;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ownership checks for {@code @PreAuthorize} expressions of any module, e.g.
 * {@code @personAccess.isSelf(authentication, #personId)}: whether the signed-in account belongs to a person.
 */
@Component("personAccess")
@Transactional(readOnly = true)
public class PersonAccess {

    private final UserAccountRepository accounts;

    PersonAccess(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public boolean isSelf(Authentication authentication, Long personId) {
        if (authentication == null || personId == null) {
            return false;
        }
        return accounts.findByUsernameIgnoreCase(authentication.getName())
                .map(account -> personId.equals(account.getPersonId()))
                .orElse(false);
    }
}
