package io.cascade.scheduling.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The daily reminder of tomorrow's classes, on when {@code cascade.mail.reminders.enabled=true} (off in tests, so a
 * test's sessions never receive surprise mail). "Tomorrow" is the server's calendar day after today.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "cascade.mail.reminders.enabled", havingValue = "true")
class SessionReminders {

    private final SessionMailer mailer;
    private final Clock clock;

    SessionReminders(SessionMailer mailer, Clock clock) {
        this.mailer = mailer;
        this.clock = clock.withZone(ZoneId.systemDefault());
    }

    @Scheduled(cron = "${cascade.mail.reminders.cron:0 0 7 * * *}")
    void remindTomorrowsClasses() {
        ZoneId zone = clock.getZone();
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        mailer.remindSessionsStartingBetween(tomorrow.atStartOfDay(zone).toInstant(),
                tomorrow.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
