package io.cascade.scheduling.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ClassSessionRepository extends JpaRepository<ClassSession, Long> {

    /**
     * The session, its row locked ({@code SELECT ... FOR UPDATE}) until the transaction ends: enrolments of one
     * session take turns, so seats are counted and taken one caller at a time.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ClassSession s where s.id = :id")
    Optional<ClassSession> findForUpdate(Long id);
}
