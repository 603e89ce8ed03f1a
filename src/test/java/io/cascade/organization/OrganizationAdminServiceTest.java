package io.cascade.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import io.cascade.SignIn;
import io.cascade.audit.AuditLog;
import io.cascade.audit.AuditQuery;
import io.cascade.organization.internal.DepartmentRepository;
import io.cascade.organization.internal.UserAccount;
import io.cascade.organization.internal.UserAccountRepository;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
@WithMockUser(username = "org-admin-test", roles = "ADMIN")
class OrganizationAdminServiceTest {

    @Autowired
    OrganizationAdminService admin;
    @Autowired
    OrganizationService organization;
    @Autowired
    AccountLookup accountLookup;
    @Autowired
    AuditLog auditLog;
    @Autowired
    DepartmentRepository departments;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    SignIn signIn;

    long company;
    long hotels;
    long frontOffice;
    long reception;
    long retail;

    /** Company / Hotels / Front Office / Reception, and Company / Retail; rolled back after each test. */
    @BeforeEach
    void createTree() {
        company = admin.addDepartment("Test Co " + System.nanoTime(), null);
        hotels = admin.addDepartment("Hotels", company);
        frontOffice = admin.addDepartment("Front Office", hotels);
        reception = admin.addDepartment("Reception", frontOffice);
        retail = admin.addDepartment("Retail", company);
    }

    @Test
    void shouldMoveADepartmentWithItsWholeBranch() {
        admin.moveDepartment(frontOffice, retail);

        DepartmentNode moved = node(frontOffice);
        DepartmentNode child = node(reception);
        assertThat(moved.parentId()).isEqualTo(retail);
        assertThat(moved.path()).isEqualTo(node(retail).path() + frontOffice + "/");
        assertThat(moved.depth()).isEqualTo(2);
        assertThat(child.path()).isEqualTo(moved.path() + reception + "/");
        assertThat(child.depth()).isEqualTo(3);
        assertThat(organization.departmentTree()).extracting(DepartmentNode::id)
                .containsSubsequence(retail, frontOffice, reception);
    }

    @Test
    void shouldRefuseToMoveADepartmentUnderItsOwnSubDepartment() {
        assertThatThrownBy(() -> admin.moveDepartment(hotels, reception))
                .isInstanceOf(OrganizationChangeException.class)
                .hasMessage("Cannot move Hotels under Reception: it is one of its own sub-departments.")
                .extracting("field").isEqualTo("parentId");
        assertThatThrownBy(() -> admin.moveDepartment(hotels, hotels))
                .hasMessage("A department cannot be placed under itself.");
        assertThat(node(hotels).parentId()).isEqualTo(company);
    }

    @Test
    void shouldRefuseTwoSiblingsWithTheSameName() {
        assertThatThrownBy(() -> admin.addDepartment("front office", hotels))
                .hasMessage("There is already a department called front office at this place in the tree.");
        assertThatThrownBy(() -> admin.renameDepartment(retail, "HOTELS"))
                .isInstanceOf(OrganizationChangeException.class);
    }

    @Test
    void shouldArchiveADepartmentOnlyOnceItsMembersHaveMoved() {
        long person = admin.createPerson(person("T-ARC-1", reception, null));

        assertThatThrownBy(() -> admin.archiveDepartment(frontOffice))
                .hasMessage("Front Office still has 1 active member (including its sub-departments). Move them to "
                        + "another department first.");

        PersonForm form = admin.editablePerson(person).orElseThrow();
        admin.updatePerson(withDepartment(form, retail));
        admin.archiveDepartment(frontOffice);

        assertThat(node(frontOffice).archived()).isTrue();
        assertThat(node(reception).archived()).as("the branch is archived with it").isTrue();
        assertThatThrownBy(() -> admin.addDepartment("Concierge", frontOffice))
                .hasMessage("Front Office is archived.");
        assertThatThrownBy(() -> admin.createPerson(person("T-ARC-2", reception, null)))
                .hasMessage("Reception is archived; choose an active department.");
    }

    @Test
    void shouldRefuseAReportingCycleWithAClearMessage() {
        long boss = admin.createPerson(person("T-CYC-1", hotels, null));
        long middle = admin.createPerson(person("T-CYC-2", hotels, boss));
        long junior = admin.createPerson(person("T-CYC-3", hotels, middle));

        PersonForm bossForm = admin.editablePerson(boss).orElseThrow();
        assertThatThrownBy(() -> admin.updatePerson(withManager(bossForm, junior)))
                .isInstanceOf(OrganizationChangeException.class)
                .hasMessage("Test T-CYC-3 already reports (directly or through others) to this person, so this "
                        + "person cannot report to them.")
                .extracting("field").isEqualTo("reportsToId");
        assertThatThrownBy(() -> admin.updatePerson(withManager(bossForm, boss)))
                .hasMessage("A person cannot report to themselves.");
        assertThat(admin.editablePerson(boss).orElseThrow().reportsToId()).isNull();
    }

