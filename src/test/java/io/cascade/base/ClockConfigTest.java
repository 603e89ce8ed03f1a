package io.cascade.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Today" for validation is the application clock's UTC day, whatever zone the server runs in. */
class ClockConfigTest {

    record Dated(@PastOrPresent LocalDate day) {
    }

    private final TimeZone serverZone = TimeZone.getDefault();

    @AfterEach
    void restoreTheServersZone() {
        TimeZone.setDefault(serverZone);
    }

    @Test
    void shouldRefuseTomorrowInUtcEvenWhereItIsAlreadyTomorrowOnTheServer() {
        Instant eveningInUtc = Instant.parse("2026-12-06T20:00:00Z");
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        var validator = validatorWith(Clock.fixed(eveningInUtc, ZoneOffset.UTC));

        assertThat(validator.validate(new Dated(LocalDate.parse("2026-12-07"))))
                .as("the check-in dialog offers days up to 6 December; the 7th is in the future").hasSize(1);
        assertThat(validator.validate(new Dated(LocalDate.parse("2026-12-06")))).isEmpty();
    }

    @Test
    void shouldAcceptTodayInUtcEvenWhereItIsStillYesterdayOnTheServer() {
        Instant earlyInUtc = Instant.parse("2026-12-06T02:00:00Z");
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        var validator = validatorWith(Clock.fixed(earlyInUtc, ZoneOffset.UTC));

        assertThat(validator.validate(new Dated(LocalDate.parse("2026-12-06")))).isEmpty();
    }

    private static jakarta.validation.Validator validatorWith(Clock clock) {
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        new ClockConfig().validationClock(clock).customize(configuration);
        try (var factory = configuration.buildValidatorFactory()) {
            return factory.getValidator();
        }
    }
}
