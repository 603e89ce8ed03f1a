package io.cascade.learning;

import io.cascade.base.i18n.Language;
import io.cascade.base.i18n.RecipientLanguages;
import io.cascade.base.i18n.Translations;
import io.cascade.base.mail.MailGateway;
import io.cascade.base.mail.OutgoingMail;
import io.cascade.learning.internal.MessageDays;
import io.cascade.learning.internal.ReminderStore;
import io.cascade.learning.internal.ReminderStore.CheckInCandidate;
import io.cascade.learning.internal.ReminderStore.RefresherCandidate;
import io.cascade.organization.Settings;
import io.cascade.organization.SettingsReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
 * before sending, so no run sends a mail twice, and a mail that fails is tried again next time. Each mail is written in
 * its recipient's language (their own choice, else the organisation's).
 */
@Service
@Transactional(readOnly = true)
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);
    /** The sender Settings show until an admin chooses one; then the deployment's {@code cascade.mail.from} applies. */
    private static final String FACTORY_SENDER = "training@cascade.example";

    private final SettingsReader settings;
    private final ReminderStore store;
    private final MailGateway mail;
    private final Clock clock;
    private final RecipientLanguages recipientLanguages;
    private final Translations translations;

    ReminderService(SettingsReader settings, ReminderStore store, MailGateway mail, Clock clock,
            RecipientLanguages recipientLanguages, Translations translations) {
        this.settings = settings;
        this.store = store;
        this.mail = mail;
        this.clock = clock;
        this.recipientLanguages = recipientLanguages;
        this.translations = translations;
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
        int windowDays = current.reinforcementWindow().days();
        List<DueRefresher> refreshers = current.refresherReminders() ? dueRefreshers(now, today) : List.of();
        Map<Long, List<CheckInCandidate>> byManager = checkInsByManager(windowDays, today);
        // everyone's language in one look-up for the whole run, then each language's mails together
        Set<Long> recipients = new HashSet<>(byManager.keySet());
        refreshers.forEach(due -> recipients.add(due.candidate().personId()));
        Map<Long, Language> languages = recipientLanguages.of(recipients);
        var failed = new AtomicInteger();
        int refresherMails = refresherReminders(sender, refreshers, languages, now, today, failed);
        int checkInMails = checkInReminders(sender, byManager, languages, windowDays, now, failed);
        var run = new ReminderRun(current.refresherReminders(), refresherMails, checkInMails, failed.get());
        log.info("Reminders sent: {}", run);
        return run;
    }

    /** A refresher to remind its person of: falling due soon (or overdue) and not reminded of for this due day. */
    private record DueRefresher(RefresherCandidate candidate, LocalDate dueOn) {
    }

    private List<DueRefresher> dueRefreshers(Instant now, LocalDate today) {
        LocalDate horizon = today.plusDays(Refreshers.REMIND_DAYS_AHEAD + 1L);
        List<DueRefresher> due = new ArrayList<>();
        for (RefresherCandidate candidate : store.refresherCandidates(now, horizon)) {
            LocalDate dueOn = Refreshers.dueOn(candidate.lastTrained(), candidate.refresherMonths());
            if (Refreshers.remindOn(dueOn, today) && Tracks.fits(candidate.audience(), candidate.level())
                    && !dueOn.equals(candidate.lastRemindedDueOn())) {
                due.add(new DueRefresher(candidate, dueOn));
            }
        }
        return due;
    }

    private Map<Long, List<CheckInCandidate>> checkInsByManager(int windowDays, LocalDate today) {
        Instant since = today.minusDays(windowDays).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<Long, List<CheckInCandidate>> byManager = new LinkedHashMap<>();
        for (CheckInCandidate candidate : store.checkInCandidates(since)) {
            byManager.computeIfAbsent(candidate.managerId(), id -> new ArrayList<>()).add(candidate);
        }
        return byManager;
    }

    private int refresherReminders(Sender sender, List<DueRefresher> refreshers, Map<Long, Language> languages,
            Instant now, LocalDate today, AtomicInteger failed) {
        int sent = 0;
        for (var group : byLanguage(refreshers, due -> languages.get(due.candidate().personId())).entrySet()) {
            Locale locale = group.getKey().locale();
            for (DueRefresher due : group.getValue()) {
                RefresherCandidate candidate = due.candidate();
                if (!store.claimRefresher(candidate.personId(), candidate.courseId(), due.dueOn(), now)) {
                    continue;
                }
                try {
                    mail.send(refresherMail(sender, candidate, due.dueOn(), today, locale));
                    sent++;
                } catch (RuntimeException e) {
                    log.warn("Could not send the refresher reminder for {} to {}: {}", candidate.courseTitle(),
                            candidate.email(), e.getMessage());
                    log.debug("Refresher reminder failure", e);
                    store.releaseRefresher(candidate.personId(), candidate.courseId(), due.dueOn());
                    failed.incrementAndGet();
                }
            }
        }
        return sent;
    }

    private int checkInReminders(Sender sender, Map<Long, List<CheckInCandidate>> byManager,
            Map<Long, Language> languages, int windowDays, Instant now, AtomicInteger failed) {
        int sent = 0;
        var managers = byLanguage(List.copyOf(byManager.entrySet()), owed -> languages.get(owed.getKey()));
        for (var group : managers.entrySet()) {
            Locale locale = group.getKey().locale();
            for (var owed : group.getValue()) {
                List<CheckInCandidate> claimed = owed.getValue().stream()
                        .filter(item -> store.claimCheckIn(item.managerId(), item.personId(), item.courseId(), now))
                        .toList();
                if (claimed.isEmpty()) {
                    continue;
                }
                try {
                    mail.send(checkInMail(sender, claimed, windowDays, locale));
                    sent++;
                } catch (RuntimeException e) {
                    log.warn("Could not send the check-in reminder to {}: {}", claimed.getFirst().managerEmail(),
                            e.getMessage());
                    log.debug("Check-in reminder failure", e);
                    claimed.forEach(item -> store.releaseCheckIn(item.managerId(), item.personId(),
                            item.courseId()));
                    failed.incrementAndGet();
                }
            }
        }
        return sent;
    }

    /** The items by their recipient's language, each language's in their order. */
    private static <T> Map<Language, List<T>> byLanguage(List<T> items, Function<T, Language> language) {
        Map<Language, List<T>> groups = new EnumMap<>(Language.class);
        for (T item : items) {
            Language chosen = language.apply(item);
            groups.computeIfAbsent(chosen == null ? Language.ENGLISH : chosen, ignored -> new ArrayList<>())
                    .add(item);
        }
        return groups;
    }

    private OutgoingMail refresherMail(Sender sender, RefresherCandidate candidate, LocalDate dueOn,
            LocalDate today, Locale locale) {
        boolean overdue = dueOn.isBefore(today);
        Date due = MessageDays.of(dueOn);
        String subject = translations.get(locale, overdue ? "learning.mail.refresher.subject.overdue"
                : "learning.mail.refresher.subject.due", candidate.courseTitle(), due);
        String body = String.join("\n\n",
                translations.get(locale, "learning.mail.greeting", firstName(candidate.fullName())),
                translations.get(locale, overdue ? "learning.mail.refresher.wasDue" : "learning.mail.refresher.isDue",
                        candidate.courseTitle(), due, candidate.refresherMonths()),
                translations.get(locale, "learning.mail.refresher.howTo"),
                translations.get(locale, "learning.mail.signature", sender.organisation()));
        return sender.mail(candidate.email(), subject, body);
    }

    private OutgoingMail checkInMail(Sender sender, List<CheckInCandidate> owed, int windowDays, Locale locale) {
        CheckInCandidate first = owed.getFirst();
        List<String> items = new ArrayList<>();
        for (CheckInCandidate item : owed) {
            LocalDate trainedOn = LocalDate.ofInstant(item.trainedAt(), ZoneOffset.UTC);
            items.add(translations.get(locale, "learning.mail.checkIn.item", item.personName(), item.courseTitle(),
                    MessageDays.of(trainedOn), MessageDays.of(trainedOn.plusDays(windowDays))));
        }
        String body = String.join("\n\n",
                translations.get(locale, "learning.mail.greeting", firstName(first.managerName())),
                translations.get(locale, "learning.mail.checkIn.intro", owed.size(), windowDays),
                String.join("\n", items),
                translations.get(locale, "learning.mail.checkIn.howTo"),
                translations.get(locale, "learning.mail.signature", sender.organisation()));
        String subject = owed.size() == 1
                ? translations.get(locale, "learning.mail.checkIn.subject.one", first.personName(), first.courseTitle())
                : translations.get(locale, "learning.mail.checkIn.subject.many", owed.size());
        return sender.mail(first.managerEmail(), subject, body);
    }

    private static String firstName(String fullName) {
        return fullName.split(" ")[0];
    }

    /** Who the reminders come from: the Settings' sender (null: the configured one) and organisation name. */
    private record Sender(String address, String organisation) {

        OutgoingMail mail(String to, String subject, String body) {
            return new OutgoingMail(to, subject, body, List.of(), address, address == null ? null : organisation);
        }
    }
}
