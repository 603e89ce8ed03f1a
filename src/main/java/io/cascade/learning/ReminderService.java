package io.cascade.learning;

import io.cascade.base.mail.MailGateway;
import io.cascade.base.mail.OutgoingMail;
import io.cascade.learning.internal.ReminderStore;
import io.cascade.learning.internal.ReminderStore.CheckInCandidate;
import io.cascade.learning.internal.ReminderStore.RefresherCandidate;
import io.cascade.organization.Settings;
import io.cascade.organization.SettingsReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminder mails that keep training going: a refresher falling due within {@value Refreshers#REMIND_DAYS_AHEAD}
 * days (or overdue), once per person, course and due day, while the refresher-reminder setting is on; and, to each
 * manager, the reinforcement check-ins owed to reports trained within the window, once per report and course. Runs
 * daily (see {@code cascade.mail.learning-reminders.cron}); admins may run it at any time. What was sent is recorded
 * before sending, so no run sends a mail twice, and a mail that fails is tried again next time.
 */
@Service
@Transactional(readOnly = true)
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** The sender Settings show until an admin chooses one; then the deployment's {@code cascade.mail.from} applies. */
    private static final String FACTORY_SENDER = "training@cascade.example";

    private final SettingsReader settings;
    private final ReminderStore store;
    private final MailGateway mail;
    private final Clock clock;

    ReminderService(SettingsReader settings, ReminderStore store, MailGateway mail, Clock clock) {
        this.settings = settings;
        this.store = store;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Sends every reminder that is due and was not sent before. Each claim is committed on its own (no surrounding
     * transaction), so a mail server failing half-way loses nothing already sent.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ReminderRun sendDueReminders() {
        Settings current = settings.current();
        Sender sender = new Sender(FACTORY_SENDER.equalsIgnoreCase(current.mailSender().strip()) ? null
                : current.mailSender().strip(), current.organisationName().strip());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var failed = new AtomicInteger();
        int refreshers = current.refresherReminders() ? refresherReminders(sender, now, today, failed) : 0;
        int checkIns = checkInReminders(sender, current.reinforcementWindow().days(), now, today, failed);
        var run = new ReminderRun(current.refresherReminders(), refreshers, checkIns, failed.get());
        log.info("Reminders sent: {}", run);
        return run;
    }

    private int refresherReminders(Sender sender, Instant now, LocalDate today, AtomicInteger failed) {
        int sent = 0;
        LocalDate horizon = today.plusDays(Refreshers.REMIND_DAYS_AHEAD + 1L);
        for (RefresherCandidate candidate : store.refresherCandidates(now, horizon)) {
            LocalDate dueOn = Refreshers.dueOn(candidate.lastTrained(), candidate.refresherMonths());
            if (!Refreshers.remindOn(dueOn, today) || !Tracks.fits(candidate.audience(), candidate.level())
                    || dueOn.equals(candidate.lastRemindedDueOn())
                    || !store.claimRefresher(candidate.personId(), candidate.courseId(), dueOn, now)) {
                continue;
            }
            try {
                mail.send(refresherMail(sender, candidate, dueOn, today));
                sent++;
            } catch (RuntimeException e) {
                log.warn("Could not send the refresher reminder for {} to {}: {}", candidate.courseTitle(),
                        candidate.email(), e.getMessage());
                log.debug("Refresher reminder failure", e);
                store.releaseRefresher(candidate.personId(), candidate.courseId(), dueOn);
                failed.incrementAndGet();
            }
        }
        return sent;
    }

    private int checkInReminders(Sender sender, int windowDays, Instant now, LocalDate today, AtomicInteger failed) {
        Instant since = today.minusDays(windowDays).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<Long, List<CheckInCandidate>> byManager = new LinkedHashMap<>();
        for (CheckInCandidate candidate : store.checkInCandidates(since)) {
            byManager.computeIfAbsent(candidate.managerId(), id -> new ArrayList<>()).add(candidate);
        }
        int sent = 0;
        for (List<CheckInCandidate> owed : byManager.values()) {
            List<CheckInCandidate> claimed = owed.stream()
                    .filter(item -> store.claimCheckIn(item.managerId(), item.personId(), item.courseId(), now))
                    .toList();
            if (claimed.isEmpty()) {
                continue;
            }
            try {
                mail.send(checkInMail(sender, claimed, windowDays));
                sent++;
            } catch (RuntimeException e) {
                log.warn("Could not send the check-in reminder to {}: {}", claimed.getFirst().managerEmail(),
                        e.getMessage());
                log.debug("Check-in reminder failure", e);
                claimed.forEach(item -> store.releaseCheckIn(item.managerId(), item.personId(), item.courseId()));
                failed.incrementAndGet();
            }
        }
        return sent;
    }

    private static OutgoingMail refresherMail(Sender sender, RefresherCandidate candidate, LocalDate dueOn,
            LocalDate today) {
        boolean overdue = dueOn.isBefore(today);
        String subject = (overdue ? "Refresher overdue: " : "Refresher due: ") + candidate.courseTitle() + ", "
                + (overdue ? "since " : "by ") + DAY.format(dueOn);
        String body = "Hello " + firstName(candidate.fullName()) + ",\n\n"
                + "Your refresher of " + candidate.courseTitle() + (overdue ? " was due on " : " is due on ")
                + DAY.format(dueOn) + " (every " + candidate.refresherMonths() + " months since you last took it).\n\n"
                + "Training does not stop at one event: join one of its classes or go through the course again under "
                + "My learning in Cascade.\n\n"
                + sender.signature();
        return sender.mail(candidate.email(), subject, body);
    }

    private static OutgoingMail checkInMail(Sender sender, List<CheckInCandidate> owed, int windowDays) {
        CheckInCandidate first = owed.getFirst();
        var body = new StringBuilder("Hello ").append(firstName(first.managerName())).append(",\n\n")
                .append(owed.size() == 1 ? "A member of your team was" : "Members of your team were")
                .append(" trained recently. A check-in within ").append(windowDays)
                .append(" days, a coaching conversation or an observation on the job, makes the training stick:\n\n");
        for (CheckInCandidate item : owed) {
            LocalDate trainedOn = LocalDate.ofInstant(item.trainedAt(), ZoneOffset.UTC);
            body.append("- ").append(item.personName()).append(", ").append(item.courseTitle()).append(": trained ")
                    .append(DAY.format(trainedOn)).append(", check in by ")
                    .append(DAY.format(trainedOn.plusDays(windowDays))).append('\n');
        }
        body.append("\nLog each check-in under My team in Cascade.\n\n").append(sender.signature());
        String subject = owed.size() == 1
                ? "Check-in due: " + first.personName() + ", " + first.courseTitle()
                : "Check-ins due with your team (" + owed.size() + ")";
        return sender.mail(first.managerEmail(), subject, body.toString());
    }

    private static String firstName(String fullName) {
        return fullName.split(" ")[0];
    }

    /** Who the reminders come from: the Settings' sender (null: the configured one) and organisation name. */
    private record Sender(String address, String organisation) {

        OutgoingMail mail(String to, String subject, String body) {
            return new OutgoingMail(to, subject, body, List.of(), address, address == null ? null : organisation);
        }

        String signature() {
            return organisation + " training";
        }
    }
}
