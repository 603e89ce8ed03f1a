package io.cascade.scheduling;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * A session as a trainer plans it. {@code start} is the wall-clock time in {@code timeZone} (an IANA zone id such as
 * Europe/London). A place, an online link or both. Checked by the scheduling service, which names the field at
 * fault (the component name, e.g. {@code "capacity"}).
 */
public record SessionDraft(Long courseId, LocalDateTime start, int durationMinutes, String timeZone, String location,
        String onlineUrl, int capacity, Long trainerId, Set<Long> departmentIds, SessionAudience audience,
        String notes) {

    public SessionDraft {
        departmentIds = departmentIds == null ? Set.of() : Set.copyOf(departmentIds);
    }
}
