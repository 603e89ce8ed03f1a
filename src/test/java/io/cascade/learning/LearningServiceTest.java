package io.cascade.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeSpringTest;
import io.cascade.scheduling.PersonSessionItem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
@Import(LearnerFixtures.class)
@WithUserDetails("employee")
class LearningServiceTest {

    @Autowired
    LearnerFixtures fixtures;

    @Autowired
    LearningService learning;

    @Autowired
    CoursePlayerService player;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void theCourse() {
        fixtures.course();
    }

    private AssignedCourse course(String code) {
        return learning.myLearning().courses().stream().filter(course -> course.code().equals(code)).findFirst()
                .orElseThrow();
    }

    @Test
    void shouldShowProgressAsRequiredModulesDone() {
        assertThat(course("PLAY-TEST").modulesDone()).isZero();

        player.markDone(fixtures.courseId, fixtures.textId);

        AssignedCourse course = course("PLAY-TEST");
        assertThat(course.modulesDone()).isEqualTo(1);
        assertThat(course.modulesRequired()).isEqualTo(3);
        assertThat(course.isComplete()).isFalse();
    }

    @Test
    void shouldPutAnOverdueRefresherFirstWithItsDueDay() {
        LocalDateTime thirteenMonthsAgo = LocalDateTime.now(ZoneOffset.UTC).minusMonths(13);
        fixtures.completed("employee", fixtures.demoCourse("SVC-101"), thirteenMonthsAgo);

        AssignedCourse first = learning.myLearning().courses().getFirst();

        assertThat(first.code()).isEqualTo("SVC-101");
        assertThat(first.overdue()).isTrue();
        assertThat(first.isComplete()).isFalse();
        assertThat(first.refresherDueOn()).isEqualTo(LocalDate.from(thirteenMonthsAgo).plusMonths(12));
    }

    @Test
    void shouldListMyCertificatesInMyHistory() {
        player.markDone(fixtures.courseId, fixtures.textId);
        player.saveReflection(fixtures.courseId, fixtures.reflectionId, "Kindness.");
        player.submitQuiz(fixtures.courseId, fixtures.quizId, java.util.Map.of(fixtures.singleChoiceId,
                java.util.Set.of(0), fixtures.multipleChoiceId, java.util.Set.of(0, 2)));

        assertThat(learning.myLearning().certificates()).extracting(CertificateInfo::courseTitle)
                .contains("Calm on the Phone");
        assertThat(course("PLAY-TEST").isComplete()).isTrue();
    }

    @Test
    void shouldGiveMySeatToTheFirstOnTheWaitlistWhenILeaveAClass() {
        long session = fixtures.classIn(7, "MIXED", 1);
        long waiting = fixtures.personId("manager");
        fixtures.enrol(session, fixtures.personId("employee"), "ENROLLED", null);
        fixtures.enrol(session, waiting, "WAITLISTED", 1);
        assertThat(learning.myLearning().upcomingClasses()).extracting(PersonSessionItem::sessionId)
                .contains(session);

        learning.leaveClass(session);

        assertThat(learning.myLearning().upcomingClasses()).extracting(PersonSessionItem::sessionId)
                .doesNotContain(session);
        String status = jdbc.sql("select status from enrolment where session_id = :s and person_id = :p")
                .param("s", session).param("p", waiting).query(String.class).single();
        assertThat(status).isEqualTo("ENROLLED");
    }
}
