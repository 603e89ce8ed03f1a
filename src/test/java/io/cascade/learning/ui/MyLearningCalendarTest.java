package io.cascade.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.cascade.CascadeSpringTest;
import io.cascade.scheduling.CalendarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

@CascadeSpringTest
@WithUserDetails("employee")
class MyLearningCalendarTest extends SpringBrowserlessTest {

    @Autowired
    CalendarService calendar;

    @Test
    void shouldLetAnEmployeeCreateReplaceAndStopTheirCalendarLink() {
        calendar.revokeMyCalendarLink();
        MyLearningView view = AopTestUtils.getUltimateTargetObject(navigate(MyLearningView.class));
        CalendarSubscription section = view.calendar;
        assertThat(section.address.isVisible()).isFalse();

        test(section.create).click();
        String first = section.address.getValue();
        assertThat(first).matches(".*/calendar/[0-9a-f]{40}\\.ics");
        assertThat(calendar.myCalendarLinkCreatedAt()).isPresent();

        test(section.create).click();
        assertThat(section.address.getValue()).isNotEqualTo(first);

        test(section.stop).click();
        assertThat(section.address.isVisible()).isFalse();
        assertThat(calendar.myCalendarLinkCreatedAt()).isEmpty();
    }

    @Test
    void calendarAddressIsShownOnceThenOnlyWhenItWasMade() {
        calendar.regenerateMyCalendarLink();

        // a later visit: from another page, so that My learning is built anew
        navigate(StoriesView.class);
        MyLearningView view = AopTestUtils.getUltimateTargetObject(navigate(MyLearningView.class));
        CalendarSubscription section = view.calendar;

        assertThat(section.address.isVisible()).as("Cascade keeps only its hash").isFalse();
        assertThat(section.existing.getText()).startsWith("You made your calendar link on ")
                .contains("replace it");
        assertThat(section.create.getText()).isEqualTo("Replace link");
        assertThat(section.stop.isVisible()).isTrue();
        calendar.revokeMyCalendarLink();
    }
}
