package io.cascade.security;

import java.time.Instant;

/**
 * What happened at a sign-in, published for the audit log and the account's last sign-in; {@code username} is the
 * name as typed (it may name no account), {@code address} the client's address.
 */
public sealed interface SignInEvent {

    String username();

    String address();

    /** Where the credentials came in. */
    enum Channel {
        /** The sign-in page. */
        FORM,
        /** HTTP Basic on the BI API. */
        API
    }

    /** Why a sign-in was refused. */
    enum Reason {
        WRONG_PASSWORD("wrong username or password"),
        LOCKED("the login is locked by an admin"),
        DISABLED("the login is disabled (its person has left)"),
        ONE_TIME_PASSWORD_ON_API("a one-time password, not replaced yet, on the API"),
        NO_API_ROLE("the login may not use the API");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The password was right and the sign-in went through. */
    record Succeeded(String username, String address, Channel channel) implements SignInEvent {
    }

    /** The sign-in was refused. */
    record Failed(String username, String address, Channel channel, Reason reason) implements SignInEvent {
    }

    /**
     * Too many failures: sign-ins to this account ({@code address} is where the last failure came from) or from this
     * address ({@code accountPaused} false; {@code username} the last name tried) are paused until {@code until}.
     */
    record Paused(String username, String address, boolean accountPaused, int failures, Instant until)
            implements SignInEvent {
    }
}
