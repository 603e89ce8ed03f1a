package io.cascade.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import io.cascade.CascadeSpringTest;
import io.cascade.learning.LearnerFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
@Import(LearnerFixtures.class)
// signed in after the set-up: the UI starts as a visitor's, so no view of Emma's opens before the course exists
@WithUserDetails(value = "employee", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class StoriesViewTest extends SpringBrowserlessTest {

    @Autowired
    LearnerFixtures fixtures;

    @BeforeEach
    void theCourse() {
        fixtures.course();
    }

    @Test
    void shouldPostMyStoryAndShowItsMarkupAsPlainText() {
        StoriesView view = navigate(StoriesView.class);
        view.course.setValue(view.course.getListDataView().getItems()
                .filter(course -> course.code().equals("PLAY-TEST")).findFirst().orElseThrow());
        view.title.setValue("Kept calm");
        view.whatHappened.setValue("An angry caller <img src=x onerror=alert(1)>");
        view.whatLearned.setValue("Breathe first.");

        test(view.post).click();

        assertThat(find(Paragraph.class).withClassName("story-happened").all()).extracting(Paragraph::getText)
                .contains("An angry caller <img src=x onerror=alert(1)>");
        assertThat(view.list.getElement().getChildren().anyMatch(child -> child.getComponent()
                .filter(Html.class::isInstance).isPresent())).isFalse();
        assertThat(view.title.getValue()).as("the form is ready for the next story").isEmpty();
        assertThat(find(Button.class).withText("Feature").all()).as("staff cannot moderate").isEmpty();
    }

    @Test
    void shouldRefuseAStoryWithoutACourseAndKeepWhatWasTyped() {
        StoriesView view = navigate(StoriesView.class);
        view.title.setValue("No course");
        view.whatHappened.setValue("Something happened.");
        view.whatLearned.setValue("Something learned.");

        test(view.post).click();

        assertThat(view.title.getValue()).isEqualTo("No course");
        assertThat(find(Paragraph.class).withClassName("story-happened").all()).extracting(Paragraph::getText)
                .doesNotContain("Something happened.");
    }
}
