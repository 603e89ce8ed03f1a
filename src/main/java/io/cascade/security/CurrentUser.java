package io.cascade.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling: read by services (for "my" data) and by the UI shell.
 */
@Component
public class CurrentUser {

    public Optional<CascadeUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CascadeUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public CascadeUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in Cascade user"));
    }

    /** The person of the signed-in user, or an exception when the account belongs to nobody. */
    public long requirePersonId() {
        Long personId = require().getPersonId();
        if (personId == null) {
            throw new AuthenticationCredentialsNotFoundException("This account is not linked to a person");
        }
        return personId;
    }
}
