package io.cascade.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeBrowserTest;
import io.cascade.OrganisationRows;
import io.cascade.learning.LearnerFixtures;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Emma, on her phone, takes a course with a quiz, gets her certificate, and a visitor verifies it; and she joins a
 * class once her managers have gone first, and takes its calendar file.
 */
@CascadeBrowserTest
@Import(LearnerFixtures.class)
class LearnerJourneyTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LearnerFixtures fixtures;

    @AfterEach
    void removeTheCourse() {
        if (fixtures.courseId == 0) {
            return;
        }
        new OrganisationRows(jdbc).removeCourse(fixtures.courseId);
    }

    @Test
    void shouldCompleteACourseWithAQuizOnAPhoneAndDownloadAVerifiableCertificate() throws Exception {
        fixtures.course();
        resize(390, 844);
        signIn("employee", "employee");

        open("my-learning/course/" + fixtures.courseId);
        click(button("I have read this"));
        waitForVaadin();
        click(button("2. Phone check"));
        waitForVaadin();
        click(option("vaadin-radio-button", "The customer"));
        click(option("vaadin-checkbox", "How long it takes"));
        click(option("vaadin-checkbox", "Why you hold"));
        screenshot("learner-quiz-390");
        click(button("Submit answers"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".quiz-result"),
                "Passed with"));
        click(button("3. Reflection"));
        waitForVaadin();
        driver.findElement(By.cssSelector("vaadin-text-area textarea")).sendKeys("Someone who listens first.");
        click(button("Save my answer"));
        WebElement download = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("a.certificate-download")));
        screenshot("learner-certificate-390");

        assertThat(wideElements()).as("nothing sticks out sideways on a phone").isEmpty();

        String base64 = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(buffer => {
                  let binary = ''; new Uint8Array(buffer).forEach(b => binary += String.fromCharCode(b));
                  done(btoa(binary));
                });""", download.getAttribute("href"));
        String text;
        try (var pdf = Loader.loadPDF(Base64.getDecoder().decode(base64))) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("Emma Lindqvist", "Calm on the Phone");
        Matcher code = Pattern.compile("Verification code: ([A-Z2-9-]{14})").matcher(text);
        assertThat(code.find()).isTrue();

        driver.manage().deleteAllCookies(); // a visitor without a session: the phone's drawer hides "sign out"
        open("verify/" + code.group(1));
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".verify-view"),
                "Valid certificate"));
        assertThat(driver.findElement(By.cssSelector(".verify-view")).getText()).contains("Emma Lindqvist");
    }

    @Test
    void shouldBeToldWhoGoesFirstThenJoinAClassOnAPhoneAndAddItToMyCalendar() {
        fixtures.course();
        fixtures.classIn(20, "STAFF", 12);
        resize(390, 844);
        // Emma's phone is in Tokyo (no daylight saving): the class at 09:00 UTC reads 18:00 JST
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setTimezoneOverride",
                Map.of("timezoneId", "Asia/Tokyo"));
        signIn("employee", "employee");

        open("my-learning");
        By joinButton = By.xpath("//vaadin-button[starts-with(@aria-label, 'Join Calm on the Phone')]");
        WebElement join = wait.until(ExpectedConditions.elementToBeClickable(joinButton));
        assertThat(join.getAttribute("aria-label")).endsWith(", 18:00 JST");
        scrollTo(join);
        screenshot("my-learning-join-390");
        assertThat(wideElements()).as("nothing sticks out sideways on a phone").isEmpty();

        click(join);
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".join-refusal")));
        assertThat(refusal.getText()).contains("before their staff").contains(fixtures.managersOf("employee"));
        scrollTo(refusal);
        screenshot("my-learning-refused-390");
        assertThat(wideElements()).as("nothing sticks out sideways on a phone").isEmpty();

        fixtures.trainManagersOf("employee");
        click(wait.until(ExpectedConditions.elementToBeClickable(joinButton)));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-notification-card"),
                "You have a seat in Calm on the Phone"));
        // the grid renders the cells of rows far outside the window lazily: bring my classes into view first
        scrollTo(driver.findElement(By.xpath("//h2[normalize-space(.)='Upcoming classes']")));
        WebElement calendarFile = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//a[contains(@class, 'class-ics') and starts-with(@aria-label, 'Add Calm on the Phone')]")));
        // the grid hides the row it no longer needs rather than removing it: only a shown button counts
        wait.until(d -> d.findElements(joinButton).stream().noneMatch(WebElement::isDisplayed));
        assertThat(driver.findElements(joinButton)).as("the class left the list of classes to join")
                .noneMatch(WebElement::isDisplayed);
        scrollTo(calendarFile);
        screenshot("my-learning-joined-390");
        assertThat(wideElements()).as("nothing sticks out sideways on a phone").isEmpty();

        String ics = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text()).then(done);""", calendarFile.getAttribute("href"));
        assertThat(ics).contains("BEGIN:VCALENDAR", "SUMMARY:Calm on the Phone", "LOCATION:Room 5");

        resize(1280, 800);
        open("my-learning");
        scrollTo(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//h2[normalize-space(.)='Upcoming classes']"))));
        scrollTo(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.class-ics"))));
        screenshot("my-learning-desktop");

        long standard = jdbc.sql("select id from course where code = 'SVC-100'").query(Long.class).single();
        resize(390, 844);
        open("my-learning/course/" + standard);
        WebElement stories = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".course-stories .story-card")));
        scrollTo(stories);
        screenshot("course-stories-390");
        assertThat(wideElements()).as("nothing sticks out sideways on a phone").isEmpty();
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    /** Elements of the view whose right edge lies beyond the window, e.g. "VAADIN-GRID.courses 512". */
    @SuppressWarnings("unchecked")
    private java.util.List<String> wideElements() {
        return (java.util.List<String>) ((JavascriptExecutor) driver).executeScript("""
                const width = document.documentElement.clientWidth;
                const scrollers = [...document.querySelectorAll('*')].filter(e => e.scrollLeft > 0);
                scrollers.forEach(e => e.scrollLeft = 0);
                return [...document.querySelectorAll('.view *')]
                  .filter(e => e.getBoundingClientRect().right > width + 1)
                  .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));""");
    }

    /** Scrolls the element to the middle first: on a phone most of the page is below the fold. */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        element.click();
    }

    private WebElement button(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "' or starts-with(normalize-space(.), '"
                        + text + "') or contains(normalize-space(.), '" + text + "')]")));
    }

    /** The label of a radio button or checkbox: clicking the host's empty space would not toggle it. */
    private WebElement option(String tag, String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//" + tag + "/label[contains(normalize-space(.), '" + label + "')]")));
    }
}
