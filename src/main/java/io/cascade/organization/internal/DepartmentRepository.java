package io.cascade.organization.internal;

import org.jspecify.annotations.Nullable;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

    List<Department> findAllByOrderByTreePathAsc();

    /** The department and all below it, parents first. */
    List<Department> findByTreePathStartingWithOrderByDepthAsc(String pathPrefix);

    /** The department with its row locked until the transaction ends (a current read, never a stale snapshot). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Department d where d.id = :id")
    Optional<Department> findForUpdate(@Param("id") Long id);

    /** The department and all below it, parents first, their rows locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Department d where d.treePath like concat(:pathPrefix, '%') order by d.depth, d.id")
    List<Department> findBranchForUpdate(@Param("pathPrefix") String pathPrefix);

    boolean existsByParentIdAndNameIgnoreCaseAndIdNot(Long parentId, String name, @Nullable Long id);

    boolean existsByParentIdIsNullAndNameIgnoreCaseAndIdNot(String name, @Nullable Long id);

    /** Active members per department, one row per department that has any. */
    @Query("""
            select new io.cascade.organization.internal.MemberCount(p.departmentId, count(p))
            from Person p where p.active = true group by p.departmentId""")
    List<MemberCount> countActiveMembersByDepartment();
}
