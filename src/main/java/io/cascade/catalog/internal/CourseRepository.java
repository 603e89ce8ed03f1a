package io.cascade.catalog.internal;

import org.jspecify.annotations.Nullable;
import io.cascade.catalog.CourseStatus;
import io.cascade.catalog.CourseSummary;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CourseRepository extends JpaRepository<Course, Long> {

    /** Courses with their module counts in one query; a null status lists every course. */
    @Query("""
            select new io.cascade.catalog.CourseSummary(c.id, c.code, c.title, c.audience, c.status,
                c.refresherMonths, count(m.id))
            from Course c left join CourseModule m on m.courseId = c.id
            where (:status is null or c.status = :status)
            group by c.id, c.code, c.title, c.audience, c.status, c.refresherMonths
            order by c.title""")
    List<CourseSummary> findSummaries(@Param("status") @Nullable CourseStatus status);

    boolean existsByCodeIgnoreCase(String code);

    /** The course with its row locked until the transaction ends, so a version check and the write are one step. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Course c where c.id = :id")
    Optional<Course> findForUpdate(@Param("id") Long id);
}
