package io.cascade.base;

import java.time.Clock;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's only clock: the system clock, in UTC. Services, scheduled jobs and views take it by constructor
 * instead of asking for "now" themselves, and bean validation ({@code @PastOrPresent}) reads it too, so a test that
 * adds a {@code @Primary} clock to its context pins "now" and "today" everywhere at once.
 * <p>
 * Cascade's day is the UTC day: the ledger dates training by it, and the check-in dialog, the team page and
 * validation all say "today" by it, so a date the dialog offers is never refused as "in the future" by the service
 * because the server runs in another zone.
 */
@Configuration
class ClockConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Validation judges "past" and "future" by this clock, in its zone (UTC), not by the server's zone. */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
