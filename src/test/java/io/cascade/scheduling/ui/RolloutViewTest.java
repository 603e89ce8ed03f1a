package io.cascade.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import io.cascade.CascadeSpringTest;
import io.cascade.catalog.CourseFixtures;
import io.cascade.scheduling.DepartmentReadiness;
import io.cascade.scheduling.SessionAudience;
import io.cascade.organization.DepartmentNode;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

@CascadeSpringTest
@WithUserDetails("trainer")
class RolloutViewTest extends SpringBrowserlessTest {

    @Autowired
    CourseFixtures courseFixtures;
    @Autowired
    JdbcClient jdbc;

    long publishedCourse() {
        return courseFixtures.publishedCourse("RO-" + System.nanoTime() % 100_000_000, "Rollout Course "
                + System.nanoTime() % 100_000);
    }

    /** A department with managers and staff whose managers all attended a class of the course years ago. */
    long departmentWithManagersTrained(long course) {
        long department = jdbc.sql("""
                select department_id from person where active = true group by department_id
                having sum(case when level = 'STAFF' then 1 else 0 end) >= 1
                   and sum(case when level <> 'STAFF' then 1 else 0 end) >= 1
                order by department_id limit 1""").query(Long.class).single();
        jdbc.sql("""
                insert into class_session (course_id, starts_at, duration_minutes, time_zone, location, capacity,
                                           audience, created_at)
                values (:course, :start, 60, 'Europe/London', 'Old room', 50, 'MANAGERS', :start)""")
                .param("course", course).param("start", LocalDateTime.of(2001, 3, 1, 9, 0)).update();
        long session = jdbc.sql("select id from class_session where course_id = :course").param("course", course)
                .query(Long.class).single();
        jdbc.sql("""
                insert into enrolment (session_id, person_id, status, attendance, enrolled_at)
                select :session, id, 'ENROLLED', 'PRESENT', :start from person
                where department_id = :department and active = true and level <> 'STAFF'""")
                .param("session", session).param("department", department)
                .param("start", LocalDateTime.of(2001, 3, 1, 9, 0)).update();
        return department;
    }

    RolloutView rollout(long course) {
        UI.getCurrent().navigate("rollout", QueryParameters.of("course", String.valueOf(course)));
        return AopTestUtils.getUltimateTargetObject(getCurrentView());
    }

    @Test
    void shouldShowEachDepartmentsReadinessAndOpenAStaffSessionWhereManagersAreTrained() {
        long course = publishedCourse();
        long department = departmentWithManagersTrained(course);

        RolloutView view = rollout(course);

        assertThat(view.course.getValue().id()).isEqualTo(course);
        List<DepartmentReadiness> rows = view.departments.getListDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(item -> item.departmentId() == department).findFirst()
                .orElseThrow());
        DepartmentReadiness ready = rows.get(row);
        assertThat(test(view.departments).getCellText(row, 1))
                .isEqualTo(ready.managers() + " / " + ready.managers());
        assertThat(test(view.departments).getCellText(row, 2)).isEqualTo("0 / " + ready.staff());
        assertThat(view.openStaff.isEnabled()).isTrue();

        test(view.openStaff).click();

        SessionEditorView editor = AopTestUtils.getUltimateTargetObject(getCurrentView());
        assertThat(editor.course.getValue().id()).isEqualTo(course);
        assertThat(editor.audience.getValue()).isEqualTo(SessionAudience.STAFF);
        assertThat(editor.departments.getValue()).extracting(DepartmentNode::id).containsExactly(department);
    }

    @Test
    void shouldPrefillAManagersOnlySessionForEveryDepartmentNotReady() {
        long course = publishedCourse();
        long trained = departmentWithManagersTrained(course);
        RolloutView view = rollout(course);
        List<Long> notReady = view.departments.getListDataView().getItems()
                .filter(DepartmentReadiness::needsManagersSession).map(DepartmentReadiness::departmentId).toList();

        test(view.scheduleManagers).click();

        SessionEditorView editor = AopTestUtils.getUltimateTargetObject(getCurrentView());
        assertThat(editor.audience.getValue()).isEqualTo(SessionAudience.MANAGERS);
        assertThat(editor.departments.getValue()).extracting(DepartmentNode::id)
                .containsExactlyInAnyOrderElementsOf(notReady).doesNotContain(trained);
    }
}
