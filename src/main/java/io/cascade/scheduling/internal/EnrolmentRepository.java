package io.cascade.scheduling.internal;

import io.cascade.scheduling.EnrolmentStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    List<Enrolment> findBySessionId(Long sessionId);

    Optional<Enrolment> findBySessionIdAndPersonId(Long sessionId, Long personId);

    long countBySessionIdAndStatus(Long sessionId, EnrolmentStatus status);

    List<Enrolment> findBySessionIdAndStatusOrderByWaitlistPositionAsc(Long sessionId, EnrolmentStatus status);

    @Query("select coalesce(max(e.waitlistPosition), 0) from Enrolment e where e.sessionId = :sessionId"
            + " and e.status = io.cascade.scheduling.EnrolmentStatus.WAITLISTED")
    int lastWaitlistPosition(Long sessionId);
}
