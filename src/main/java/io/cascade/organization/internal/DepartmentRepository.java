package io.cascade.organization.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

    List<Department> findAllByOrderByTreePathAsc();

    /** The department and all below it, parents first. */
    List<Department> findByTreePathStartingWithOrderByDepthAsc(String pathPrefix);

    boolean existsByParentIdAndNameIgnoreCaseAndIdNot(Long parentId, String name, Long id);

    boolean existsByParentIdIsNullAndNameIgnoreCaseAndIdNot(String name, Long id);

    /** Active members per department, one row per department that has any. */
    @Query("""
            select new io.cascade.organization.internal.MemberCount(p.departmentId, count(p))
            from Person p where p.active = true group by p.departmentId""")
    List<MemberCount> countActiveMembersByDepartment();
}
