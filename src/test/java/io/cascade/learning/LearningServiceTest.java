package io.cascade.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeSpringTest;
import io.cascade.SignIn;
import io.cascade.scheduling.PersonSessionItem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
@Import(LearnerFixtures.class)
class LearningServiceTest {

    @Autowired
    LearningService learning;

    @Autowired
    CoursePlayerService player;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LearnerFixtures fixtures;
    @Autowired
    SignIn signIn;

    @BeforeEach
    void emmaSignedIn() {
        fixtures.course();
        signIn.as("employee");
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
        long standard = jdbc.sql("select id from course where code = 'SVC-101'").query(Long.class).single();
        LocalDateTime thirteenMonthsAgo = LocalDateTime.now(ZoneOffset.UTC).minusMonths(13);
        jdbc.sql("insert into course_completion (person_id, course_id, completed_at) values (:p, :c, :at)")
                .param("p", fixtures.personId("employee")).param("c", standard).param("at", thirteenMonthsAgo)
                .update();

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
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into class_session (course_id, starts_at, duration_minutes, time_zone, location, capacity,
                  audience, created_at) values (:course, :start, 60, 'UTC', 'Room 3', 1, 'MIXED', :now)""")
                .param("course", fixtures.courseId).param("start", now.plusDays(7)).param("now", now).update();
        long session = jdbc.sql("select max(id) from class_session").query(Long.class).single();
        long waiting = fixtures.personId("manager");
        jdbc.sql("""
                insert into enrolment (session_id, person_id, status, waitlist_position, enrolled_at) values
                (:s, :emma, 'ENROLLED', null, :now), (:s, :waiting, 'WAITLISTED', 1, :now)""")
                .param("s", session).param("emma", fixtures.personId("employee")).param("waiting", waiting)
                .param("now", now).update();
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
