package io.cascade.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's only clock: the system clock, in UTC. Services, scheduled jobs and views take it by constructor
 * instead of asking for "now" themselves, and bean validation ({@code @PastOrPresent}) reads it too, so a test that
 * adds a {@code @Primary} clock to its context pins "now" and "today" everywhere at once.
 */
@Configuration
class ClockConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Validation judges dates in the server's zone, as with its own default clock, but by this clock's time. */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock.withZone(ZoneId.systemDefault()));
    }
}
