package io.cascade.organization;

import io.cascade.audit.AuditLog;
import io.cascade.base.i18n.Text;
import io.cascade.organization.internal.UserAccount;
import io.cascade.organization.internal.UserAccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in user replaces their own password, as they must after an admin reset it to a one-time password. The
 * current password is asked for again, so an unattended session cannot take over the login; the new one must pass
 * the {@link PasswordPolicy} (12 characters or more, at most bcrypt's 72 bytes, not a common password).
 */
@Service
@Transactional
public class PasswordService {

    /** The fewest characters a password someone chooses may have. */
    public static final int MIN_LENGTH = PasswordPolicy.MIN_LENGTH;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final PasswordPolicy policy = PasswordPolicy.withBundledList();

    PasswordService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog auditLog) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
    }

    /**
     * Sets the signed-in user's password, or throws {@link OrganizationChangeException} naming the field
     * ({@code current} or {@code next}) and changes nothing.
     */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String current, String next) {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        UserAccount account = accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new OrganizationChangeException(null, Text.of("organization.password.loginGone")));
        if (current == null || !passwordEncoder.matches(current, account.getPasswordHash())) {
            throw new OrganizationChangeException("current", Text.of("organization.password.currentWrong"));
        }
        policy.problem(next, account.getUsername()).ifPresent(problem -> {
            throw new OrganizationChangeException("next", problem);
        });
        if (next.equals(current)) {
            throw new OrganizationChangeException("next", Text.of("organization.password.unchanged"));
        }
        account.changePassword(passwordEncoder.encode(next));
        auditLog.record("Account", account.getId(), "CHANGE_PASSWORD", account.getUsername()
                + " chose a new password", null, null);
    }
}
