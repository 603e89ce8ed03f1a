package io.cascade.scheduling;

import java.time.Instant;

/** Sessions starting in [from, to); a null trainer, course or department does not filter. */
public record AgendaFilter(Instant from, Instant to, Long trainerId, Long courseId, Long departmentId) {
}
