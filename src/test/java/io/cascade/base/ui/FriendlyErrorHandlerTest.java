package io.cascade.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import io.cascade.CascadeSpringTest;
import io.cascade.SignIn;
import io.cascade.catalog.Audience;
import io.cascade.catalog.CatalogRuleException;
import io.cascade.catalog.CourseService;
import io.cascade.catalog.NewCourse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@CascadeSpringTest
@WithUserDetails("trainer")
class FriendlyErrorHandlerTest extends SpringBrowserlessTest {

    private static final Pattern REFERENCE = Pattern.compile(
            "Something went wrong \\(ref ([0-9a-f]{8})\\)\\. Try again; if it persists, tell your administrator the "
                    + "reference\\.");

    @Autowired
    CourseService courses;
    @Autowired
    SignIn signIn;

    private final Logger handlerLog = (Logger) LoggerFactory.getLogger(FailureReport.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listenToTheHandlersLog() {
        logged.start();
        handlerLog.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        handlerLog.detachAppender(logged);
    }

    @Test
    void anUnexpectedFailureShowsAReferenceAndLogsTheExceptionUnderIt() {
        Component view = navigate("courses", Component.class);
        var broken = new Button("Broken", click -> {
            throw new IllegalStateException("connection pool exhausted at db-7.internal");
        });
        ((HasComponents) view).add(broken);

        clickAsTheBrowserWould(broken);

        String shown = test($(Notification.class).last()).getText();
        var matcher = REFERENCE.matcher(shown);
        assertThat(matcher.matches()).as(shown).isTrue();
        assertThat(shown).doesNotContain("pool", "IllegalStateException", "at io.cascade");
        String reference = matcher.group(1);
        assertThat(logged.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.ERROR);
            assertThat(line.getFormattedMessage()).contains("ref " + reference);
            assertThat(line.getThrowableProxy().getMessage()).isEqualTo("connection pool exhausted at db-7.internal");
        });
    }

    @Test
    void aServiceDenyingTheUserReadsAsNotAllowed() {
        long courseId = courses.createCourse(new NewCourse("ERR-" + System.nanoTime() % 10_000_000, "Calm Replies",
                null, Audience.STAFF, null, null, null, null)).id();
        navigate("courses/" + courseId, Component.class);
        // the trainer role is withdrawn while the editor is open: the view still offers Publish, the service refuses
        signIn.as("employee");

        clickAsTheBrowserWould($(Button.class).withText("Publish").single());

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("You are not allowed to do that.");
        assertThat(logged.list).singleElement().satisfies(line -> assertThat(line.getLevel()).isEqualTo(Level.WARN));
    }

    @Test
    void aRefusalNoFormCaughtIsShownAsWritten() {
        Component view = navigate("courses", Component.class);
        var refused = new Button("Refused", click -> {
            throw new CatalogRuleException(null, "The module no longer exists");
        });
        ((HasComponents) view).add(refused);

        clickAsTheBrowserWould(refused);

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("The module no longer exists");
    }

    /** What a click's listener throws goes to the session's error handler, as Vaadin does with a browser's request. */
    private void clickAsTheBrowserWould(Button button) {
        try {
            test(button).click();
        } catch (RuntimeException thrown) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown));
        }
    }
}
