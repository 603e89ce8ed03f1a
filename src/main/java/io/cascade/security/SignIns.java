package io.cascade.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the security layer does when an admin changes a login: end its sessions (locked, password reset, a role
 * removed, its person left) and lift a pause on its sign-ins (unlocked). A session ended here is expired in the
 * session registry; the next request of any tab on it is signed out there and then and goes on as a visitor's, so
 * a Vaadin tab is told its session expired and reloads onto the sign-in page (ASVS V3.3.1, V3.3.3).
 */
@Component
public class SignIns {

    private final SessionRegistry sessions;
    private final SignInThrottle throttle;

    SignIns(SessionRegistry sessions, SignInThrottle throttle) {
        this.sessions = sessions;
        this.throttle = throttle;
    }

    /**
     * Ends every session of this login (ignoring case) at its next request, once the current transaction commits
     * (at once without one), so a change that rolls back ends nothing.
     */
    public void endSessionsOf(String username) {
        endSessionsOf(List.of(username));
    }

    /** Ends every session of these logins (an import's leavers), in one pass over the open sessions. */
    public void endSessionsOf(Collection<String> usernames) {
        Set<String> ending = new HashSet<>();
        usernames.forEach(username -> ending.add(username.toLowerCase(Locale.ROOT)));
        afterCommit(() -> expire(ending, null));
    }

    /** Ends the other sessions of this login, keeping {@code keptSessionId} (its owner changed the password there). */
    public void endOtherSessionsOf(String username, String keptSessionId) {
        afterCommit(() -> sessionsOf(username, keptSessionId));
    }

    /** An admin unlocked the login: a pause after failed sign-ins ends too. */
    public void liftPauseOf(String username) {
        afterCommit(() -> throttle.forget(username));
    }

    private void sessionsOf(String username, String keptSessionId) {
        expire(Set.of(username.toLowerCase(Locale.ROOT)), keptSessionId);
    }

    /** Expires the sessions of the logins named (lower case), but {@code keptSessionId}. */
    private void expire(Set<String> usernames, String keptSessionId) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof UserDetails user
                    && usernames.contains(user.getUsername().toLowerCase(Locale.ROOT))) {
                sessions.getAllSessions(principal, false).stream()
                        .filter(session -> !Objects.equals(session.getSessionId(), keptSessionId))
                        .forEach(SessionInformation::expireNow);
            }
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
