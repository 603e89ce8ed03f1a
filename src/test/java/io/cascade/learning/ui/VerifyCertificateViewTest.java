package io.cascade.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.cascade.CascadeSpringTest;
import io.cascade.SignIn;
import io.cascade.learning.CoursePlayerService;
import io.cascade.learning.LearnerFixtures;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

@CascadeSpringTest
@Transactional
@Import(LearnerFixtures.class)
class VerifyCertificateViewTest extends SpringBrowserlessTest {

    @Autowired
    CoursePlayerService player;

    @Autowired
    LearnerFixtures fixtures;
    @Autowired
    SignIn signIn;

    @Test
    void shouldConfirmACertificateToAVisitorWithoutSigningIn() {
        fixtures.course();
        signIn.as("employee");
        player.markDone(fixtures.courseId, fixtures.textId);
        player.saveReflection(fixtures.courseId, fixtures.reflectionId, "Warmth.");
        String code = player.submitQuiz(fixtures.courseId, fixtures.quizId,
                Map.of(fixtures.singleChoiceId, Set.of(0), fixtures.multipleChoiceId, Set.of(0, 2)))
                .certificate().code();
        signIn.asVisitor();

        VerifyCertificateView view = navigate(VerifyCertificateView.class, code);

        assertThat(view.result.getElement().getTextRecursively()).contains("Valid certificate", "Emma Lindqvist",
                "Calm on the Phone", code);
    }

    @Test
    void shouldSayWhenNoCertificateHasTheCode() {
        signIn.asVisitor();

        VerifyCertificateView view = navigate(VerifyCertificateView.class, "ZZZZ-ZZZZ-ZZZZ");

        assertThat(view.result.getElement().getTextRecursively()).contains("No certificate has this code")
                .doesNotContain("Valid");
    }
}
