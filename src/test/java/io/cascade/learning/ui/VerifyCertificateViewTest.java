package io.cascade.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.cascade.CascadeSpringTest;
import io.cascade.learning.CoursePlayerService;
import io.cascade.learning.LearnerFixtures;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
class VerifyCertificateViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CoursePlayerService player;

    @AfterEach
    void signOut() {
        LearnerFixtures.forget();
    }

    @Test
    void shouldConfirmACertificateToAVisitorWithoutSigningIn() {
        var fixtures = new LearnerFixtures(jdbc, users).course();
        fixtures.signInAs("employee");
        player.markDone(fixtures.courseId, fixtures.textId);
        player.saveReflection(fixtures.courseId, fixtures.reflectionId, "Warmth.");
        String code = player.submitQuiz(fixtures.courseId, fixtures.quizId,
                Map.of(fixtures.singleChoiceId, Set.of(0), fixtures.multipleChoiceId, Set.of(0, 2)))
                .certificate().code();
        fixtures.signOut();

        VerifyCertificateView view = navigate(VerifyCertificateView.class, code);

        assertThat(view.result.getElement().getTextRecursively()).contains("Valid certificate", "Emma Lindqvist",
                "Calm on the Phone", code);
    }

    @Test
    void shouldSayWhenNoCertificateHasTheCode() {
        new LearnerFixtures(jdbc, users).signOut();

        VerifyCertificateView view = navigate(VerifyCertificateView.class, "ZZZZ-ZZZZ-ZZZZ");

        assertThat(view.result.getElement().getTextRecursively()).contains("No certificate has this code")
                .doesNotContain("Valid");
    }
}
