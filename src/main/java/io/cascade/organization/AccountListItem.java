package io.cascade.organization;

import java.time.Instant;
import java.util.Set;

/** A login as admins see it; {@code personId}/{@code personName} are null for an account without a person. */
public record AccountListItem(long id, String username, Long personId, String personName, String employeeNumber,
        Set<String> roles, boolean enabled, boolean locked, Instant lastLoginAt) {

    public AccountListItem {
        roles = Set.copyOf(roles);
    }
}
