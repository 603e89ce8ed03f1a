package io.cascade.organization.internal;

import io.cascade.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A login. Roles are the bare names of {@code io.cascade.security.Roles}; an account may exist without a person
 * (a pure administrator).
 */
@Entity
public class UserAccount extends AbstractEntity {

    private String username;
    private String passwordHash;
    private Long personId;
    private boolean enabled = true;
    private boolean locked;
    private boolean mustChangePassword;
    private Instant createdAt;
    private Instant lastLoginAt;

    // always needed together with the account (login, role checks) and tiny
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Long personId, Set<String> roles, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.personId = personId;
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
    }

    /** A new login whose password, shown once to the admin, its owner must replace at the first sign-in. */
    public static UserAccount withOneTimePassword(String username, String oneTimePasswordHash, Long personId,
            Set<String> roles, Instant createdAt) {
        var account = new UserAccount(username, oneTimePasswordHash, personId, roles, createdAt);
        account.mustChangePassword = true;
        return account;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Long getPersonId() {
        return personId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isLocked() {
        return locked;
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    /** A successful sign-in at this time. */
    public void signedIn(Instant at) {
        this.lastLoginAt = at;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public void setRoles(Set<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** Whether the password is a one-time password its owner must replace at the next sign-in. */
    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** An admin's reset: a one-time password, to be replaced by its owner at the next sign-in. */
    public void resetPassword(String oneTimePasswordHash) {
        this.passwordHash = oneTimePasswordHash;
        this.mustChangePassword = true;
    }

    /** The owner chose a password of their own. */
    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