    @Test
    void shouldRefuseADuplicateEmployeeNumberAtItsField() {
        admin.createPerson(person("T-DUP-1", hotels, null));

        assertThatThrownBy(() -> admin.createPerson(person(" T-DUP-1 ", retail, null)))
                .isInstanceOf(OrganizationChangeException.class)
                .hasMessage("Employee number T-DUP-1 already belongs to Test T-DUP-1.")
                .extracting("field").isEqualTo("employeeNumber");
    }

    @Test
    void shouldRefuseToSaveOverSomeoneElsesChange() {
        long id = admin.createPerson(person("T-VER-1", hotels, null));
        PersonForm mine = admin.editablePerson(id).orElseThrow();
        PersonForm theirs = admin.editablePerson(id).orElseThrow();
        admin.updatePerson(withDepartment(theirs, retail));

        assertThatThrownBy(() -> admin.updatePerson(withDepartment(mine, reception)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("was changed by someone else in the meantime");
        assertThat(admin.editablePerson(id).orElseThrow().departmentId()).isEqualTo(retail);
    }

    @Test
    void shouldDeactivateALeaverKeepTheirRecordAndDisableTheirLogin() {
        long id = admin.createPerson(person("T-LEAVE-1", hotels, null));
        accounts.saveAndFlush(new UserAccount("t-leave-1", "{noop}x", id, Set.of("EMPLOYEE"), Instant.now()));

        admin.deactivatePerson(id);

        assertThat(admin.editablePerson(id)).hasValueSatisfying(form -> assertThat(form.active()).isFalse());
        assertThat(accountLookup.findCredentials("t-leave-1"))
                .hasValueSatisfying(account -> assertThat(account.enabled()).isFalse());
        assertThat(organization.countPeople(new PersonFilter("T-LEAVE-1", null, false, null, true))).isZero();
        assertThat(organization.countPeople(new PersonFilter("T-LEAVE-1", null, false, null, null))).isOne();

        admin.reactivatePerson(id);
        assertThat(accountLookup.findCredentials("t-leave-1"))
                .hasValueSatisfying(account -> assertThat(account.enabled()).isTrue());
    }

    @Test
    void shouldRecordEveryChangeWithTheStateBeforeAndAfter() {
        long id = admin.createPerson(person("T-AUD-1", hotels, null));
        admin.updatePerson(withDepartment(admin.editablePerson(id).orElseThrow(), retail));
        admin.renameDepartment(retail, "Retail Stores");

        var personEvents = auditLog.search(new AuditQuery("org-admin-test", "Person", "T-AUD-1", null, null), 0, 10);
        assertThat(personEvents).extracting(e -> e.action()).containsExactly("UPDATE", "CREATE");
        assertThat(personEvents.get(0).before()).contains("\"departmentId\":" + hotels);
        assertThat(personEvents.get(0).after()).contains("\"departmentId\":" + retail);
        assertThat(auditLog.search(new AuditQuery("org-admin-test", "Department", "Retail Stores", null, null), 0,
                10)).extracting(e -> e.summary()).containsExactly("Renamed department Retail to Retail Stores");
    }

    @Test
    void shouldRefuseOrganisationChangesToNonAdmins() {
        signIn.as("trainer");
        assertThatThrownBy(() -> admin.addDepartment("Sneaky", null)).isInstanceOf(AccessDeniedException.class);
    }

    private DepartmentNode node(long id) {
        return organization.departmentTree().stream().filter(n -> n.id() == id).findFirst().orElseThrow();
    }

    private static PersonForm person(String number, long departmentId, Long managerId) {
        return new PersonForm(null, 0, number, "Test", number.strip(), number.strip().toLowerCase() + "@test.example",
                Level.STAFF, departmentId, managerId, true);
    }

    private static PersonForm withDepartment(PersonForm form, long departmentId) {
        return new PersonForm(form.id(), form.version(), form.employeeNumber(), form.firstName(), form.lastName(),
                form.email(), form.level(), departmentId, form.reportsToId(), form.active());
    }

    private static PersonForm withManager(PersonForm form, Long managerId) {
        return new PersonForm(form.id(), form.version(), form.employeeNumber(), form.firstName(), form.lastName(),
                form.email(), form.level(), form.departmentId(), managerId, form.active());
    }
}
