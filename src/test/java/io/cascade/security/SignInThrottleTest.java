package io.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of the sign-in throttle, on a clock the test moves: 10 per account, 50 per address, 15 minutes. */
class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(new SignInThrottle.Limits(10, 50,
            Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    @Test
    void theTenthFailureOnAnAccountPausesItForFifteenMinutesWhateverTheAddress() {
        fail("Executive", "10.0.0.1", 9);
        assertThatCode(() -> throttle.check("executive", "10.0.0.2")).doesNotThrowAnyException();

        assertThat(throttle.failed("executive", "10.0.0.3")).singleElement().satisfies(pause -> {
            assertThat(pause.scope()).isEqualTo(SignInThrottle.Scope.ACCOUNT);
            assertThat(pause.until()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        });
        assertThatThrownBy(() -> throttle.check("EXECUTIVE", "192.168.7.7"))
                .isInstanceOf(TooManySignInAttemptsException.class)
                .hasMessage("Too many attempts; try again in 15 minutes.");
        clock.move(Duration.ofMinutes(14).plusSeconds(1));
        assertThatThrownBy(() -> throttle.check("executive", "10.0.0.1"))
                .hasMessage("Too many attempts; try again in 1 minute.");
    }

    @Test
    void aPauseEndsAfterItsTimeAndTheCountStartsAfresh() {
        fail("trainer", "10.0.0.1", 10);
        clock.move(Duration.ofMinutes(15));

        assertThatCode(() -> throttle.check("trainer", "10.0.0.1")).doesNotThrowAnyException();
        fail("trainer", "10.0.0.1", 9);
        assertThatCode(() -> throttle.check("trainer", "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        fail("manager", "10.0.0.1", 9);
        clock.move(Duration.ofMinutes(16));
        fail("manager", "10.0.0.1", 9);

        assertThatCode(() -> throttle.check("manager", "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void theRightPasswordClearsTheAccountsCountButNotTheAddresss() {
        fail("employee", "10.0.0.9", 9);
        throttle.succeeded("employee");
        fail("employee", "10.0.0.9", 9);
        assertThatCode(() -> throttle.check("employee", "10.0.0.9")).doesNotThrowAnyException();

        // 18 failures counted on the address; a valid login does not wash them out
        for (int i = 0; i < 32; i++) {
            throttle.failed("someone-" + i, "10.0.0.9");
        }
        assertThatThrownBy(() -> throttle.check("employee", "10.0.0.9"))
                .isInstanceOf(TooManySignInAttemptsException.class);
    }

    @Test
    void fiftyFailuresFromOneAddressPauseThatAddressOnlyForEveryAccount() {
        for (int i = 0; i < 49; i++) {
            throttle.failed("guess-" + i, "203.0.113.5");
        }
        assertThat(throttle.failed("guess-49", "203.0.113.5")).singleElement()
                .satisfies(pause -> assertThat(pause.scope()).isEqualTo(SignInThrottle.Scope.ADDRESS));

        assertThatThrownBy(() -> throttle.check("admin", "203.0.113.5"))
                .isInstanceOf(TooManySignInAttemptsException.class);
        assertThatCode(() -> throttle.check("admin", "203.0.113.6")).doesNotThrowAnyException();
    }

    @Test
    void anAttackerOnManyAddressesPausesOnlyTheAccountAttackedAndOnlyForTheLockTime() {
        for (int i = 0; i < 1_000; i++) {
            throttle.failed(i % 2 == 0 ? "executive" : "nobody-" + i, "198.51.100." + (i % 250));
        }

        assertThatThrownBy(() -> throttle.check("executive", "10.1.1.1"))
                .isInstanceOf(TooManySignInAttemptsException.class);
        assertThatCode(() -> throttle.check("admin", "10.1.1.1")).doesNotThrowAnyException();
        assertThatCode(() -> throttle.check("employee", "10.1.1.2")).doesNotThrowAnyException();
        clock.move(Duration.ofMinutes(15));
        assertThatCode(() -> throttle.check("executive", "10.1.1.1")).doesNotThrowAnyException();
    }

    @Test
    void anAdminsUnlockEndsAPause() {
        fail("locked.out", "10.0.0.1", 10);
        throttle.forget("locked.out");

        assertThatCode(() -> throttle.check("locked.out", "10.0.0.1")).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} counts as {1}")
    @CsvSource({
            "192.0.2.10, 192.0.2.10",
            "2001:db8:1:2:aaaa::1, 20010db800010002::/64",
            "2001:db8:1:2:ffff:ffff:ffff:ffff, 20010db800010002::/64",
            "2001:db8:1:3::1, 20010db800010003::/64",
            "'', unknown"})
    void anIpv6AddressCountsByItsNetwork(String address, String key) {
        assertThat(SignInThrottle.addressKey(address)).isEqualTo(key);
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
