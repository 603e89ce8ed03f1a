package io.cascade.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the real-browser journeys: Debian's Chromium driven by Selenium through Debian's chromedriver (both set
 * explicitly, so nothing is downloaded), headless, against the application started on a random port.
 */
abstract class BrowserJourney {

    static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        requireChromium();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,800");
        // the languages the browser asks for (Accept-Language), as a person's browser settings would
        options.addArguments("--lang=" + browserLanguages().split(",")[0]);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", browserLanguages()));
        // the browser's console, to find Content-Security-Policy violations
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        // Vaadin re-renders parts of the page: an element found a moment ago may be replaced; look again
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** The browser's languages, most preferred first; a journey in another language overrides it. */
    String browserLanguages() {
        return "en-US,en";
    }

    /** Skipped with a loud message on a developer machine without Chromium; a failure on CI. */
    private static void requireChromium() {
        if (Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER))) {
            return;
        }
        String message = "Chromium or chromedriver missing (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): install Debian's chromium and chromium-driver, or run bash .ci/run";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message);
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
    }

    /** Every journey also shows that Cascade's Content-Security-Policy lets Vaadin (and the charts) work. */
    @AfterEach
    void stopBrowser() {
        if (driver == null) {
            return;
        }
        try {
            List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy")
                            || message.contains("Content-Security-Policy"))
                    .toList();
            if (!violations.isEmpty()) {
                throw new AssertionError("The page broke its Content-Security-Policy:\n"
                        + String.join("\n", violations));
            }
        } finally {
            driver.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    void open(String path) {
        driver.get(url(path));
        waitForVaadin();
    }

    void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    void signIn(String username, String password) {
        open("login");
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
        waitForVaadin();
    }

    void signOut() {
        driver.findElement(By.cssSelector(".user-footer vaadin-button")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    List<String> navigationItems() {
        return driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(item -> item.getText().trim())
                .toList();
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a screenshot under target/screenshots so a person can look at what the journey saw. */
    Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("Could not save screenshot " + name, e);
        }
    }
}
