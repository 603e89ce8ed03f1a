package io.cascade.organization;

import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Logins made for one test, so that a test which pauses, locks or signs out a login touches no demo account: a
 * person in a department of their own, a login with the given roles, and a password its owner chose (or the
 * one-time password an admin got). Works as an admin and then as the owner, and leaves the security context as it
 * found it.
 */
public class LoginFixtures {

    /** A password that passes the policy, for logins whose owner has chosen their own. */
    public static final String CHOSEN_PASSWORD = "a calm phone voice";

    /** A login: its owner's password is {@code password} (a one-time password when {@code oneTime}). */
    public record Login(long accountId, long personId, String username, String password, boolean oneTime) {
    }

    private final OrganizationAdminService admin;
    private final AccountAdminService accounts;
    private final PasswordService passwords;

    public LoginFixtures(OrganizationAdminService admin, AccountAdminService accounts, PasswordService passwords) {
        this.admin = admin;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** A new login whose owner has not signed in yet: its password is the one-time password from the admin. */
    public Login withOneTimePassword(String name, Set<String> roles) {
        var saved = SecurityContextHolder.getContext().getAuthentication();
        try {
            signInAs("admin", "ROLE_ADMIN");
            long unique = System.nanoTime() % 10_000_000;
            long department = admin.addDepartment("Login fixture " + name + " " + unique, null);
            long person = admin.createPerson(new PersonForm(null, 0, "T-LOGIN-" + unique, "Lee", name,
                    name + unique + "@test.example", Level.STAFF, department, null, true));
            String username = name + "." + unique;
            String oneTime = accounts.createAccount(person, username, roles);
            long id = accounts.findAccounts(username, Pageable.unpaged()).getFirst().id();
            return new Login(id, person, username, oneTime, true);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(saved);
        }
    }

    /** A new login whose owner has chosen {@link #CHOSEN_PASSWORD}. */
    public Login withChosenPassword(String name, Set<String> roles) {
        return chooseOwnPassword(withOneTimePassword(name, roles));
    }

    /** The owner of a login with a one-time password chooses {@link #CHOSEN_PASSWORD}, as the password page does. */
    public Login chooseOwnPassword(Login login) {
        var saved = SecurityContextHolder.getContext().getAuthentication();
        try {
            signInAs(login.username(), "ROLE_EMPLOYEE");
            passwords.changeOwnPassword(login.password(), CHOSEN_PASSWORD);
            return new Login(login.accountId(), login.personId(), login.username(), CHOSEN_PASSWORD, false);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(saved);
        }
    }

    /** Runs {@code change} as an admin (lock, reset, roles, leaver), then restores the security context. */
    public void asAdmin(Runnable change) {
        var saved = SecurityContextHolder.getContext().getAuthentication();
        try {
            signInAs("admin", "ROLE_ADMIN");
            change.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(saved);
        }
    }

    private static void signInAs(String username, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null,
                authorities));
    }
}
