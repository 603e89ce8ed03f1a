package io.cascade.organization.internal;

import org.jspecify.annotations.Nullable;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    Optional<UserAccount> findByPersonId(Long personId);

    /** Logins holding the role (a bare name of {@code Roles}), locked ones included. */
    @org.springframework.data.jpa.repository.Query("select count(a) from UserAccount a join a.roles r where r = :role")
    long countByRole(@org.springframework.data.repository.query.Param("role") String role);

    /** Accounts whose username, or whose person's name or employee number, contains the pattern (lower case). */
    @org.springframework.data.jpa.repository.Query("""
            select a from UserAccount a left join Person p on p.id = a.personId
            where :pattern is null or lower(a.username) like :pattern
               or lower(concat(p.firstName, ' ', p.lastName)) like :pattern or lower(p.employeeNumber) like :pattern
            """)
    java.util.List<UserAccount> search(@org.springframework.data.repository.query.Param("pattern") @Nullable String pattern,
            org.springframework.data.domain.Pageable pageable);

    @org.springframework.data.jpa.repository.Query("""
            select count(a) from UserAccount a left join Person p on p.id = a.personId
            where :pattern is null or lower(a.username) like :pattern
               or lower(concat(p.firstName, ' ', p.lastName)) like :pattern or lower(p.employeeNumber) like :pattern
            """)
    long countSearch(@org.springframework.data.repository.query.Param("pattern") @Nullable String pattern);
}
