package io.cascade.organization;

import java.util.Set;

/**
 * What the security layer needs to authenticate an account, nothing more. {@code personId} is null for an account
 * without a person (a pure administrator); {@code displayName} is then the username. {@code mustChangePassword}: the
 * password is a one-time password from an admin's reset.
 */
public record AccountCredentials(String username, String passwordHash, boolean enabled, boolean locked,
        Set<String> roles, Long personId, String displayName, boolean mustChangePassword) {

    public AccountCredentials {
        roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
        // keep the hash out of logs
        return "AccountCredentials[username=" + username + ", enabled=" + enabled + ", locked=" + locked
                + ", roles=" + roles + ", personId=" + personId + "]";
    }
}
