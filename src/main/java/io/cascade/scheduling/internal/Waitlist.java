package io.cascade.scheduling.internal;

import io.cascade.scheduling.EnrolmentStatus;
import io.cascade.scheduling.SchedulingEvent;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The waitlist of a session, in arrival order. Callers hold the session row lock ({@code findForUpdate}), so seats
 * are filled by one transaction at a time.
 */
@Component
public class Waitlist {

    private final EnrolmentRepository enrolments;
    private final ApplicationEventPublisher events;

    Waitlist(EnrolmentRepository enrolments, ApplicationEventPublisher events) {
        this.enrolments = enrolments;
        this.events = events;
    }

    /**
     * Free seats (after a withdrawal or a larger room) go to the waitlist in order; each promoted person is told.
     * Returns the people promoted, in order, for the caller's audit entry.
     */
    public List<Long> fillFreeSeats(ClassSession session) {
        List<Long> promoted = new ArrayList<>();
        long enrolled = enrolments.countBySessionIdAndStatus(session.getId(), EnrolmentStatus.ENROLLED);
        for (Enrolment waiting : enrolments.findBySessionIdAndStatusOrderByWaitlistPositionAsc(session.getId(),
                EnrolmentStatus.WAITLISTED)) {
            if (enrolled >= session.getCapacity()) {
                break;
            }
            waiting.promote();
            promoted.add(waiting.getPersonId());
            enrolled++;
            events.publishEvent(new SchedulingEvent.PromotedFromWaitlist(session.getId(), waiting.getPersonId()));
        }
        enrolments.flush();
        renumber(session.getId());
        return promoted;
    }

    public void renumber(long sessionId) {
        int position = 1;
        for (Enrolment waiting : enrolments.findBySessionIdAndStatusOrderByWaitlistPositionAsc(sessionId,
                EnrolmentStatus.WAITLISTED)) {
            waiting.moveOnWaitlistTo(position++);
        }
        enrolments.flush();
    }
}
