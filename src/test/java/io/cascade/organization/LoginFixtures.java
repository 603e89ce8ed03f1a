package io.cascade.organization;

import io.cascade.SignIn;
import io.cascade.security.CascadeUser;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * People and logins made for one test, so that a test which pauses, locks or signs out a login touches no demo
 * account: a person in a department of their own, a login with the given roles, and a password its owner chose (or
 * the one-time password an admin gave). Works as the demo admin and then as the owner, and leaves whoever was signed
 * in as it found them. A test over HTTP still calls from an address of its own, for the sign-in throttle.
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
    private final UserDetailsService users;
    private final PasswordEncoder passwordEncoder;
    private final SignIn signIn;

    public LoginFixtures(OrganizationAdminService admin, AccountAdminService accounts, PasswordService passwords,
            UserDetailsService users, PasswordEncoder passwordEncoder, SignIn signIn) {
        this.admin = admin;
        this.accounts = accounts;
        this.passwords = passwords;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.signIn = signIn;
    }

    /** An active staff member without a login, alone in a new department; their id. */
    public long person(String firstName, String lastName) {
        return signIn.as("admin", () -> {
            long unique = System.nanoTime() % 10_000_000;
            long department = admin.addDepartment("Login fixture " + lastName + " " + unique, null);
            return admin.createPerson(new PersonForm(null, 0, "T-LOGIN-" + unique, firstName, lastName,
                    "login" + unique + "@test.example", Level.STAFF, department, null, true));
        });
    }

    /**
     * A new login {@code name.<number>} whose owner has not signed in yet: its password is the one-time password
     * from the admin.
     */
    public Login withOneTimePassword(String name, Set<String> roles) {
        long person = person("Lee", name);
        return signIn.as("admin", () -> {
            String username = name + "." + System.nanoTime() % 10_000_000;
            String oneTime = accounts.createAccount(person, username, roles);
            long id = accounts.findAccounts(username, Pageable.unpaged()).getFirst().id();
            return new Login(id, person, username, oneTime, true);
        });
    }

    /** A new login whose owner has chosen {@link #CHOSEN_PASSWORD}. */
    public Login withChosenPassword(String name, Set<String> roles) {
        return chooseOwnPassword(withOneTimePassword(name, roles));
    }

    /** The owner of a login with a one-time password chooses {@link #CHOSEN_PASSWORD}, as the password page does. */
    public Login chooseOwnPassword(Login login) {
        signIn.as(login.username(), () -> passwords.changeOwnPassword(login.password(), CHOSEN_PASSWORD));
        return new Login(login.accountId(), login.personId(), login.username(), CHOSEN_PASSWORD, false);
    }

    /** An admin resets the login's password: its owner now holds the new one-time password. */
    public Login resetByAnAdmin(Login login) {
        String oneTime = signIn.as("admin", () -> accounts.resetPassword(login.accountId()));
        return new Login(login.accountId(), login.personId(), login.username(), oneTime, true);
    }

    /** Runs {@code change} as an admin (lock, reset, roles, leaver), then puts back whoever was signed in. */
    public void asAdmin(Runnable change) {
        signIn.as("admin", change);
    }

    /** The login as the sign-in page reads it from the database. */
    public CascadeUser stored(String username) {
        return (CascadeUser) users.loadUserByUsername(username);
    }

    /** Whether {@code password} is the one the login holds now. */
    public boolean holdsPassword(String username, String password) {
        return passwordEncoder.matches(password, stored(username).getPassword());
    }
}
