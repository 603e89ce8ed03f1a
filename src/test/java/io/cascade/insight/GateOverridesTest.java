package io.cascade.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Executives see who a trainer let in before their managers, and why. */
@CascadeSpringTest
@Transactional
class GateOverridesTest {

    @Autowired
    TrickleDownService trickleDown;

    @Autowired
    JdbcClient jdbc;

    long course;
    long enrolment;
    String staffName;

    @BeforeEach
    void aTrainerLetAStaffMemberOfCustomerCareInEarly() {
        course = jdbc.sql("select id from course where code = 'SVC-100'").query(Long.class).single();
        enrolment = jdbc.sql("""
                select e.id from enrolment e
                join class_session s on s.id = e.session_id
                join person p on p.id = e.person_id
                join department d on d.id = p.department_id
                where s.course_id = :course and d.name = 'Customer Care' and p.level = 'STAFF'
                order by e.id limit 1""").param("course", course).query(Long.class).single();
        staffName = jdbc.sql("""
                select concat(p.first_name, ' ', p.last_name) from enrolment e join person p on p.id = e.person_id
                where e.id = :id""").param("id", enrolment).query(String.class).single();
        jdbc.sql("update enrolment set gate_override = 'Peak season: the desk cannot wait', gate_override_by = 'trainer' "
                + "where id = :id").param("id", enrolment).update();
    }

    @Test
    @WithUserDetails("executive")
    void shouldListTheOverrideWithWhoLetThemInAndWhy() {
        var overrides = trickleDown.gateOverrides(TrickleDownScope.course(course), 50);

        assertThat(overrides).filteredOn(o -> o.personName().equals(staffName)).singleElement().satisfies(o -> {
            assertThat(o.departmentName()).isEqualTo("Customer Care");
            assertThat(o.overriddenBy()).isEqualTo("trainer");
            assertThat(o.reason()).isEqualTo("Peak season: the desk cannot wait");
            assertThat(o.courseTitle()).isEqualTo("The Northwind Service Standard");
        });
    }

    @Test
    @WithUserDetails("executive")
    void shouldLeaveOutOverridesOfAnotherDivision() {
        long hotels = jdbc.sql("select id from department where name = 'Hotels'").query(Long.class).single();

        assertThat(trickleDown.gateOverrides(TrickleDownScope.course(course).inDivision(hotels), 50))
                .noneMatch(o -> o.personName().equals(staffName));
    }

    @Test
    @WithUserDetails("employee")
    void shouldRefuseAnEmployee() {
        assertThatThrownBy(() -> trickleDown.gateOverrides(TrickleDownScope.course(course), 5))
                .isInstanceOf(AccessDeniedException.class);
    }
}
