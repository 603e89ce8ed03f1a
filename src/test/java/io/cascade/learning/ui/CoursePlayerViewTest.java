package io.cascade.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.dom.Element;
import io.cascade.CascadeSpringTest;
import io.cascade.learning.LearnerFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
@Import(LearnerFixtures.class)
// signed in after the set-up: the UI starts as a visitor's, so no view of Emma's opens before the course exists
@WithUserDetails(value = "employee", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class CoursePlayerViewTest extends SpringBrowserlessTest {

    @Autowired
    LearnerFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void theCourse() {
        fixtures.course();
    }

    @Test
    void shouldShowTheFirstModuleRenderedAndCountItOnceRead() {
        CoursePlayerView view = navigate(CoursePlayerView.class, fixtures.courseId);

        assertThat(view.title.getText()).isEqualTo("Calm on the Phone");
        Html text = find(Html.class).single();
        assertThat(text.getInnerHtml()).contains("<strong>twice</strong>").doesNotContain("<script");
        assertThat(view.progressText.getText()).startsWith("0 of 3");

        test(view.doneButton).click();

        assertThat(view.progressText.getText()).startsWith("1 of 3");
        assertThat(view.moduleButtons.getFirst().getText()).startsWith("✓");
    }

    @Test
    void shouldSendOnlyTheOptionLabelsOfAQuizToTheBrowser() {
        CoursePlayerView view = navigate(CoursePlayerView.class, fixtures.courseId);
        test(view.moduleButtons.get(1)).click();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> single = find(RadioButtonGroup.class).single();
        @SuppressWarnings("unchecked")
        CheckboxGroup<Integer> multiple = find(CheckboxGroup.class).single();
        assertThat(single.getListDataView().getItems().toList()).containsExactly(0, 1, 2);
        assertThat(multiple.getListDataView().getItems().toList()).containsExactly(0, 1, 2);
        List<String> sentToBrowser = new ArrayList<>();
        collect(view.getElement(), sentToBrowser);
        assertThat(sentToBrowser).noneMatch(text -> text.toLowerCase().contains("correct"));
    }

    /** Every attribute and property name and value of the element tree: what the browser could see. */
    private static void collect(Element element, List<String> out) {
        element.getAttributeNames().forEach(name -> out.add(name + "=" + element.getAttribute(name)));
        element.getPropertyNames().forEach(name -> out.add(name + "=" + element.getProperty(name)));
        element.getChildren().forEach(child -> collect(child, out));
    }

    @Test
    void shouldShowMyScoreAndWhichQuestionsWereRightAfterSubmitting() {
        CoursePlayerView view = navigate(CoursePlayerView.class, fixtures.courseId);
        test(view.moduleButtons.get(1)).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> single = find(RadioButtonGroup.class).single();
        @SuppressWarnings("unchecked")
        CheckboxGroup<Integer> multiple = find(CheckboxGroup.class).single();
        single.setValue(1);
        multiple.setValue(Set.of(0, 2));

        test(view.submitQuiz).click();

        assertThat(view.quizResult.getElement().getTextRecursively()).contains("Passed with 50%");
        assertThat(find(Paragraph.class).withClassName("feedback-wrong").single().getText())
                .contains("Who hangs up first?");
        assertThat(find(Paragraph.class).withClassName("feedback-right").single().getText())
                .contains("What do you say on hold?");
        assertThat(view.progressText.getText()).startsWith("1 of 3");
    }

    @Test
    void shouldOfferTheCertificateOnceTheLastModuleIsDone() {
        CoursePlayerView view = navigate(CoursePlayerView.class, fixtures.courseId);
        test(view.doneButton).click();
        test(view.moduleButtons.get(1)).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> single = find(RadioButtonGroup.class).single();
        single.setValue(0);
        test(view.submitQuiz).click();
        test(view.moduleButtons.get(2)).click();
        assertThat(view.completion.isVisible()).isFalse();

        view.reflection.setValue("Someone who listens.");
        test(view.saveReflection).click();

        assertThat(view.completion.isVisible()).isTrue();
        assertThat(find(Anchor.class).withClassName("certificate-download").single().getText())
                .isEqualTo("Download certificate (PDF)");
        assertThat(view.progressText.getText()).startsWith("3 of 3");
    }

    void story(long courseId, String title, boolean featured, boolean hidden) {
        jdbc.sql("""
                insert into service_story (author_id, course_id, department_id, kind, title, what_happened,
                  what_learned, featured, hidden, created_at)
                select p.id, :course, p.department_id, 'SUCCESS', :title, 'A guest called <b>twice</b>.',
                  'Listen first.', :featured, :hidden, current_timestamp from person p where p.id = :author""")
                .param("course", courseId).param("title", title).param("featured", featured)
                .param("hidden", hidden).param("author", fixtures.personId("manager")).update();
    }

    @Test
    void shouldShowTheFeaturedStoriesOfThisCourseOnly() {
        long other = fixtures.demoCourse("SVC-101");
        story(fixtures.courseId, "The calm caller", true, false);
        story(fixtures.courseId, "Not featured", false, false);
        story(fixtures.courseId, "Featured then hidden", true, true);
        story(other, "Another course", true, false);

        CoursePlayerView view = navigate(CoursePlayerView.class, fixtures.courseId);

        assertThat(view.stories.isVisible()).isTrue();
        List<String> titles = view.stories.getChildren().flatMap(child -> child.getChildren())
                .filter(H3.class::isInstance).map(title -> ((H3) title).getText()).toList();
        assertThat(titles).containsExactly("The calm caller");
        assertThat(view.stories.getElement().getTextRecursively()).contains("A guest called <b>twice</b>.")
                .contains("Learned: Listen first.").contains("Daniel Okafor");
    }

    @Test
    void shouldLeaveTheStoriesOutWhenNoneIsFeatured() {
        story(fixtures.courseId, "Not featured", false, false);

        CoursePlayerView view = navigate(CoursePlayerView.class, fixtures.courseId);

        assertThat(view.stories.isVisible()).isFalse();
    }
}
