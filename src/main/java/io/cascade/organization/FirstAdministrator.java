package io.cascade.organization;

import io.cascade.audit.AuditLog;
import io.cascade.organization.internal.UserAccount;
import io.cascade.organization.internal.UserAccountRepository;
import io.cascade.security.Roles;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrator of a new installation. On a database without any administrator login, when
 * {@code cascade.bootstrap.admin-password} ({@code CASCADE_BOOTSTRAP_ADMIN_PASSWORD}) is set, it creates the login
 * {@code cascade.bootstrap.admin-username} ({@code admin} by default) with that password as a one-time password: it
 * must be replaced at the first sign-in, and until then it opens nothing but the change of password. Without the
 * setting it only says, in the log, how to get in. Once any administrator exists it does nothing, so the setting may
 * stay in place (and should then be removed). Runs after the demo loader, which brings its own administrator.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;
    private final AuditLog auditLog;
    private final String username;
    private final String password;
    private final Clock clock;

    FirstAdministrator(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
            TransactionTemplate transactions, AuditLog auditLog,
            @Value("${cascade.bootstrap.admin-username:admin}") String username,
            @Value("${cascade.bootstrap.admin-password:}") String password, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
        this.auditLog = auditLog;
        this.username = username.strip();
        this.password = password;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.countByRole(Roles.ADMIN) > 0) {
            if (!password.isEmpty()) {
                log.info("An administrator exists: CASCADE_BOOTSTRAP_ADMIN_PASSWORD is ignored and can be removed.");
            }
            return;
        }
        if (password.isEmpty()) {
            log.warn("No administrator login yet. To create the first one, start Cascade once with "
                    + "CASCADE_BOOTSTRAP_ADMIN_PASSWORD set (at least {} characters; the login is '{}', or "
                    + "CASCADE_BOOTSTRAP_ADMIN_USERNAME): it is a one-time password, replaced at the first sign-in.",
                    PasswordPolicy.MIN_LENGTH, username);
            return;
        }
        PasswordPolicy.withBundledList().problem(password, username).ifPresent(problem -> {
            throw new IllegalStateException("CASCADE_BOOTSTRAP_ADMIN_PASSWORD is refused: " + problem.inEnglish());
        });
        if (!AccountAdminService.isValidUsername(username)) {
            throw new IllegalStateException("CASCADE_BOOTSTRAP_ADMIN_USERNAME: "
                    + AccountAdminService.USERNAME_RULE.inEnglish());
        }
        if (accounts.findByUsernameIgnoreCase(username).isPresent()) {
            throw new IllegalStateException("The login '" + username + "' exists without the Admin role; choose "
                    + "another CASCADE_BOOTSTRAP_ADMIN_USERNAME.");
        }
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        // the audit log records an actor: this is the installation itself, not a person
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            transactions.executeWithoutResult(status -> {
                var account = UserAccount.withOneTimePassword(username, passwordEncoder.encode(password), null,
                        Set.of(Roles.ADMIN), clock.instant());
                accounts.saveAndFlush(account);
                auditLog.record("Account", account.getId(), "CREATE", "Created the first administrator login "
                        + username + " from CASCADE_BOOTSTRAP_ADMIN_PASSWORD", null,
                        Map.of("username", username, "roles", List.of(Roles.ADMIN)));
            });
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        log.warn("Created the first administrator login '{}' with the one-time password from "
                + "CASCADE_BOOTSTRAP_ADMIN_PASSWORD: sign in and choose a new password, then remove the setting.",
                username);
    }
}
