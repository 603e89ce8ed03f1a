package io.cascade.organization.internal;

import io.cascade.audit.AuditLog;
import io.cascade.audit.AuditRecord;
import io.cascade.security.SignInEvent;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every sign-in, refusal and pause to the audit log (ASVS V7.1.3, V7.2.1) and stamps an account's last
 * sign-in. A name that is no account is not written down: people type their password into the username field, and
 * the log must not keep it (V7.1.1). A pause is recorded once, not every attempt it refuses.
 */
@Component
class SignInRecorder {

    static final String ACCOUNT = "Account";
    static final String SIGN_IN = "Sign-in";
    private static final String UNKNOWN = "(unknown username)";

    private final UserAccountRepository accounts;
    private final AuditLog auditLog;
    private final Clock clock;

    SignInRecorder(UserAccountRepository accounts, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(SignInEvent event) {
        Optional<UserAccount> account = event.username() == null ? Optional.empty()
                : accounts.findByUsernameIgnoreCase(event.username().strip());
        String who = account.map(UserAccount::getUsername).orElse(UNKNOWN);
        String from = event.address() == null ? "an unknown address" : event.address();
        switch (event) {
            case SignInEvent.Succeeded succeeded -> {
                account.ifPresent(signedIn -> signedIn.signedIn(clock.instant()));
                write(who, account, "SIGN_IN", who + " signed in" + channel(succeeded.channel()) + " from " + from,
                        details(from, succeeded.channel(), null));
            }
            case SignInEvent.Failed failed -> write(who, account, "SIGN_IN_FAILED",
                    "Sign-in refused for " + who + channel(failed.channel()) + " from " + from + ": "
                            + failed.reason().words(), details(from, failed.channel(), failed.reason()));
            case SignInEvent.Paused paused when paused.accountPaused() -> write(who, account, "SIGN_IN_PAUSED",
                    "Sign-ins to " + who + " paused until " + paused.until() + " after " + paused.failures()
                            + " failed attempts (the last from " + from + ")", details(from, null, null));
            case SignInEvent.Paused paused -> write("system", Optional.empty(), "SIGN_IN_PAUSED",
                    "Sign-ins from " + from + " paused until " + paused.until() + " after " + paused.failures()
                            + " failed attempts", details(from, null, null));
        }
    }

    private void write(String actor, Optional<UserAccount> account, String action, String summary,
            Map<String, Object> details) {
        auditLog.recordSignIn(actor, new AuditRecord(account.isPresent() ? ACCOUNT : SIGN_IN,
                account.map(UserAccount::getId).orElse(null), action, summary, null, details));
    }

    private static String channel(SignInEvent.Channel channel) {
        return channel == SignInEvent.Channel.API ? " to the API" : "";
    }

    private static Map<String, Object> details(String address, SignInEvent.Channel channel,
            SignInEvent.Reason reason) {
        var details = new LinkedHashMap<String, Object>();
        details.put("address", address);
        if (channel != null) {
            details.put("channel", channel.name());
        }
        if (reason != null) {
            details.put("reason", reason.name());
        }
        return details;
    }
}
