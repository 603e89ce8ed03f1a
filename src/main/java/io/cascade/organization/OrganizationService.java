package io.cascade.organization;

import io.cascade.organization.internal.Department;
import io.cascade.organization.internal.DepartmentRepository;
import io.cascade.organization.internal.MemberCount;
import io.cascade.organization.internal.Person;
import io.cascade.organization.internal.PersonRepository;
import io.cascade.organization.internal.UserAccountRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to departments and people: the directory admins, trainers and executives work with. */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

    /** Sortable properties of {@link PersonListItem} and the JPQL paths they sort by. */
    private static final Map<String, List<String>> SORT_PATHS = Map.of(
            "fullName", List.of("p.lastName", "p.firstName"),
            "firstName", List.of("p.firstName"),
            "lastName", List.of("p.lastName"),
            "employeeNumber", List.of("p.employeeNumber"),
            "email", List.of("p.email"),
            "level", List.of("p.level"),
            "departmentName", List.of("d.name"),
            "reportsToName", List.of("m.lastName", "m.firstName"),
            "active", List.of("p.active"));

    private final DepartmentRepository departments;
    private final PersonRepository people;
    private final UserAccountRepository accounts;

    OrganizationService(DepartmentRepository departments, PersonRepository people, UserAccountRepository accounts) {
        this.departments = departments;
        this.people = people;
        this.accounts = accounts;
    }

    /**
     * The whole department tree in depth-first order (a parent before its children, siblings by name), so a flat
     * list or a tree grid can be filled from it directly.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'TRAINER', 'EXECUTIVE')")
    public List<DepartmentNode> departmentTree() {
        Map<Long, Long> memberCounts = departments.countActiveMembersByDepartment().stream()
                .collect(Collectors.toMap(MemberCount::departmentId, MemberCount::count));
        Map<Long, List<Department>> childrenByParent = departments.findAll().stream()
                .sorted(Comparator.comparing(Department::getName, String.CASE_INSENSITIVE_ORDER))
                .collect(Collectors.groupingBy(d -> d.getParentId() == null ? 0L : d.getParentId()));
        List<DepartmentNode> tree = new ArrayList<>();
        appendSubtrees(childrenByParent.getOrDefault(0L, List.of()), childrenByParent, memberCounts, tree);
        return tree;
    }

    private static void appendSubtrees(List<Department> siblings, Map<Long, List<Department>> childrenByParent,
            Map<Long, Long> memberCounts, List<DepartmentNode> tree) {
        for (Department department : siblings) {
            tree.add(new DepartmentNode(department.getId(), department.getName(), department.getParentId(),
                    department.getDepth(), department.getTreePath(),
                    memberCounts.getOrDefault(department.getId(), 0L), department.isArchived()));
            appendSubtrees(childrenByParent.getOrDefault(department.getId(), List.of()), childrenByParent,
                    memberCounts, tree);
        }
    }

    /**
     * One page of people matching the filter. Sort by {@link PersonListItem} properties (fullName, lastName,
     * firstName, employeeNumber, email, level, departmentName, reportsToName, active); unsorted means by name.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'TRAINER', 'EXECUTIVE')")
    public List<PersonListItem> findPeople(PersonFilter filter, Pageable pageable) {
        Criteria criteria = Criteria.of(filter, departments);
        Sort sort = toJpqlSort(pageable.getSort());
        Pageable query = pageable.isUnpaged() ? Pageable.unpaged(sort)
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
        return people.findListItems(criteria.pattern(), criteria.departmentId(), criteria.subtreePath(),
                filter.level(), filter.active(), query);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'TRAINER', 'EXECUTIVE')")
    public long countPeople(PersonFilter filter) {
        Criteria criteria = Criteria.of(filter, departments);
        return people.countListItems(criteria.pattern(), criteria.departmentId(), criteria.subtreePath(),
                filter.level(), filter.active());
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'TRAINER', 'EXECUTIVE')")
    public Optional<PersonDetails> findPerson(long personId) {
        return people.findById(personId).map(person -> {
            Department department = departments.getReferenceById(person.getDepartmentId());
            String managerName = person.getReportsToId() == null ? null
                    : people.findById(person.getReportsToId()).map(Person::getFullName).orElse(null);
            return new PersonDetails(person.getId(), person.getEmployeeNumber(), person.getFirstName(),
                    person.getLastName(), person.getEmail(), person.getLevel(), department.getId(),
                    department.getName(), department.getTreePath(), person.getReportsToId(), managerName,
                    person.isActive(), people.countByReportsToIdAndActiveTrue(person.getId()));
        });
    }

    /** Active people who report directly to the given person; a person may always see their own team. */
    @PreAuthorize("hasAnyRole('ADMIN', 'TRAINER', 'EXECUTIVE') or @personAccess.isSelf(authentication, #personId)")
    public List<PersonListItem> directReports(long personId) {
        return people.findActiveDirectReports(personId);
    }

    /** The person behind an account, or empty for an account without one (a pure administrator). */
    @PreAuthorize("#username == authentication.name or hasRole('ADMIN')")
    public Optional<CurrentPersonSummary> currentPerson(String username) {
        return accounts.findByUsernameIgnoreCase(username)
                .filter(account -> account.getPersonId() != null)
                .flatMap(account -> people.findById(account.getPersonId()))
                .map(person -> new CurrentPersonSummary(person.getId(), person.getFullName(), person.getLevel(),
                        person.getDepartmentId(),
                        departments.getReferenceById(person.getDepartmentId()).getName(),
                        people.existsByReportsToIdAndActiveTrue(person.getId())));
    }

    private static Sort toJpqlSort(Sort sort) {
        Sort jpql = Sort.unsorted();
        for (Sort.Order order : sort.isSorted() ? sort : Sort.by("fullName")) {
            List<String> paths = SORT_PATHS.get(order.getProperty());
            if (paths == null) {
                throw new IllegalArgumentException("People cannot be sorted by " + order.getProperty());
            }
            jpql = jpql.and(JpaSort.unsafe(order.getDirection(), paths));
        }
        // a unique last key keeps pages stable when names repeat
        return jpql.and(JpaSort.unsafe("p.id"));
    }

    private record Criteria(String pattern, Long departmentId, String subtreePath) {

        static Criteria of(PersonFilter filter, DepartmentRepository departments) {
            String search = filter.search() == null ? "" : filter.search().strip().toLowerCase(Locale.ROOT);
            String pattern = search.isEmpty() ? null : "%" + escapeLike(search) + "%";
            String subtreePath = null;
            if (filter.departmentId() != null && filter.includeSubDepartments()) {
                subtreePath = departments.findById(filter.departmentId())
                        .map(department -> escapeLike(department.getTreePath()) + "%")
                        .orElse(null);
            }
            return new Criteria(pattern, filter.departmentId(), subtreePath);
        }

        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
