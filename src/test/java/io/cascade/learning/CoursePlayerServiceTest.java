package io.cascade.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cascade.CascadeSpringTest;
import io.cascade.SignIn;
import io.cascade.learning.QuizResult.QuestionFeedback;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Emma Lindqvist (employee) takes "Calm on the Phone"; her manager Daniel Okafor tries to look at her work. */
@CascadeSpringTest
@Transactional
@Import(LearnerFixtures.class)
@WithUserDetails("employee")
class CoursePlayerServiceTest {

    @Autowired
    LearnerFixtures fixtures;
    @Autowired
    SignIn signIn;

    @Autowired
    CoursePlayerService player;

    @Autowired
    CertificateService certificates;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void theCourse() {
        fixtures.course();
    }

    private Map<Long, Set<Integer>> allRight() {
        return Map.of(fixtures.singleChoiceId, Set.of(0), fixtures.multipleChoiceId, Set.of(0, 2));
    }

    private Map<Long, Set<Integer>> allWrong() {
        return Map.of(fixtures.singleChoiceId, Set.of(1), fixtures.multipleChoiceId, Set.of(0));
    }

    private CertificateInfo completeTheCourse() {
        player.markDone(fixtures.courseId, fixtures.textId);
        player.saveReflection(fixtures.courseId, fixtures.reflectionId, "To be listened to.");
        QuizResult result = player.submitQuiz(fixtures.courseId, fixtures.quizId, allRight());
        assertThat(result.certificate()).as("passing the last module completes the course").isNotNull();
        return result.certificate();
    }

    @Test
    void shouldStartAtTheFirstModuleAndRenderTheTextAsSafeHtml() {
        CoursePlayer course = player.open(fixtures.courseId);

        assertThat(course.resumeModuleId()).isEqualTo(fixtures.textId);
        assertThat(course.requiredDone()).isZero();
        assertThat(course.requiredTotal()).isEqualTo(3);
        String html = course.modules().getFirst().bodyHtml();
        assertThat(html).contains("<strong>twice</strong>").doesNotContain("<script>");
    }

    @Test
    void shouldKeepProgressAndResumeWhereILeftAfterSigningInAgain() {
        player.markDone(fixtures.courseId, fixtures.textId);
        player.openModule(fixtures.courseId, fixtures.quizId);
        signIn.out();

        signIn.as("employee");
        CoursePlayer course = player.open(fixtures.courseId);

        assertThat(course.resumeModuleId()).isEqualTo(fixtures.quizId);
        assertThat(course.modules()).extracting(PlayerModule::done).containsExactly(true, false, false);
    }

    @Test
    void shouldSendTheQuizWithoutAnyHintOfTheCorrectAnswers() {
        QuizState quiz = player.open(fixtures.courseId).modules().get(1).quiz();

        assertThat(quiz.questions()).extracting(QuizState.Question::options)
                .containsExactly(java.util.List.of("The customer", "You", "Whoever is faster"),
                        java.util.List.of("How long it takes", "Nothing", "Why you hold"));
        assertThat(componentNames(QuizState.class)).doesNotContain("correct");
        assertThat(componentNames(QuizState.Question.class)).containsExactly("id", "prompt", "multipleChoice",
                "options");
        assertThat(componentNames(PlayerModule.class)).noneMatch(name -> name.toLowerCase().contains("correct"));
    }

    private static java.util.List<String> componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    @Test
    void shouldScoreTheQuizOnTheServerWithFeedbackPerQuestion() {
        QuizResult half = player.submitQuiz(fixtures.courseId, fixtures.quizId,
                Map.of(fixtures.singleChoiceId, Set.of(0), fixtures.multipleChoiceId, Set.of(0)));

        assertThat(half.scorePercent()).isEqualTo(50);
        assertThat(half.passed()).as("50% meets the pass mark of 50%").isTrue();
        assertThat(half.feedback()).extracting(QuestionFeedback::correct).containsExactly(true, false);
        assertThat(player.open(fixtures.courseId).modules().get(1).done()).isTrue();
    }

