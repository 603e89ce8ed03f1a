package io.cascade.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import io.cascade.CascadeSpringTest;
import io.cascade.learning.AssignedCourse;
import io.cascade.learning.LearnerFixtures;
import io.cascade.scheduling.JoinableSession;
import io.cascade.scheduling.PersonSessionItem;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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
class MyLearningViewTest extends SpringBrowserlessTest {

    @Autowired
    LearnerFixtures fixtures;

    @BeforeEach
    void theCourse() {
        fixtures.course();
    }

    @Test
    void shouldOpenACourseInThePlayerFromMyCourses() {
        MyLearningView view = navigate(MyLearningView.class);
        int row = 0;
        while (!test(view.courses).getRow(row).code().equals("PLAY-TEST")) {
            row++;
        }
        AssignedCourse course = test(view.courses).getRow(row);
        assertThat(course.modulesRequired()).isEqualTo(3);

        test((Button) test(view.courses).getCellComponent(row, 1)).click();

        CoursePlayerView player = (CoursePlayerView) getCurrentView();
        assertThat(player.title.getText()).isEqualTo("Calm on the Phone");
    }

    @Test
    void shouldMarkAnOverdueRefresherAndListItFirst() {
        fixtures.completed("employee", fixtures.demoCourse("SVC-101"),
                LocalDateTime.now(ZoneOffset.UTC).minusMonths(14));

        MyLearningView view = navigate(MyLearningView.class);

        assertThat(test(view.courses).getRow(0).code()).isEqualTo("SVC-101");
        List<Span> texts = descendants(test(view.courses).getCellComponent(0, 0), Span.class);
        assertThat(texts).filteredOn(span -> span.hasClassName("badge")).extracting(Span::getText)
                .containsExactly("Refresher overdue");
        assertThat(texts).filteredOn(span -> span.hasClassName("course-refresher")).singleElement()
                .satisfies(span -> assertThat(span.getText()).startsWith("Refresher due "));
    }

    /** The row of the grid whose item matches, e.g. the class with a given session id. */
    static <T> int rowOf(GridTester<?, T> tester, Predicate<T> match) {
        for (int row = 0; row < tester.size(); row++) {
            if (match.test(tester.getRow(row))) {
                return row;
            }
        }
        return -1;
    }

    static <T extends Component> List<T> descendants(Component root, Class<T> type) {
        List<T> found = new ArrayList<>();
        root.getChildren().forEach(child -> {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            found.addAll(descendants(child, type));
        });
        return found;
    }

    @Test
    void shouldJoinAClassAndSeeItMoveToMyUpcomingClasses() {
        fixtures.trainManagersOf("employee");
        long session = fixtures.classIn(20, "STAFF", 10);
        MyLearningView view = navigate(MyLearningView.class);
        var joinable = test(view.joinable);
        int row = rowOf(joinable, item -> item.sessionId() == session);
        assertThat(row).isNotNegative();
        assertThat(descendants(joinable.getCellComponent(row, 0), Span.class))
                .extracting(span -> span.getText().replace('\u00a0', ' '))
                .contains("Calm on the Phone", "Room 5").anyMatch(text -> text.endsWith(" · 1 h 30 min"));
        assertThat(descendants(joinable.getCellComponent(row, 1), Span.class)).extracting(Span::getText)
                .contains("10 seats left");

        test(descendants(joinable.getCellComponent(row, 1), Button.class).getFirst()).click();

        assertThat(rowOf(test(view.joinable), item -> item.sessionId() == session)).isNegative();
        var upcoming = test(view.upcoming);
        int booked = rowOf(upcoming, item -> item.sessionId() == session);
        assertThat(booked).isNotNegative();
        assertThat(descendants(upcoming.getCellComponent(booked, 1), Span.class)).extracting(Span::getText)
                .contains("Booked");
        assertThat(descendants(upcoming.getCellComponent(booked, 1), Anchor.class)).singleElement()
                .satisfies(link -> assertThat(link.getText()).isEqualTo("Add to calendar (.ics)"));
    }

    @Test
    void shouldShowWhyTheGateRefusedMeInTheClassRowAndKeepTheRow() {
        fixtures.gateMode("BLOCK");
        long session = fixtures.classIn(20, "STAFF", 10);
        MyLearningView view = navigate(MyLearningView.class);
        int row = rowOf(test(view.joinable), item -> item.sessionId() == session);

        test(descendants(test(view.joinable).getCellComponent(row, 1), Button.class).getFirst()).click();

        int kept = rowOf(test(view.joinable), item -> item.sessionId() == session);
        assertThat(kept).isNotNegative();
        assertThat(descendants(test(view.joinable).getCellComponent(kept, 0), Span.class))
                .filteredOn(span -> span.hasClassName("join-refusal")).singleElement()
                .satisfies(reason -> assertThat(reason.getText()).contains("before their staff")
                        .contains(fixtures.managersOf("employee").getFirst()));
        assertThat(rowOf(test(view.upcoming), item -> item.sessionId() == session)).isNegative();
    }

    @Test
    void shouldOfferACalendarFileOnlyForClassesIHaveASeatIn() {
        long seated = fixtures.classIn(20, "MIXED", 10);
        fixtures.enrol(seated, fixtures.personId("employee"), "ENROLLED", null);
        long waiting = fixtures.fullClassWaitlisting("employee");

        MyLearningView view = navigate(MyLearningView.class);
        var upcoming = test(view.upcoming);

        Component seatedActions = upcoming.getCellComponent(rowOf(upcoming, item -> item.sessionId() == seated), 1);
        assertThat(descendants(seatedActions, Anchor.class)).hasSize(1);
        Component waitingActions = upcoming.getCellComponent(rowOf(upcoming, item -> item.sessionId() == waiting),
                1);
        assertThat(descendants(waitingActions, Anchor.class)).isEmpty();
        assertThat(descendants(waitingActions, Span.class)).extracting(Span::getText).contains("Waitlist #1");
    }
}
