package io.cascade.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeBrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An employee whose browser asks for German signs in and finds Cascade in German; she chooses French in the
 * profile menu, and Cascade stays French for her whatever her browser says.
 */
@CascadeBrowserTest
class GermanEmployeeJourneyTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Override
    String browserLanguages() {
        return "de-DE,de";
    }

    @AfterEach
    void forgetHerChoice() {
        jdbc.sql("update user_account set language = null where username = 'employee'").update();
    }

    @Test
    void anEmployeeWhoseBrowserSpeaksGermanSeesGermanAndKeepsTheLanguageSheChooses() {
        signIn("employee", "employee");

        assertThat(driver.findElement(By.cssSelector("html")).getAttribute("lang")).startsWith("de");
        assertThat(driver.findElement(By.cssSelector("vaadin-side-nav")).getText()).contains("Mein Lernen");
        assertThat(driver.findElement(By.cssSelector(".user-role")).getText()).isEqualTo("Mitarbeiter:in");
        screenshot("my-learning-de");

        driver.findElement(By.cssSelector(".language-menu vaadin-menu-bar-button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-menu-bar-item[.='Français']")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-side-nav"),
                "Ma formation"));
        waitForVaadin();

        signOut();
        signIn("employee", "employee");
        assertThat(driver.findElement(By.cssSelector("vaadin-side-nav")).getText())
                .as("her choice outlasts the session, over her browser's German").contains("Ma formation");
    }
}
