package io.cascade.scheduling.internal;

import io.cascade.base.i18n.Translations;
import io.cascade.base.mail.SenderAddress;
import io.cascade.scheduling.internal.CalendarQueries.Attendee;
import io.cascade.scheduling.internal.CalendarQueries.CalendarEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.springframework.stereotype.Component;

/**
 * iCalendar files (RFC 5545/5546) for class sessions. Times are written in UTC, which every calendar understands
 * without a VTIMEZONE block. The UID is stable per session and the SEQUENCE is the session's version, which grows
 * with every saved change (a cancellation included), so calendars replace the old copy. The words Cascade adds (a
 * cancellation's) are in the language asked for; the course title and notes are as their authors wrote them.
 */
@Component
public class CalendarFiles {

    private final SenderAddress organizerAddress;
    private final Translations translations;
    private final Clock clock;

    CalendarFiles(SenderAddress organizerAddress, Translations translations, Clock clock) {
        this.organizerAddress = organizerAddress;
        this.translations = translations;
        this.clock = clock;
    }

    public static String uid(long sessionId) {
        return "session-" + sessionId + "@cascade";
    }

    /** An invitation to the session (METHOD:REQUEST), or its cancellation (METHOD:CANCEL) once cancelled. */
    public byte[] invitation(CalendarEntry entry, List<Attendee> attendees, Locale locale) {
        VEvent event = event(entry, locale);
        event.add(organizer(entry));
        for (Attendee attendee : attendees) {
            event.add(new net.fortuna.ical4j.model.property.Attendee(URI.create("mailto:" + attendee.email()))
                    .add(new Cn(attendee.name())).add(Role.REQ_PARTICIPANT).add(Rsvp.FALSE));
        }
        return write(entry.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST, List.of(event));
    }

    /** A subscription feed (METHOD:PUBLISH): cancelled sessions stay in it marked cancelled. */
    public byte[] feed(List<CalendarEntry> entries, Locale locale) {
        return write(ImmutableMethod.PUBLISH, entries.stream().map(entry -> event(entry, locale)).toList());
    }

    private VEvent event(CalendarEntry entry, Locale locale) {
        VEvent event = new VEvent(entry.startsAt(), entry.endsAt(), entry.courseTitle());
        event.add(new Uid(uid(entry.sessionId())));
        event.add(new DtStamp(Instant.now(clock)));
        event.add(new Sequence((int) entry.version()));
        if (entry.location() != null) {
            event.add(new Location(entry.location()));
        } else if (entry.onlineUrl() != null) {
            event.add(new Location(entry.onlineUrl()));
        }
        if (entry.onlineUrl() != null) {
            event.add(new Url(URI.create(entry.onlineUrl())));
        }
        String description = entry.cancelled()
                ? translations.get(locale, "scheduling.calendar.cancelled", entry.cancelReason())
                : entry.notes() == null ? null : entry.notes();
        if (description != null) {
            event.add(new Description(description));
        }
        event.add(entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    private Organizer organizer(CalendarEntry entry) {
        String address = entry.trainerEmail() == null ? organizerAddress.get() : entry.trainerEmail();
        Organizer organizer = new Organizer(URI.create("mailto:" + address));
        if (entry.trainerName() != null) {
            organizer.add(new Cn(entry.trainerName()));
        }
        return organizer;
    }

    private static byte[] write(Method method, List<VEvent> events) {
        var calendar = new Calendar().withProdId("-//Cascade//Training sessions//EN").withDefaults()
                .withProperty(method).getFluentTarget();
        events.forEach(event -> calendar.add(event));
        var out = new ByteArrayOutputStream();
        try {
            // validation off: a feed of nobody's sessions is an empty but valid subscription
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
