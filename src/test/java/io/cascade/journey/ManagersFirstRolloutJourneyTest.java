package io.cascade.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeBrowserTest;
import io.cascade.SignIn;
import io.cascade.catalog.CourseFixtures;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A trainer runs a managers-first rollout in Chromium: schedules a managers-only session from the rollout page,
 * takes attendance once it has happened, and then opens a staff session for the department now ready for staff.
 */
@CascadeBrowserTest
class ManagersFirstRolloutJourneyTest extends BrowserJourney {

    @Autowired
    CourseFixtures courseFixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignIn signIn;

    long freshCourse() {
        return signIn.as("trainer", () -> courseFixtures.publishedCourse("JR-" + System.nanoTime() % 100_000_000,
                "Rollout Journey " + System.nanoTime() % 10_000));
    }

    /** Clicks the button with this text, scrolled into view first (the editor's save sits below the fold). */
    void click(String text) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-button[normalize-space(.)='" + text + "']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    @Test
    void shouldScheduleManagersFirstTakeAttendanceAndThenOpenTheStaffSession() {
        long course = freshCourse();
        long department = jdbc.sql("""
                select department_id from person where active = true group by department_id
                having sum(case when level = 'STAFF' then 1 else 0 end) >= 1
                   and sum(case when level <> 'STAFF' then 1 else 0 end) >= 1
                order by department_id limit 1""").query(Long.class).single();
        signIn("trainer", "trainer");

        open("rollout?course=" + course);
        assertThat(driver.findElement(By.tagName("vaadin-grid")).getText()).contains("Not started");
        screenshot("rollout-1-not-started");
        click("Schedule managers-only session");
        wait.until(ExpectedConditions.urlContains("sessions/new"));
        waitForVaadin();
        assertThat(driver.getCurrentUrl()).contains("audience=MANAGERS").contains("course=" + course);
        driver.findElements(By.cssSelector("vaadin-text-field")).stream()
                .filter(field -> "Place".equals(field.getDomProperty("label"))).findFirst().orElseThrow()
                .findElement(By.cssSelector("input")).sendKeys("Board room");
        screenshot("rollout-2-managers-session-prefilled");
        click("Save session");
        wait.until(ExpectedConditions.urlMatches(".*/sessions/[0-9]+$"));
        waitForVaadin();
        String url = driver.getCurrentUrl();
        long session = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select audience from class_session where id = :id").param("id", session)
                .query(String.class).single()).isEqualTo("MANAGERS");

        // the department's managers take their seats, and the class day comes
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into enrolment (session_id, person_id, status, enrolled_at)
                select :session, id, 'ENROLLED', :now from person
                where department_id = :department and active = true and level <> 'STAFF'""")
                .param("session", session).param("department", department).param("now", now).update();
        jdbc.sql("update class_session set starts_at = :start where id = :id").param("id", session)
                .param("start", now.minusHours(3)).update();

        open("sessions/" + session);
        click("Mark all present");
        waitForVaadin();
        screenshot("rollout-3-attendance-taken");
        List<String> marks = jdbc.sql("select attendance from enrolment where session_id = :id")
                .param("id", session).query(String.class).list();
        assertThat(marks).isNotEmpty().containsOnly("PRESENT");

        open("rollout?course=" + course);
        assertThat(driver.findElement(By.tagName("vaadin-grid")).getText()).contains("Ready for staff");
        screenshot("rollout-4-ready-for-staff");
        click("Open staff session");
        wait.until(ExpectedConditions.urlContains("sessions/new"));
        waitForVaadin();
        assertThat(driver.getCurrentUrl()).contains("audience=STAFF").contains("departments=" + department);
        screenshot("rollout-5-staff-session-prefilled");
    }
}
