package io.cascade.scheduling.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import io.cascade.CascadeSpringTest;
import io.cascade.base.imports.ImportProblem;
import io.cascade.catalog.CourseFixtures;
import io.cascade.catalog.CourseService;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

@CascadeSpringTest
@WithUserDetails("admin")
class AttendanceImportViewTest extends SpringBrowserlessTest {

    private static final String HEADER = "employee_number,course_code,session_start,status\n";

    @Autowired
    CourseFixtures fixtures;
    @Autowired
    CourseService courses;
    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldListEveryProblemThenImportTheFixedFileAfterConfirmation() throws Exception {
        String code = "AIV-" + System.nanoTime() % 100_000_000;
        long course = fixtures.publishedCourse(code, "Imported History");
        List<String> people = jdbc.sql("select employee_number from person where active = true order by id limit 2")
                .query(String.class).list();
        AttendanceImportView view = AopTestUtils.getUltimateTargetObject(navigate(AttendanceImportView.class));
        assertThat(find(Tab.class).all()).extracting(tab -> tab.getElement().getTextRecursively())
                .containsExactly("People and departments", "Attendance history");

        test(view.panel.upload()).upload("history.csv", "text/csv", (HEADER
                + people.get(0) + "," + code + ",2024-03-05 09:00,PRESENT\n"
                + people.get(1) + "," + code + ",2024-03-05 9am,PRESENT\n").getBytes(UTF_8));
        finishBackgroundWork(view);

        assertThat(test(view.panel.problems()).size()).isEqualTo(1);
        assertThat(test(view.panel.problems()).getRow(0)).extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(3, "session_start");
        assertThat(view.panel.status().getText()).contains("has 1 problem").contains("Nothing was imported");
        assertThat(view.panel.confirm().isVisible()).isFalse();

        test(view.timeZone).selectItem("Asia/Tokyo");
        test(view.panel.upload()).upload("history.csv", "text/csv", (HEADER
                + people.get(0) + "," + code + ",2024-03-05 09:00,PRESENT\n"
                + people.get(1) + "," + code + ",2024-03-05 09:00,late\n").getBytes(UTF_8));
        finishBackgroundWork(view);
        assertThat(find(Div.class).withClassName("import-count").all())
                .extracting(count -> count.getElement().getTextRecursively())
                .containsExactly("2rows", "1sessions to create", "0existing sessions", "2new", "0changed",
                        "0unchanged");
        assertThat(view.panel.confirm().getText()).isEqualTo("Import 2 rows");

        test(view.panel.confirm()).click();
        finishBackgroundWork(view);

        assertThat(view.panel.status().getText())
                .isEqualTo("history.csv imported: 2 new, 0 changed, 0 unchanged; 1 sessions created.");
        assertThat(jdbc.sql("select starts_at from class_session where course_id = :id").param("id", course)
                .query(LocalDateTime.class).single()).as("09:00 in Tokyo, stored in UTC")
                .isEqualTo(LocalDateTime.of(2024, 3, 5, 0, 0));
        // the history stays in the shared database: keep the course out of the dashboards of other tests
        courses.archive(course);
    }

    private void finishBackgroundWork(AttendanceImportView view) throws Exception {
        view.panel.pending().get(60, TimeUnit.SECONDS);
        // the background task updates the page through UI.access: run what it queued, as the next poll would
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
    }
}
