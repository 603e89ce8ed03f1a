package io.cascade.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.cascade.CascadeSpringTest;
import jakarta.annotation.security.PermitAll;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** A page that fails while it opens shows a friendly page with a reference, never the exception. */
@CascadeSpringTest
@WithUserDetails("trainer")
class PageFailedViewTest extends SpringBrowserlessTest {

    /** A page whose service call fails while it opens (test-only route). */
    @Route("test/page-that-fails")
    @PermitAll
    static class PageThatFails extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("deadlock on table enrolment at db-7.internal");
        }
    }

    /** A page whose service refuses the user while it opens (test-only route). */
    @Route("test/page-that-denies")
    @PermitAll
    static class PageThatDenies extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new AccessDeniedException("Access Denied");
        }
    }

    private final Logger reportLog = (Logger) LoggerFactory.getLogger(FailureReport.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listenToTheLog() {
        logged.start();
        reportLog.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        reportLog.detachAppender(logged);
    }

    @Test
    void aPageThatFailsToOpenShowsAReferenceTheLogHasAndNotTheException() {
        Component shown = navigate("test/page-that-fails", Component.class);

        assertThat(shown).isInstanceOf(PageFailedView.class);
        var page = (PageFailedView) shown;
        assertThat(page.heading.getText()).isEqualTo("This page could not be opened");
        var matcher = Pattern.compile("Something went wrong \\(ref ([0-9a-f]{8})\\)\\..*")
                .matcher(page.message.getText());
        assertThat(matcher.matches()).as(page.message.getText()).isTrue();
        assertThat(page.getElement().getOuterHTML()).doesNotContain("deadlock", "IllegalStateException", "at io.");
        assertThat(logged.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.ERROR);
            assertThat(line.getFormattedMessage()).contains("/test/page-that-fails", "ref " + matcher.group(1));
            assertThat(line.getThrowableProxy().getMessage()).contains("deadlock");
        });
    }

    @Test
    void aPageWhoseServiceRefusesTheUserSaysTheyMayNotOpenIt() {
        var page = (PageFailedView) navigate("test/page-that-denies", Component.class);

        assertThat(page.heading.getText()).isEqualTo("You cannot open this page");
        assertThat(page.message.getText()).startsWith("You are not allowed to open this page.");
        assertThat(logged.list).singleElement().satisfies(line -> assertThat(line.getLevel()).isEqualTo(Level.WARN));
    }
}
