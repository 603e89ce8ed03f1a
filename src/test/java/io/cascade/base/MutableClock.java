package io.cascade.base;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in every Spring test ({@link io.cascade.SharedFixtures}), in place of {@link ClockConfig}'s
 * clock, for a test that needs a particular "now": autowire it and pin it. It runs with the system clock until a test
 * pins it, and every copy made with {@link #withZone} follows the same pin. The context outlives the test, so
 * {@link io.cascade.TestIsolationListener} unpins it after each.
 */
@Primary
public class MutableClock extends Clock {

    private final AtomicReference<Instant> pinned;
    private final ZoneId zone;

    public MutableClock() {
        this(new AtomicReference<>(), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Instant> pinned, ZoneId zone) {
        this.pinned = pinned;
        this.zone = zone;
    }

    /** Stops time at {@code instant} for the whole application. */
    public void pinAt(Instant instant) {
        pinned.set(instant);
    }

    /** Lets time run with the system clock again. */
    public void unpin() {
        pinned.set(null);
    }

    @Override
    public Instant instant() {
        Instant at = pinned.get();
        return at != null ? at : Clock.systemUTC().instant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(pinned, zone);
    }
}
