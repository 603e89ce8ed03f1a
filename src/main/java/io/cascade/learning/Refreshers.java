package io.cascade.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** When a recurring course is due again: its refresher interval after the person was last trained in it. */
final class Refreshers {

    /** Reminders go out this many days before the due day (and once a refresher is overdue). */
    static final int REMIND_DAYS_AHEAD = 14;

    private Refreshers() {
    }

    /**
     * The day the refresher falls due: {@code refresherMonths} after the (UTC) day of {@code lastTrained}, the later of
     * the last class attended and the last completion; null for a course that does not recur or someone not trained.
     */
    static LocalDate dueOn(Instant lastTrained, Integer refresherMonths) {
        return lastTrained == null || refresherMonths == null ? null
                : lastTrained.atZone(ZoneOffset.UTC).toLocalDate().plusMonths(refresherMonths);
    }

    /** Due within the next {@link #REMIND_DAYS_AHEAD} days, or overdue. */
    static boolean remindOn(LocalDate dueOn, LocalDate today) {
        return dueOn != null && !dueOn.isAfter(today.plusDays(REMIND_DAYS_AHEAD));
    }
}
