package io.cascade.security;

import java.io.Serial;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user: an account, the person it belongs to (if any) and the name to greet them by.
 */
public class CascadeUser extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long personId;
    private final String displayName;
    private final boolean mustChangePassword;

    public CascadeUser(String username, String passwordHash, boolean enabled, boolean accountNonLocked,
            Collection<? extends GrantedAuthority> authorities, Long personId, String displayName) {
        this(username, passwordHash, enabled, accountNonLocked, authorities, personId, displayName, false);
    }

    public CascadeUser(String username, String passwordHash, boolean enabled, boolean accountNonLocked,
            Collection<? extends GrantedAuthority> authorities, Long personId, String displayName,
            boolean mustChangePassword) {
        // a one-time password counts as expired credentials: the API refuses it, the sign-in page lets it choose one
        super(username, passwordHash, enabled, true, !mustChangePassword, accountNonLocked, authorities);
        this.personId = personId;
        this.displayName = displayName;
        this.mustChangePassword = mustChangePassword;
    }

    /** The person this account belongs to; {@code null} for a technical account such as a bare admin. */
    public Long getPersonId() {
        return personId;
    }

    public String getDisplayName() {
        return displayName;
    }

    /**
     * Signed in with a one-time password (a new login, or an admin's reset): a password of their own comes first, and
     * until then they hold no role.
     */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean hasRole(String role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }
}
