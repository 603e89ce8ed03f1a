package io.cascade.learning.internal;

import io.cascade.learning.ReminderService;
import io.cascade.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs the refresher and check-in reminders daily ({@code cascade.mail.learning-reminders.cron}, in the server's
 * zone; default 07:00) unless {@code cascade.mail.learning-reminders.enabled=false} (as in tests). Nobody is signed
 * in on the scheduler's thread, so the run goes through the secured service as the system, with the admin role, for
 * its duration only.
 */
@Configuration
@EnableScheduling
class ReminderSchedule {

    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final ReminderService reminders;
    private final boolean enabled;

    ReminderSchedule(ReminderService reminders,
            @Value("${cascade.mail.learning-reminders.enabled:true}") boolean enabled) {
        this.reminders = reminders;
        this.enabled = enabled;
    }

    @Scheduled(cron = "${cascade.mail.learning-reminders.cron:0 0 7 * * *}")
    void sendDueReminders() {
        if (!enabled) {
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null,
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.ADMIN)));
        SecurityContextHolder.setContext(context);
        try {
            reminders.sendDueReminders();
        } catch (RuntimeException e) {
            log.error("The daily reminders failed; they are tried again on the next run", e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
