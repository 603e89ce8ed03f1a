package io.cascade.organization;

import io.cascade.audit.AuditLog;
import io.cascade.base.i18n.Text;
import io.cascade.organization.internal.Person;
import io.cascade.organization.internal.PersonRepository;
import io.cascade.organization.internal.UserAccount;
import io.cascade.organization.internal.UserAccountRepository;
import io.cascade.security.Roles;
import io.cascade.security.SignIns;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logins and their roles, managed by admins: create a login for a person, assign roles, reset a password to a
 * one-time password shown once to the admin, lock and unlock. Passwords are never stored or returned in clear except
 * that one-time password.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdminService {

    /** The roles an admin assigns; MANAGER is derived from reporting lines and never stored. */
    public static final List<String> ASSIGNABLE_ROLES = List.of(Roles.ADMIN, Roles.TRAINER, Roles.EXECUTIVE,
            Roles.EMPLOYEE);
    private static final String ACCOUNT = "Account";
    /** What a username may be, in words. */
    static final Text USERNAME_RULE = Text.of("organization.account.username.rule");
    // no 0/O, 1/l/I: the password is read off a screen and typed
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 14;

    private final UserAccountRepository accounts;
    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final SignIns signIns;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    AccountAdminService(UserAccountRepository accounts, PersonRepository people, PasswordEncoder passwordEncoder,
            AuditLog auditLog, SignIns signIns, Clock clock) {
        this.accounts = accounts;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.signIns = signIns;
        this.clock = clock;
    }

    /** Accounts whose username, person's name or employee number contains {@code search}; by username. */
    @Transactional(readOnly = true)
    public List<AccountListItem> findAccounts(String search, Pageable pageable) {
        Pageable byUsername = pageable.isUnpaged() ? Pageable.unpaged(Sort.by("username"))
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username"));
        List<UserAccount> page = accounts.search(pattern(search), byUsername);
        Map<Long, Person> persons = people.findAllById(page.stream().map(UserAccount::getPersonId)
                .filter(java.util.Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        return page.stream().map(account -> item(account, persons.get(account.getPersonId()))).toList();
    }

    @Transactional(readOnly = true)
    public long countAccounts(String search) {
        return accounts.countSearch(pattern(search));
    }

    /** A username suggestion for a person: first.last in lower case, without accents or spaces. */
    @Transactional(readOnly = true)
    public String suggestUsername(long personId) {
        Person person = person(personId);
        String base = (plain(person.getFirstName()) + "." + plain(person.getLastName())).replaceAll("^\\.|\\.$", "");
        String candidate = base;
        for (int n = 2; accounts.findByUsernameIgnoreCase(candidate).isPresent(); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    /** Whether {@code username} (stripped) is one Cascade accepts: see {@link #USERNAME_RULE}. */
    static boolean isValidUsername(String username) {
        return username.matches("[A-Za-z0-9._@-]{3,80}");
    }

    /**
     * Creates a login for an active person and returns its one-time password, which signs in only to choose a
     * password of their own (ASVS V2.3.1).
     */
    public String createAccount(long personId, String username, Set<String> roles) {
        Person person = person(personId);
        if (!person.isActive()) {
            throw new OrganizationChangeException("person",
                    Text.of("organization.account.personLeft", person.getFullName()));
        }
        accounts.findByPersonId(personId).ifPresent(existing -> {
            throw new OrganizationChangeException("person",
                    Text.of("organization.account.alreadyHasLogin", person.getFullName(), existing.getUsername()));
        });
        String cleanUsername = username == null ? "" : username.strip();
        if (!isValidUsername(cleanUsername)) {
            throw new OrganizationChangeException("username", USERNAME_RULE);
        }
        if (accounts.findByUsernameIgnoreCase(cleanUsername).isPresent()) {
            throw new OrganizationChangeException("username",
                    Text.of("organization.account.username.taken", cleanUsername));
        }
        Set<String> cleanRoles = roles(roles);
        String password = oneTimePassword();
        UserAccount account = accounts.saveAndFlush(UserAccount.withOneTimePassword(cleanUsername,
                passwordEncoder.encode(password), personId, cleanRoles, clock.instant()));
        auditLog.record(ACCOUNT, account.getId(), "CREATE", "Created login " + cleanUsername + " for "
                + person.getFullName(), null, state(account));
        return password;
    }

    public void setRoles(long accountId, Set<String> roles) {
        UserAccount account = account(accountId);
        Set<String> cleanRoles = roles(roles);
        if (isSelf(account) && account.getRoles().contains(Roles.ADMIN) && !cleanRoles.contains(Roles.ADMIN)) {
            throw new OrganizationChangeException("roles", Text.of("organization.account.ownAdminRole"));
        }
        var before = state(account);
        if (!cleanRoles.containsAll(account.getRoles())) {
            // a session keeps the roles it signed in with: one that loses a role must sign in again
            signIns.endSessionsOf(account.getUsername());
        }
        account.setRoles(cleanRoles);
        auditLog.record(ACCOUNT, accountId, "ROLES", "Roles of " + account.getUsername() + " set to "
                + String.join(", ", new TreeSet<>(cleanRoles)), before, state(account));
    }

    /**
     * Replaces the password with a new one-time password, returned once to show the admin; its owner must choose a
     * new password at the next sign-in, and their open sessions end.
     */
    public String resetPassword(long accountId) {
        UserAccount account = account(accountId);
        String password = oneTimePassword();
        account.resetPassword(passwordEncoder.encode(password));
        signIns.endSessionsOf(account.getUsername());
        auditLog.record(ACCOUNT, accountId, "RESET_PASSWORD", "Reset the password of " + account.getUsername()
                + "; a new one must be chosen at the next sign-in", null, null);
        return password;
    }

    public void lock(long accountId) {
        UserAccount account = account(accountId);
        if (isSelf(account)) {
            throw new OrganizationChangeException(null, Text.of("organization.account.lockSelf"));
        }
        changeLock(account, true);
    }

    public void unlock(long accountId) {
        changeLock(account(accountId), false);
    }

    private void changeLock(UserAccount account, boolean locked) {
        if (account.isLocked() == locked) {
            return;
        }
        var before = state(account);
        account.setLocked(locked);
        if (locked) {
            signIns.endSessionsOf(account.getUsername());
        } else {
            signIns.liftPauseOf(account.getUsername());
        }
        auditLog.record(ACCOUNT, account.getId(), locked ? "LOCK" : "UNLOCK",
                (locked ? "Locked" : "Unlocked") + " login " + account.getUsername(), before, state(account));
    }

    private String oneTimePassword() {
        var password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static Set<String> roles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new OrganizationChangeException("roles", Text.of("organization.account.roles.required"));
        }
        for (String role : roles) {
            if (!ASSIGNABLE_ROLES.contains(role)) {
                throw new OrganizationChangeException("roles", Text.of("organization.account.roles.unknown", role));
            }
        }
        return Set.copyOf(roles);
    }

    private static boolean isSelf(UserAccount account) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && account.getUsername().equalsIgnoreCase(authentication.getName());
    }

    private UserAccount account(long id) {
        return accounts.findById(id)
                .orElseThrow(() -> new OrganizationChangeException(null, Text.of("organization.account.gone")));
    }

    private Person person(long id) {
        return people.findById(id)
                .orElseThrow(() -> new OrganizationChangeException("person", Text.of("organization.person.gone")));
    }

    private static String pattern(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        String text = search.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + text + "%";
    }

    private static String plain(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }

    private static Map<String, Object> state(UserAccount account) {
        var state = new LinkedHashMap<String, Object>();
        state.put("username", account.getUsername());
        state.put("personId", account.getPersonId());
        state.put("roles", new TreeSet<>(account.getRoles()));
        state.put("enabled", account.isEnabled());
        state.put("locked", account.isLocked());
        return state;
    }

    private static AccountListItem item(UserAccount account, Person person) {
        return new AccountListItem(account.getId(), account.getUsername(), account.getPersonId(),
                person == null ? null : person.getFullName(), person == null ? null : person.getEmployeeNumber(),
                account.getRoles(), account.isEnabled(), account.isLocked(), account.getLastLoginAt());
    }
}
