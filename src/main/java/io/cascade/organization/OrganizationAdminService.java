package io.cascade.organization;

import io.cascade.audit.AuditLog;
import io.cascade.base.i18n.Text;
import io.cascade.organization.internal.Department;
import io.cascade.organization.internal.DepartmentRepository;
import io.cascade.organization.internal.Person;
import io.cascade.organization.internal.PersonRepository;
import io.cascade.organization.internal.UserAccountRepository;
import io.cascade.security.SignIns;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to departments and people, made by admins. Each method is one transaction that either applies the whole
 * change, with its audit entry, or refuses it with an {@link OrganizationChangeException} and changes nothing.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class OrganizationAdminService {

    static final String DEPARTMENT = "Department";
    static final String PERSON = "Person";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final DepartmentRepository departments;
    private final PersonRepository people;
    private final UserAccountRepository accounts;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final SignIns signIns;
    private final Clock clock;

    OrganizationAdminService(DepartmentRepository departments, PersonRepository people,
            UserAccountRepository accounts, AuditLog auditLog, ApplicationEventPublisher events, SignIns signIns,
            Clock clock) {
        this.events = events;
        this.signIns = signIns;
        this.departments = departments;
        this.people = people;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- departments

    /** A new department under {@code parentId}, or a new root when it is null. Returns its id. */
    public long addDepartment(String name, Long parentId) {
        String cleanName = departmentName(name);
        Department parent = parentId == null ? null : activeDepartment(parentId, "parentId");
        requireUniqueName(cleanName, parentId, null);
        Department department = departments.saveAndFlush(new Department(cleanName, clock.instant()));
        department.placeUnder(parent);
        auditLog.record(DEPARTMENT, department.getId(), "CREATE", "Added department " + describe(department), null,
                snapshot(department));
        return department.getId();
    }

    public void renameDepartment(long departmentId, String name) {
        String cleanName = departmentName(name);
        Department department = department(departmentId);
        if (department.getName().equals(cleanName)) {
            return;
        }
        requireUniqueName(cleanName, department.getParentId(), department.getId());
        var before = snapshot(department);
        String oldName = department.getName();
        department.setName(cleanName);
        auditLog.record(DEPARTMENT, departmentId, "RENAME", "Renamed department " + oldName + " to " + cleanName,
                before, snapshot(department));
    }

    /**
     * Moves a department with everything below it under a new parent ({@code null}: to the top). Refused when the new
     * parent is the department itself or one of its own sub-departments, which would cut the branch off the tree.
     * <p>
     * The check holds under concurrency: the department, the new parent and the whole moving branch are read with
     * their rows locked ({@code SELECT ... FOR UPDATE}), so they are the committed, current rows. Any other move
     * that could close a cycle with this one moves the new parent or one of its ancestors, and so rewrites the new
     * parent's row, or moves something of this branch: either way the two moves take turns, and the second one
     * checks against the paths the first one wrote. When two moves each hold a row the other needs, the database
     * gives up on one of them, which is refused as a {@link ConcurrentChangeException} with nothing changed.
     */
    public void moveDepartment(long departmentId, Long newParentId) {
        try {
            moveLocked(departmentId, newParentId);
        } catch (ConcurrencyFailureException e) {
            throw new ConcurrentChangeException(Text.of("organization.concurrent.departmentTree"));
        }
    }

    private void moveLocked(long departmentId, Long newParentId) {
        Department department = departments.findForUpdate(departmentId)
                .orElseThrow(() -> new OrganizationChangeException(null, Text.of("organization.department.gone")));
        if (newParentId != null && newParentId == departmentId) {
            throw new OrganizationChangeException("parentId", Text.of("organization.department.underItself"));
        }
        Department newParent = null;
        if (newParentId != null) {
            newParent = departments.findForUpdate(newParentId)
                    .orElseThrow(() -> new OrganizationChangeException("parentId",
                            Text.of("organization.department.gone")));
            if (newParent.isArchived()) {
                throw new OrganizationChangeException("parentId",
                        Text.of("organization.department.archived", newParent.getName()));
            }
        }
        if (newParent != null && newParent.getTreePath().startsWith(department.getTreePath())) {
            throw new OrganizationChangeException("parentId", Text.of("organization.department.underOwnBranch",
                    department.getName(), newParent.getName()));
        }
        if (java.util.Objects.equals(department.getParentId(), newParentId)) {
            return;
        }
        String oldPrefix = department.getTreePath();
        List<Department> branch = departments.findBranchForUpdate(oldPrefix);
        requireUniqueName(department.getName(), newParentId, department.getId());
        var before = snapshot(department);
        String newPrefix = (newParent == null ? "/" : newParent.getTreePath()) + department.getId() + "/";
        int depthChange = (newParent == null ? 0 : newParent.getDepth() + 1) - department.getDepth();
        for (Department node : branch) {
            node.rebase(oldPrefix, newPrefix, depthChange, newParentId, node.equals(department));
        }
        // write now, inside the method, so a lost race is reported here and not at commit
        departments.flush();
        auditLog.record(DEPARTMENT, departmentId, "MOVE", "Moved department " + department.getName() + " under "
                + (newParent == null ? "the top of the organisation" : newParent.getName()), before,
                snapshot(department));
    }

    /**
     * Archives a department and its sub-departments: they stay in the records (and in past reports) but take no new
     * members. Refused while anyone active is still a member anywhere in the branch.
     */
    public void archiveDepartment(long departmentId) {
        Department department = department(departmentId);
        if (department.isArchived()) {
            return;
        }
        long members = people.countActiveInSubtree(department.getTreePath() + "%");
        if (members > 0) {
            throw new OrganizationChangeException(null, Text.of("organization.department.stillHasMembers",
                    department.getName(), members));
        }
        List<Department> branch = departments.findByTreePathStartingWithOrderByDepthAsc(department.getTreePath());
        branch.forEach(node -> node.setArchived(true));
        auditLog.record(DEPARTMENT, departmentId, "ARCHIVE", "Archived department " + department.getName()
                + (branch.size() > 1 ? " and " + (branch.size() - 1) + " sub-departments" : ""), null, null);
    }

    /** Brings an archived department back; its parent must be active. */
    public void restoreDepartment(long departmentId) {
        Department department = department(departmentId);
        if (!department.isArchived()) {
            return;
        }
        if (department.getParentId() != null && department(department.getParentId()).isArchived()) {
            throw new OrganizationChangeException(null, Text.of("organization.department.parentArchived",
                    department.getName()));
        }
        department.setArchived(false);
        auditLog.record(DEPARTMENT, departmentId, "RESTORE", "Restored department " + department.getName(), null,
                null);
    }

    // ---------------------------------------------------------------- people

    @Transactional(readOnly = true)
    public Optional<PersonForm> editablePerson(long personId) {
        return people.findById(personId).map(OrganizationAdminService::form);
    }

    /** A person for a "reports to" picker: the same row as in the people list. */
    @Transactional(readOnly = true)
    public Optional<PersonListItem> personListItem(long personId) {
        return people.findListItem(personId);
    }

    /** Creates a person from the form (its id and version are ignored) and returns the new id. */
    public long createPerson(PersonForm form) {
        PersonForm clean = validate(form, null);
        Person person = new Person(clean.employeeNumber(), clean.firstName(), clean.lastName(), clean.email(),
                clean.level(), clean.departmentId(), clock.instant());
        person.setReportsToId(clean.reportsToId());
        person.setActive(clean.active());
        person = people.saveAndFlush(person);
        events.publishEvent(new OrganizationEvent.PeopleChanged(Set.of(person.getDepartmentId())));
        auditLog.record(PERSON, person.getId(), "CREATE", "Added " + person.getFullName() + " ("
                + person.getEmployeeNumber() + ")", null, form(person));
        return person.getId();
    }

    /** Saves an edited person; refused when someone else saved them since the form was read. */
    public void updatePerson(PersonForm form) {
        if (form.id() == null) {
            throw new IllegalArgumentException("Use createPerson for a new person");
        }
        Person person = people.findById(form.id())
                .orElseThrow(() -> new OrganizationChangeException(null, Text.of("organization.person.gone")));
        if (person.getVersion() != form.version()) {
            throw new ConcurrentChangeException(Text.of("organization.concurrent.person", person.getFullName()));
        }
        PersonForm clean = validate(form, person.getId());
        PersonForm before = form(person);
        person.update(clean.employeeNumber(), clean.firstName(), clean.lastName(), clean.email(), clean.level(),
                clean.departmentId());
        person.setReportsToId(clean.reportsToId());
        if (person.isActive() != clean.active()) {
            setActive(person, clean.active());
        }
        people.flush();
        PersonForm after = form(person);
        if (!before.equals(after)) {
            events.publishEvent(new OrganizationEvent.PeopleChanged(
                    new HashSet<>(List.of(before.departmentId(), after.departmentId()))));
            auditLog.record(PERSON, person.getId(), "UPDATE", "Edited " + person.getFullName() + " ("
                    + person.getEmployeeNumber() + ")", before, after);
        }
    }

    /**
     * Marks a leaver: their records (attendance, check-ins, certificates) stay, they drop out of active lists, and
     * their login is disabled, its open sessions ended.
     */
    public void deactivatePerson(long personId) {
        changeActive(personId, false);
    }

    /** Brings a returning person back, with their login (if any) enabled again. */
    public void reactivatePerson(long personId) {
        changeActive(personId, true);
    }

    private void changeActive(long personId, boolean active) {
        Person person = people.findById(personId)
                .orElseThrow(() -> new OrganizationChangeException(null, Text.of("organization.person.gone")));
        if (person.isActive() == active) {
            return;
        }
        if (active && department(person.getDepartmentId()).isArchived()) {
            throw new OrganizationChangeException("departmentId",
                    Text.of("organization.person.reactivateInArchived"));
        }
        PersonForm before = form(person);
        setActive(person, active);
        people.flush();
        events.publishEvent(new OrganizationEvent.PeopleChanged(Set.of(person.getDepartmentId())));
        auditLog.record(PERSON, personId, active ? "REACTIVATE" : "DEACTIVATE",
                (active ? "Reactivated " : "Deactivated ") + person.getFullName() + " (" + person.getEmployeeNumber()
                        + ")" + (active ? "" : "; login disabled"), before, form(person));
    }

    private void setActive(Person person, boolean active) {
        person.setActive(active);
        accounts.findByPersonId(person.getId()).ifPresent(account -> {
            account.setEnabled(active);
            if (!active) {
                signIns.endSessionsOf(account.getUsername());
            }
        });
    }

    private PersonForm validate(PersonForm form, Long personId) {
        String employeeNumber = required(form.employeeNumber(), "employeeNumber",
                "organization.person.employeeNumber.required", 40);
        String firstName = required(form.firstName(), "firstName", "organization.person.firstName.required", 80);
        String lastName = required(form.lastName(), "lastName", "organization.person.lastName.required", 80);
        String email = required(form.email(), "email", "organization.person.email.required", 254);
        if (!EMAIL.matcher(email).matches()) {
            throw new OrganizationChangeException("email", Text.of("organization.person.email.invalid"));
        }
        if (form.level() == null) {
            throw new OrganizationChangeException("level", Text.of("organization.person.level.required"));
        }
        if (form.departmentId() == null) {
            throw new OrganizationChangeException("departmentId", Text.of("organization.person.department.required"));
        }
        Department department = departments.findById(form.departmentId())
                .orElseThrow(() -> new OrganizationChangeException("departmentId",
                        Text.of("organization.department.gone")));
        if (department.isArchived() && form.active()) {
            throw new OrganizationChangeException("departmentId",
                    Text.of("organization.person.department.archived", department.getName()));
        }
        people.findByEmployeeNumber(employeeNumber)
                .filter(other -> !other.getId().equals(personId))
                .ifPresent(other -> {
                    throw new OrganizationChangeException("employeeNumber",
                            Text.of("organization.person.employeeNumber.taken", employeeNumber, other.getFullName()));
                });
        if (form.reportsToId() != null) {
            requireNoReportingCycle(personId, form.reportsToId());
        }
        return new PersonForm(personId, form.version(), employeeNumber, firstName, lastName, email, form.level(),
                form.departmentId(), form.reportsToId(), form.active());
    }

    /** Walks up from the proposed manager; meeting the person again would make them their own (indirect) manager. */
    private void requireNoReportingCycle(Long personId, long managerId) {
        if (managerId == (personId == null ? -1 : personId)) {
            throw new OrganizationChangeException("reportsToId", Text.of("organization.person.reportsToSelf"));
        }
        Person manager = people.findById(managerId)
                .orElseThrow(() -> new OrganizationChangeException("reportsToId",
                        Text.of("organization.person.managerGone")));
        if (personId == null) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        Long current = manager.getReportsToId();
        while (current != null && seen.add(current)) {
            if (current.equals(personId)) {
                throw new OrganizationChangeException("reportsToId",
                        Text.of("organization.person.reportingCycle", manager.getFullName()));
            }
            current = people.findReportsToId(current);
        }
    }

    // ---------------------------------------------------------------- helpers

    private Department department(long id) {
        return departments.findById(id)
                .orElseThrow(() -> new OrganizationChangeException(null, Text.of("organization.department.gone")));
    }

    private Department activeDepartment(long id, String field) {
        Department department = departments.findById(id)
                .orElseThrow(() -> new OrganizationChangeException(field, Text.of("organization.department.gone")));
        if (department.isArchived()) {
            throw new OrganizationChangeException(field,
                    Text.of("organization.department.archived", department.getName()));
        }
        return department;
    }

    private void requireUniqueName(String name, Long parentId, Long exceptId) {
        long except = exceptId == null ? -1 : exceptId;
        boolean taken = parentId == null ? departments.existsByParentIdIsNullAndNameIgnoreCaseAndIdNot(name, except)
                : departments.existsByParentIdAndNameIgnoreCaseAndIdNot(parentId, name, except);
        if (taken) {
            throw new OrganizationChangeException("name", Text.of("organization.department.name.taken", name));
        }
    }

    private static String departmentName(String name) {
        String clean = required(name, "name", "organization.department.name.required", 120);
        if (clean.contains("/")) {
            throw new OrganizationChangeException("name", Text.of("organization.department.name.slash"));
        }
        return clean;
    }

    /** {@code value} stripped, or refused at {@code field} with the text of {@code requiredKey} when it is empty. */
    private static String required(String value, String field, String requiredKey, int maxLength) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new OrganizationChangeException(field, Text.of(requiredKey));
        }
        if (clean.length() > maxLength) {
            throw new OrganizationChangeException(field, Text.of("organization.field.tooLong", maxLength));
        }
        return clean;
    }

    private String describe(Department department) {
        return department.getParentId() == null ? department.getName()
                : department.getName() + " under " + department(department.getParentId()).getName();
    }

    private static Map<String, Object> snapshot(Department department) {
        var state = new LinkedHashMap<String, Object>();
        state.put("name", department.getName());
        state.put("parentId", department.getParentId());
        state.put("path", department.getTreePath());
        state.put("archived", department.isArchived());
        return state;
    }

    static PersonForm form(Person person) {
        return new PersonForm(person.getId(), person.getVersion(), person.getEmployeeNumber(), person.getFirstName(),
                person.getLastName(), person.getEmail(), person.getLevel(), person.getDepartmentId(),
                person.getReportsToId(), person.isActive());
    }
}
