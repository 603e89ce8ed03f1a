package io.cascade.learning.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * A day as the argument of a message ({@code {0, date, long}}, {@code {0, date, ::dMMMy}}), so that it reads in the
 * reader's language when the message is read. The messages format dates in the server's zone, so the day is handed
 * over at noon there: it is the same day whatever the zone.
 */
public final class MessageDays {

    private MessageDays() {
    }

    public static Date of(LocalDate day) {
        return Date.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
    }
}