    @Test
    void shouldLetMeRetryUntilTheAttemptsAreUsedUp() {
        QuizResult first = player.submitQuiz(fixtures.courseId, fixtures.quizId, allWrong());
        assertThat(first.passed()).isFalse();
        assertThat(first.scorePercent()).isZero();
        assertThat(first.attemptsLeft()).isEqualTo(1);

        QuizResult second = player.submitQuiz(fixtures.courseId, fixtures.quizId, Map.of());
        assertThat(second.attemptsLeft()).isZero();
        assertThat(player.open(fixtures.courseId).modules().get(1).quiz().canAttempt()).isFalse();

        assertThatThrownBy(() -> player.submitQuiz(fixtures.courseId, fixtures.quizId, allRight()))
                .isInstanceOf(LearningRuleException.class).hasMessageContaining("used all 2 attempts");
    }

    @Test
    void shouldCompleteTheCourseWithARowForAnalyticsAndAPdfCertificate() throws Exception {
        CertificateInfo certificate = completeTheCourse();

        long completions = jdbc.sql("select count(*) from course_completion where person_id = :p and course_id = :c")
                .param("p", fixtures.personId("employee")).param("c", fixtures.courseId).query(Long.class).single();
        assertThat(completions).isEqualTo(1);
        assertThat(certificate.personName()).isEqualTo("Emma Lindqvist");
        assertThat(certificate.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        CoursePlayer course = player.open(fixtures.courseId);
        assertThat(course.complete()).isTrue();
        assertThat(course.certificate()).isEqualTo(certificate);

        byte[] pdf = certificates.myCertificatePdf(certificate.code());
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Emma Lindqvist", "Calm on the Phone", certificate.code(),
                    "Certificate of completion");
        }
        assertThat(certificates.myCertificates()).contains(certificate);
    }

    @Test
    void shouldWaitForAnAttendedClassWhenTheCourseHasClasses() {
        long session = fixtures.classYesterdayWith("employee");
        player.markDone(fixtures.courseId, fixtures.textId);
        player.saveReflection(fixtures.courseId, fixtures.reflectionId, "Patience.");
        QuizResult passed = player.submitQuiz(fixtures.courseId, fixtures.quizId, allRight());

        assertThat(passed.certificate()).as("modules alone are not enough").isNull();
        assertThat(player.open(fixtures.courseId).complete()).isFalse();

        fixtures.markAttendance(session, "employee", "ABSENT");
        assertThat(player.open(fixtures.courseId).complete()).isFalse();

        fixtures.markAttendance(session, "employee", "LATE");
        CoursePlayer course = player.open(fixtures.courseId);
        assertThat(course.attendedClass()).isTrue();
        assertThat(course.complete()).isTrue();
        assertThat(course.certificate()).isNotNull();
    }

    @Test
    void shouldConfirmACertificateToAVisitorWhoIsNotSignedIn() {
        CertificateInfo certificate = completeTheCourse();
        signIn.asVisitor();

        assertThat(certificates.verify(certificate.code().toLowerCase().replace("-", ""))).contains(certificate);
        assertThat(certificates.verify("AAAA-BBBB-CCCC")).isEmpty();
        assertThatThrownBy(() -> certificates.myCertificatePdf(certificate.code()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldKeepMyAnswersAndCertificatesFromOtherLearnersIncludingMyManager() {
        CertificateInfo certificate = completeTheCourse();

        signIn.as("manager");
        assertThatThrownBy(() -> certificates.myCertificatePdf(certificate.code()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(certificates.myCertificates()).extracting(CertificateInfo::code).doesNotContain(certificate.code());
        CoursePlayer managersView = player.open(fixtures.courseId);
        assertThat(managersView.modules().get(2).reflectionAnswer()).isNull();
        assertThat(managersView.modules()).noneMatch(PlayerModule::done);
        assertThat(managersView.certificate()).isNull();
    }

    @Test
    void shouldRefuseACourseOutsideMyTrack() {
        long leadership = fixtures.demoCourse("LEAD-101");

        assertThatThrownBy(() -> player.open(leadership)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldRefuseAnEmptyReflection() {
        assertThatThrownBy(() -> player.saveReflection(fixtures.courseId, fixtures.reflectionId, "   "))
                .isInstanceOf(LearningRuleException.class).hasMessage("Write your answer first");
    }
}
