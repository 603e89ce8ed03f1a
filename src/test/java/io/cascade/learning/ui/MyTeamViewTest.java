package io.cascade.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import io.cascade.CascadeSpringTest;
import io.cascade.learning.TeamMember;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@CascadeSpringTest
class MyTeamViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("manager")
    void shouldShowTheManagersReportsWithTheirTrainingPerCourse() {
        MyTeamView view = navigate(MyTeamView.class);

        assertThat(test(view.team).size()).isEqualTo(7);
        assertThat(find(Span.class).withClassName("figure-label").all()).extracting(Span::getText)
                .contains("Champion rate", "Check-ins due", "Overdue", "Direct reports");
        int emma = 0;
        while (!test(view.team).getRow(emma).name().equals("Emma Lindqvist")) {
            emma++;
        }
        TeamMember row = test(view.team).getRow(emma);
        assertThat(row.standings()).isNotEmpty();
        assertThat(test(view.team).getCellText(emma, 0)).isEqualTo("Emma Lindqvist");
    }

    @Test
    @WithUserDetails("manager")
    void shouldKeepTheCheckInDialogOpenWithAMessageAtTheDateWhenNoDayIsGiven() {
        MyTeamView view = navigate(MyTeamView.class);
        assertThat(test(view.checkIns).size()).as("the demo manager owes check-ins").isPositive();

        var logButton = (Button) test(view.checkIns).getCellComponent(0, 4);
        assertThat(logButton.getText()).isEqualTo("Log check-in");
        test(logButton).click();
        CheckInDialog dialog = find(CheckInDialog.class).single();
        assertThat(dialog.occurredOn.getMax()).as("no future day can be picked")
                .isEqualTo(LocalDate.now(ZoneOffset.UTC));
        dialog.occurredOn.clear();
        test(dialog.save).click();

        assertThat(dialog.occurredOn.isInvalid()).isTrue();
        assertThat(dialog.occurredOn.getErrorMessage()).isEqualTo("Enter the day of the check-in");
        assertThat(dialog.isOpened()).isTrue();
    }
}
