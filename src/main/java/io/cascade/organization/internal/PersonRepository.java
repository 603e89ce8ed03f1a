package io.cascade.organization.internal;

import org.jspecify.annotations.Nullable;
import io.cascade.organization.Level;
import io.cascade.organization.PersonListItem;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, Long> {

    String LIST_ITEM = """
            select new io.cascade.organization.PersonListItem(p.id, p.employeeNumber, p.firstName, p.lastName,
                p.email, p.level, d.id, d.name, m.id, concat(m.firstName, ' ', m.lastName), p.active)
            """;
    String FROM = """
            from Person p join Department d on d.id = p.departmentId left join Person m on m.id = p.reportsToId
            """;
    // pattern: lower-case '%text%' or null; subtreePath: 'path%' to include sub-departments, else null
    String FILTER = """
            where (:pattern is null or lower(concat(p.firstName, ' ', p.lastName)) like :pattern
                   or lower(p.employeeNumber) like :pattern or lower(p.email) like :pattern)
              and (:departmentId is null or d.id = :departmentId or d.treePath like :subtreePath)
              and (:level is null or p.level = :level)
              and (:active is null or p.active = :active)
            """;

    /** Sort properties must be JPQL paths on {@code p} (person), {@code d} (department) or {@code m} (manager). */
    @Query(LIST_ITEM + FROM + FILTER)
    List<PersonListItem> findListItems(@Param("pattern") @Nullable String pattern,
            @Param("departmentId") @Nullable Long departmentId, @Param("subtreePath") @Nullable String subtreePath,
            @Param("level") @Nullable Level level, @Param("active") @Nullable Boolean active, Pageable pageable);

    @Query("select count(p) " + FROM + FILTER)
    long countListItems(@Param("pattern") @Nullable String pattern, @Param("departmentId") @Nullable Long departmentId,
            @Param("subtreePath") @Nullable String subtreePath, @Param("level") @Nullable Level level,
            @Param("active") @Nullable Boolean active);

    @Query(LIST_ITEM + FROM + "where p.reportsToId = :managerId and p.active = true order by p.lastName, p.firstName")
    List<PersonListItem> findActiveDirectReports(@Param("managerId") long managerId);

    long countByReportsToIdAndActiveTrue(Long reportsToId);

    java.util.Optional<Person> findByEmployeeNumber(String employeeNumber);

    /** Active members of any department whose path starts with the prefix (a subtree). */
    @Query("select count(p) from Person p join Department d on d.id = p.departmentId "
            + "where p.active = true and d.treePath like :pathPrefix")
    long countActiveInSubtree(@Param("pathPrefix") String pathPrefix);

    @Query("select p.reportsToId from Person p where p.id = :personId")
    @Nullable Long findReportsToId(@Param("personId") long personId);

    @Query(LIST_ITEM + FROM + "where p.id = :personId")
    java.util.Optional<PersonListItem> findListItem(@Param("personId") long personId);

    boolean existsByReportsToIdAndActiveTrue(Long reportsToId);
}
