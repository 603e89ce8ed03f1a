package io.cascade.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import io.cascade.SignIn;
import io.cascade.learning.LearnerFixtures;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the catalog hands to whom, with the demo's real accounts: Emma (employee, staff) reads published courses of her
 * track only, never a draft, never a quiz's answer key; Priya (trainer) reads everything she builds.
 */
@CascadeSpringTest
@Transactional
@Import(LearnerFixtures.class)
class CatalogAccessTest {

    @Autowired
    LearnerFixtures fixtures;
    @Autowired
    SignIn signIn;
    @Autowired
    CourseService courses;
    @Autowired
    CourseModuleService courseModules;
    @Autowired
    CourseDocumentService documents;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EntityManager entityManager;

    long documentId;

    @BeforeEach
    void aPublishedCourseWithAQuizAndAHandout() {
        fixtures.course();
        documentId = fixtures.handout();
        entityManager.flush();
        entityManager.clear();
    }

    /** Changes the course behind the catalog's back, as another session would, and forgets what JPA had read. */
    void course(String column, String value) {
        jdbc.sql("update course set " + column + " = :value where id = :id").param("value", value)
                .param("id", fixtures.courseId).update();
        entityManager.clear();
    }

    @Test
    void anEmployeeCannotReadOrListADraftCourse() {
        course("status", "DRAFT");
        signIn.as("employee");

        assertThat(courses.findCourse(fixtures.courseId)).isEmpty();
        assertThat(courses.listCourses()).extracting(CourseSummary::id).doesNotContain(fixtures.courseId);
        assertThat(courses.listCourses(CourseStatus.DRAFT)).isEmpty();
        assertThat(courses.listCourses(CourseStatus.ARCHIVED)).isEmpty();
    }

    @Test
    void aTrainerStillReadsAndListsTheDraft() {
        course("status", "DRAFT");
        signIn.as("trainer");

        assertThat(courses.findCourse(fixtures.courseId)).isPresent();
        assertThat(courses.listCourses(CourseStatus.DRAFT)).extracting(CourseSummary::id)
                .contains(fixtures.courseId);
        assertThat(courseModules.quizQuestions(fixtures.quizId)).hasSize(2);
    }

    @Test
    void anEmployeeCannotReadACourseOfTheOtherTrack() {
        course("audience", "LEADERSHIP");
        signIn.as("employee");

        assertThat(courses.findCourse(fixtures.courseId)).isEmpty();

        signIn.as("manager");
        assertThat(courses.findCourse(fixtures.courseId)).as("Daniel is a manager: his track").isPresent();
    }

    @Test
    void anEmployeeNeverGetsTheAnswerKeyOnlyTheQuestionsAndTheirMarking() {
        signIn.as("employee");

        assertThatThrownBy(() -> courseModules.quizQuestions(fixtures.quizId))
                .isInstanceOf(AccessDeniedException.class);
        var paper = courseModules.quizPaper(fixtures.quizId);
        assertThat(paper).extracting(QuizPaperQuestion::prompt).containsExactly("Who hangs up first?",
                "What do you say on hold?");
        assertThat(paper.getFirst().options()).containsExactly("The customer", "You", "Whoever is faster");
        var marks = courseModules.markQuiz(fixtures.quizId, Map.of(fixtures.singleChoiceId, Set.of(0),
                fixtures.multipleChoiceId, Set.of(0)));
        assertThat(marks).extracting(QuizMark::correct).containsExactly(true, false);
    }

    @Test
    void theQuizOfADraftCourseIsRefusedToAnEmployee() {
        course("status", "DRAFT");
        signIn.as("employee");

        assertThatThrownBy(() -> courseModules.quizPaper(fixtures.quizId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> courseModules.markQuiz(fixtures.quizId, Map.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEmployeeDownloadsTheHandoutOfAPublishedCourseOfTheirTrack() {
        signIn.as("employee");

        assertThat(documents.documentInfo(documentId)).hasValueSatisfying(info ->
                assertThat(info.fileName()).isEqualTo("handout.pdf"));
        assertThat(documents.documentFile(documentId).orElseThrow().content()).containsExactly(1, 2, 3);
    }

    @Test
    void theHandoutOfADraftCourseIsRefusedToAnEmployee() {
        course("status", "DRAFT");
        signIn.as("employee");

        assertThatThrownBy(() -> documents.documentFile(documentId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.documentInfo(documentId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theHandoutOfACourseOfTheOtherTrackIsRefusedToAnEmployee() {
        course("audience", "LEADERSHIP");
        signIn.as("employee");

        assertThatThrownBy(() -> documents.documentFile(documentId)).isInstanceOf(AccessDeniedException.class);
    }
}
