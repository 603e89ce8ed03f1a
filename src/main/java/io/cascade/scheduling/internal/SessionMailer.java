package io.cascade.scheduling.internal;

import io.cascade.base.mail.MailGateway;
import io.cascade.base.mail.OutgoingMail;
import io.cascade.scheduling.EnrolmentStatus;
import io.cascade.scheduling.SchedulingEvent;
import io.cascade.scheduling.internal.CalendarQueries.Attendee;
import io.cascade.scheduling.internal.CalendarQueries.CalendarEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells people about their classes once a change is committed: an invitation when they get a seat (also from the
 * waitlist), the new time or place when a session moves, its cancellation, and a reminder the day before. Each mail
 * carries the session's .ics so calendars follow along. A mail that cannot be sent is logged, never undoes the change.
 */
@Component
public class SessionMailer {

    private static final Logger log = LoggerFactory.getLogger(SessionMailer.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm (VV)",
            Locale.ENGLISH);

    private final CalendarQueries queries;
    private final CalendarFiles files;
    private final MailGateway mail;

    SessionMailer(CalendarQueries queries, CalendarFiles files, MailGateway mail) {
        this.queries = queries;
        this.files = files;
        this.mail = mail;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(SchedulingEvent event) {
        try {
            switch (event) {
                case SchedulingEvent.Enrolled enrolled when enrolled.status() == EnrolmentStatus.ENROLLED ->
                        toPerson(enrolled.sessionId(), enrolled.personId(), "Invitation",
                                "You have a seat in this class.");
                case SchedulingEvent.PromotedFromWaitlist promoted ->
                        toPerson(promoted.sessionId(), promoted.personId(), "A seat came free",
                                "A seat came free and it is yours: you are off the waitlist and in the class.");
                case SchedulingEvent.Rescheduled moved -> toAttendees(moved.sessionId(), "Changed",
                        "The time or place of this class changed. The new details:");
                case SchedulingEvent.Cancelled cancelled -> toAttendees(cancelled.sessionId(), "Cancelled",
                        "This class is cancelled: " + cancelled.reason());
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
                sent += toAttendees(sessionId, "Reminder", "A reminder: your class is tomorrow.");
            } catch (RuntimeException e) {
                log.warn("Could not send reminders for session {}", sessionId, e);
            }
        }
        return sent;
    }

    private void toPerson(long sessionId, long personId, String subjectPrefix, String opening) {
        CalendarEntry entry = queries.session(sessionId).orElseThrow();
        queries.person(personId).ifPresent(person -> send(entry, person, subjectPrefix, opening));
    }

    private int toAttendees(long sessionId, String subjectPrefix, String opening) {
        CalendarEntry entry = queries.session(sessionId).orElseThrow();
        List<Attendee> attendees = queries.attendees(sessionId);
        attendees.forEach(person -> send(entry, person, subjectPrefix, opening));
        return attendees.size();
    }

    private void send(CalendarEntry entry, Attendee person, String subjectPrefix, String opening) {
        String method = entry.cancelled() ? "CANCEL" : "REQUEST";
        // each mail lists only its recipient as attendee: colleagues' addresses are not shared
        byte[] ics = files.invitation(entry, List.of(person));
        mail.send(new OutgoingMail(person.email(), subjectPrefix + ": " + entry.courseTitle() + ", "
                + when(entry), body(entry, person, opening),
                List.of(new OutgoingMail.Attachment(entry.cancelled() ? "cancel.ics" : "invite.ics",
                        "text/calendar; method=" + method + "; charset=UTF-8", ics))));
    }

    private static String body(CalendarEntry entry, Attendee person, String opening) {
        var text = new StringBuilder("Hello ").append(person.name().split(" ")[0]).append(",\n\n")
                .append(opening).append("\n\n")
                .append(entry.courseTitle()).append('\n')
                .append("When: ").append(when(entry)).append(", ").append(entry.durationMinutes())
                .append(" minutes\n");
        if (entry.location() != null) {
            text.append("Where: ").append(entry.location()).append('\n');
        }
        if (entry.onlineUrl() != null) {
            text.append("Online: ").append(entry.onlineUrl()).append('\n');
        }
        if (entry.trainerName() != null) {
            text.append("Trainer: ").append(entry.trainerName()).append('\n');
        }
        return text.append("\nThe attached calendar file updates your calendar.\n\nCascade training").toString();
    }

    private static String when(CalendarEntry entry) {
        return WHEN.format(entry.startsAt().atZone(ZoneId.of(entry.timeZone())));
    }
}
