package io.cascade.scheduling.internal;

import io.cascade.base.i18n.Language;
import io.cascade.base.i18n.RecipientLanguages;
import io.cascade.base.i18n.Translations;
import io.cascade.base.mail.MailGateway;
import io.cascade.base.mail.OutgoingMail;
import io.cascade.scheduling.EnrolmentStatus;
import io.cascade.scheduling.SchedulingEvent;
import io.cascade.scheduling.internal.CalendarQueries.Attendee;
import io.cascade.scheduling.internal.CalendarQueries.CalendarEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells people about their classes once a change is committed: an invitation when they get a seat (also from the
 * waitlist), the new time or place when a session moves, its cancellation, and a reminder the day before. Each mail
 * carries the session's .ics so calendars follow along, and is written in its recipient's language. A mail that
 * cannot be sent is logged, never undoes the change.
 */
@Component
public class SessionMailer {

    private static final Logger log = LoggerFactory.getLogger(SessionMailer.class);
    /** "Thursday 5 March 2026", as English mails have always said it; the other languages write their own order. */
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /** What a mail is about: the keys of its subject and of its opening line. */
    private enum Kind {
        INVITATION("scheduling.mail.invitation.subject", "scheduling.mail.invitation.opening"),
        SEAT_CAME_FREE("scheduling.mail.seatCameFree.subject", "scheduling.mail.seatCameFree.opening"),
        CHANGED("scheduling.mail.changed.subject", "scheduling.mail.changed.opening"),
        CANCELLED("scheduling.mail.cancelled.subject", "scheduling.mail.cancelled.opening"),
        REMINDER("scheduling.mail.reminder.subject", "scheduling.mail.reminder.opening");

        private final String subject;
        private final String opening;

        Kind(String subject, String opening) {
            this.subject = subject;
            this.opening = opening;
        }
    }

    private final CalendarQueries queries;
    private final CalendarFiles files;
    private final MailGateway mail;
    private final RecipientLanguages languages;
    private final Translations translations;

    SessionMailer(CalendarQueries queries, CalendarFiles files, MailGateway mail, RecipientLanguages languages,
            Translations translations) {
        this.queries = queries;
        this.files = files;
        this.mail = mail;
        this.languages = languages;
        this.translations = translations;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(SchedulingEvent event) {
        try {
            switch (event) {
                case SchedulingEvent.Enrolled enrolled when enrolled.status() == EnrolmentStatus.ENROLLED ->
                        toPerson(enrolled.sessionId(), enrolled.personId(), Kind.INVITATION, "");
                case SchedulingEvent.PromotedFromWaitlist promoted ->
                        toPerson(promoted.sessionId(), promoted.personId(), Kind.SEAT_CAME_FREE, "");
                case SchedulingEvent.Rescheduled moved -> toAttendees(moved.sessionId(), Kind.CHANGED, "");
                case SchedulingEvent.Cancelled cancelled -> toAttendees(cancelled.sessionId(), Kind.CANCELLED,
                        cancelled.reason());
                default -> {
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not send mail for {}", event, e);
        }
    }

    /** Reminds everyone with a seat in a session, not cancelled, starting in [from, to). Returns the mails sent. */
    public int remindSessionsStartingBetween(Instant from, Instant to) {
        int sent = 0;
        for (long sessionId : queries.sessionsStartingBetween(from, to)) {
            try {
                sent += toAttendees(sessionId, Kind.REMINDER, "");
            } catch (RuntimeException e) {
                log.warn("Could not send reminders for session {}", sessionId, e);
            }
        }
        return sent;
    }

    private void toPerson(long sessionId, long personId, Kind kind, String reason) {
        CalendarEntry entry = queries.session(sessionId).orElseThrow();
        queries.person(personId).ifPresent(person -> send(entry, person, languages.of(personId), kind, reason));
    }

    private int toAttendees(long sessionId, Kind kind, String reason) {
        CalendarEntry entry = queries.session(sessionId).orElseThrow();
        List<Attendee> attendees = queries.attendees(sessionId);
        Map<Long, Language> chosen = languages.of(attendees.stream().map(Attendee::personId).toList());
        attendees.forEach(person -> send(entry, person, chosen.getOrDefault(person.personId(), Language.ENGLISH),
                kind, reason));
        return attendees.size();
    }

    /** {@code reason} is the cancellation's, written by the trainer: it goes into the mail as it is. */
    private void send(CalendarEntry entry, Attendee person, Language language, Kind kind, String reason) {
        Locale locale = language.locale();
        String method = entry.cancelled() ? "CANCEL" : "REQUEST";
        // each mail lists only its recipient as attendee: colleagues' addresses are not shared
        byte[] ics = files.invitation(entry, List.of(person), locale);
        String subject = translations.get(locale, kind.subject, entry.courseTitle(), when(entry, language));
        String opening = translations.get(locale, kind.opening, reason);
        mail.send(new OutgoingMail(person.email(), subject, body(entry, person, language, opening),
                List.of(new OutgoingMail.Attachment(entry.cancelled() ? "cancel.ics" : "invite.ics",
                        "text/calendar; method=" + method + "; charset=UTF-8", ics))));
    }

    private String body(CalendarEntry entry, Attendee person, Language language, String opening) {
        Locale locale = language.locale();
        var text = new StringBuilder(translations.get(locale, "scheduling.mail.greeting", person.name().split(" ")[0]))
                .append("\n\n").append(opening).append("\n\n")
                .append(entry.courseTitle()).append('\n')
                .append(translations.get(locale, "scheduling.mail.when", when(entry, language),
                        entry.durationMinutes())).append('\n');
        if (entry.location() != null) {
            text.append(translations.get(locale, "scheduling.mail.where", entry.location())).append('\n');
        }
        if (entry.onlineUrl() != null) {
            text.append(translations.get(locale, "scheduling.mail.online", entry.onlineUrl())).append('\n');
        }
        if (entry.trainerName() != null) {
            text.append(translations.get(locale, "scheduling.mail.trainer", entry.trainerName())).append('\n');
        }
        return text.append('\n').append(translations.get(locale, "scheduling.mail.calendarFile")).append("\n\n")
                .append(translations.get(locale, "scheduling.mail.signature")).toString();
    }

    /** "Thursday 5 March 2026 at 09:00 (Europe/London)": the session's own zone, in the recipient's language. */
    private String when(CalendarEntry entry, Language language) {
        ZonedDateTime start = entry.startsAt().atZone(ZoneId.of(entry.timeZone()));
        DateTimeFormatter day = language == Language.ENGLISH ? ENGLISH_DAY
                : DatePatterns.of("yMMMMEEEEd", language.locale());
        return translations.get(language.locale(), "scheduling.mail.dateTime", day.format(start), TIME.format(start),
                entry.timeZone());
    }
}
