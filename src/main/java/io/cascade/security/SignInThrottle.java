package io.cascade.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many failed sign-ins Cascade allows before it makes the caller wait: per account (the name typed, whether or
 * not such an account exists, so the pause tells nothing about which accounts exist) and per client address (an
 * IPv6 address by its /64 network, which one machine usually owns whole). A failure counts within a window that
 * starts at the first failure; reaching the limit pauses that account, or that address, for the lock time, then its
 * count starts afresh. A successful sign-in clears the account's count but not the address's, so a caller with one
 * valid login cannot wash out its guesses at others. A pause is never more than the lock time: an attacker who tries
 * from many addresses can keep one account paused, but locks no one out for good and no other account at all.
 *
 * <p>Kept in memory on this node: a restart forgets the counts, and several nodes would each count their own (a
 * shared store would be needed then). The maps are purged of stale entries when they grow large.
 */
final class SignInThrottle {

    /**
     * The limits (see {@code SecurityConfig} for the defaults: 10 failures on an account or 50 from an address within
     * 15 minutes pause it for 15 minutes, far below ASVS 4.0.3 V2.2.1's 100 failures an hour on one account).
     */
    record Limits(int accountFailures, int addressFailures, Duration window, Duration lock) {
    }

    /** What a pause applies to. */
    enum Scope {
        ACCOUNT, ADDRESS
    }

    /** A pause just imposed: on an account (key: the name in lower case) or an address (key: the address). */
    record Pause(Scope scope, String key, int failures, Instant until) {
    }

    private static final int PURGE_ABOVE = 50_000;

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Count> accounts = new ConcurrentHashMap<>();
    private final Map<String, Count> addresses = new ConcurrentHashMap<>();

    SignInThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    Limits limits() {
        return limits;
    }

    /** Refuses a sign-in while its account or its address is paused, before any password is looked at. */
    void check(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(pausedUntil(accounts.get(accountKey(username)), now),
                pausedUntil(addresses.get(addressKey(address)), now));
        if (until != null) {
            throw new TooManySignInAttemptsException(until, now);
        }
    }

    /** Counts a failed sign-in; returns the pauses it imposed (none, the account's, the address's or both). */
    java.util.List<Pause> failed(String username, String address) {
        Instant now = clock.instant();
        var pauses = new java.util.ArrayList<Pause>(2);
        count(accounts, accountKey(username), limits.accountFailures(), now).ifPresent(
                until -> pauses.add(new Pause(Scope.ACCOUNT, accountKey(username), limits.accountFailures(), until)));
        count(addresses, addressKey(address), limits.addressFailures(), now).ifPresent(
                until -> pauses.add(new Pause(Scope.ADDRESS, addressKey(address), limits.addressFailures(), until)));
        return pauses;
    }

    /** The right password: the account's failures are forgotten (its address's are not). */
    void succeeded(String username) {
        accounts.remove(accountKey(username));
    }

    /** An admin unlocked the account: a pause on it ends too. */
    void forget(String username) {
        accounts.remove(accountKey(username));
    }

    private Optional<Instant> count(Map<String, Count> counts, String key, int limit, Instant now) {
        if (counts.size() > PURGE_ABOVE) {
            counts.values().removeIf(count -> count.stale(now, limits));
        }
        Instant[] imposed = new Instant[1];
        counts.compute(key, (k, count) -> {
            Count current = count == null || count.stale(now, limits) ? new Count(0, now, null) : count;
            if (current.pausedUntil() != null) {
                // failures while paused are refused before the password check; nothing to count
                return current;
            }
            int failures = current.failures() + 1;
            if (failures >= limit) {
                imposed[0] = now.plus(limits.lock());
            }
            return new Count(failures, current.since(), imposed[0]);
        });
        return Optional.ofNullable(imposed[0]);
    }

    private static Instant pausedUntil(Count count, Instant now) {
        return count == null || count.pausedUntil() == null || !count.pausedUntil().isAfter(now) ? null
                : count.pausedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    static String accountKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() <= 100 ? name : name.substring(0, 100);
    }

    /** An IPv4 address as it is; an IPv6 address by its /64 network. */
    static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // a literal address: no name is looked up
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 16) {
                return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return address.length() <= 64 ? address : address.substring(0, 64);
        }
    }

    private record Count(int failures, Instant since, Instant pausedUntil) {

        boolean stale(Instant now, Limits limits) {
            return pausedUntil != null ? !pausedUntil.isAfter(now) : !since.plus(limits.window()).isAfter(now);
        }
    }
}
