package io.cascade.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import io.cascade.CascadeSpringTest;
import io.cascade.learning.AssignedCourse;
import io.cascade.learning.LearnerFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
class MyLearningViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    LearnerFixtures fixtures;

    @BeforeEach
    void emmaSignedIn() {
        fixtures = new LearnerFixtures(jdbc, users).course();
        fixtures.signInAs("employee");
    }

    @AfterEach
    void signOut() {
        LearnerFixtures.forget();
    }

    @Test
    void shouldOpenACourseInThePlayerFromMyCourses() {
        MyLearningView view = navigate(MyLearningView.class);
        int row = 0;
        while (!test(view.courses).getRow(row).code().equals("PLAY-TEST")) {
            row++;
        }
        AssignedCourse course = test(view.courses).getRow(row);
        assertThat(course.modulesRequired()).isEqualTo(3);

        test((Button) test(view.courses).getCellComponent(row, 3)).click();

        CoursePlayerView player = (CoursePlayerView) getCurrentView();
        assertThat(player.title.getText()).isEqualTo("Calm on the Phone");
    }

    @Test
    void shouldMarkAnOverdueRefresherAndListItFirst() {
        long standard = jdbc.sql("select id from course where code = 'SVC-101'").query(Long.class).single();
        jdbc.sql("insert into course_completion (person_id, course_id, completed_at) "
                + "values (:p, :c, date_sub(current_timestamp, interval 14 month))")
                .param("p", fixtures.personId("employee")).param("c", standard).update();

        MyLearningView view = navigate(MyLearningView.class);

        assertThat(test(view.courses).getRow(0).code()).isEqualTo("SVC-101");
        assertThat(((Span) test(view.courses).getCellComponent(0, 1)).getText()).isEqualTo("Refresher overdue");
        assertThat(test(view.courses).getCellText(0, 2)).startsWith("Due ");
    }
}
