package io.cascade.organization;

import io.cascade.CascadeSpringTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.organization.internal.Department;
import io.cascade.organization.internal.DepartmentRepository;
import io.cascade.organization.internal.Person;
import io.cascade.organization.internal.PersonRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
@WithMockUser(roles = "ADMIN")
class OrganizationServiceTest {

    @Autowired
    OrganizationService organization;
    @Autowired
    DepartmentRepository departments;
    @Autowired
    PersonRepository people;

    Department site;
    Department team;
    Person lead;

    /** A small site of its own (rolled back after each test): 1 manager and 6 staff, plus a team of 2 below. */
    @BeforeEach
    void createSite() {
        Instant now = Instant.now();
        site = departments.save(new Department("Test Site " + System.nanoTime(), now));
        site.placeUnder(null);
        team = departments.save(new Department("Test Site Team", now));
        team.placeUnder(site);
        lead = people.save(new Person("T-LEAD", "Morgan", "Testlead", "morgan@test.example", Level.MANAGER,
                site.getId(), now));
        for (int i = 1; i <= 6; i++) {
            Person staff = new Person("T-S" + i, "Sam" + i, "Teststaff", "sam" + i + "@test.example", Level.STAFF,
                    site.getId(), now);
            staff.setReportsToId(lead.getId());
            people.save(staff);
        }
        people.save(new Person("T-T1", "Tia", "Teamer", "tia@test.example", Level.STAFF, team.getId(), now));
        people.save(new Person("T-T2", "Tom", "Teamer", "tom.t@test.example", Level.STAFF, team.getId(), now));
        people.flush();
    }

    @Test
    void shouldPageThroughTheMembersOfOneDepartment() {
        PersonFilter filter = PersonFilter.inDepartment(site.getId());
        List<PersonListItem> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            seen.addAll(organization.findPeople(filter, PageRequest.of(page, 3, Sort.by("employeeNumber"))));
        }

        assertThat(organization.countPeople(filter)).isEqualTo(7);
        assertThat(seen).extracting(PersonListItem::employeeNumber)
                .containsExactly("T-LEAD", "T-S1", "T-S2", "T-S3", "T-S4", "T-S5", "T-S6");
        assertThat(seen).allSatisfy(item -> assertThat(item.departmentName()).isEqualTo(site.getName()));
        assertThat(seen.get(1).reportsToName()).isEqualTo("Morgan Testlead");
    }

    @Test
    void shouldIncludeTeamsBelowADepartmentOnlyWhenAsked() {
        PersonFilter withTeams = new PersonFilter(null, site.getId(), true, null, null);

        assertThat(organization.countPeople(withTeams)).isEqualTo(9);
        assertThat(organization.findPeople(withTeams, Pageable.unpaged())).hasSize(9);
        assertThat(organization.countPeople(PersonFilter.inDepartment(team.getId()))).isEqualTo(2);
    }

    @Test
    void shouldFindPeopleByPartOfTheirNameOrEmployeeNumberAndFilterByLevel() {
        assertThat(organization.findPeople(new PersonFilter("morgan testl", null, false, null, null),
                Pageable.unpaged())).extracting(PersonListItem::employeeNumber).containsExactly("T-LEAD");
        assertThat(organization.findPeople(new PersonFilter("t-t", null, false, null, null), Pageable.unpaged()))
                .extracting(PersonListItem::fullName).containsExactly("Tia Teamer", "Tom Teamer");
        assertThat(organization.countPeople(new PersonFilter(null, site.getId(), true, Level.STAFF, true)))
                .isEqualTo(8);
    }

    @Test
    void shouldTreatLikeWildcardsInTheSearchAsPlainText() {
        assertThat(organization.countPeople(new PersonFilter("%", site.getId(), true, null, null))).isZero();
        assertThat(organization.countPeople(new PersonFilter("_", site.getId(), true, null, null))).isZero();
    }

    @Test
    void shouldListTheDepartmentTreeParentsFirstWithPathsAndMemberCounts() {
        List<DepartmentNode> tree = organization.departmentTree();

        Map<Long, DepartmentNode> seenSoFar = new HashMap<>();
        for (DepartmentNode node : tree) {
            if (node.parentId() != null) {
                DepartmentNode parent = seenSoFar.get(node.parentId());
                assertThat(parent).as("parent of %s listed before it", node.name()).isNotNull();
                assertThat(node.path()).isEqualTo(parent.path() + node.id() + "/");
                assertThat(node.depth()).isEqualTo(parent.depth() + 1);
            } else {
                assertThat(node.depth()).isZero();
            }
            seenSoFar.put(node.id(), node);
        }
        assertThat(seenSoFar.get(site.getId()).memberCount()).isEqualTo(7);
        assertThat(seenSoFar.get(team.getId()).memberCount()).isEqualTo(2);
        assertThat(tree.indexOf(seenSoFar.get(team.getId())))
                .isEqualTo(tree.indexOf(seenSoFar.get(site.getId())) + 1);
    }

    @Test
    void shouldShowAPersonWithTheirManagerAndTeamSize() {
        PersonDetails details = organization.findPerson(lead.getId()).orElseThrow();

        assertThat(details.fullName()).isEqualTo("Morgan Testlead");
        assertThat(details.departmentPath()).isEqualTo(site.getTreePath());
        assertThat(details.directReportCount()).isEqualTo(6);
        assertThat(organization.directReports(lead.getId())).hasSize(6)
                .allSatisfy(report -> assertThat(report.reportsToId()).isEqualTo(lead.getId()));
    }

    @Test
    @WithMockUser(roles = "EMPLOYEE")
    void shouldRefuseThePeopleDirectoryToEmployees() {
        assertThatThrownBy(() -> organization.findPeople(PersonFilter.everyone(), Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organization.departmentTree())
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "manager", roles = "EMPLOYEE")
    void shouldLetAManagerSeeTheirOwnTeamButNobodyElses() {
        CurrentPersonSummary me = organization.currentPerson("manager").orElseThrow();

        assertThat(me.hasDirectReports()).isTrue();
        assertThat(organization.directReports(me.personId())).extracting(PersonListItem::fullName)
                .contains("Emma Lindqvist");
        assertThatThrownBy(() -> organization.directReports(lead.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organization.currentPerson("employee"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
