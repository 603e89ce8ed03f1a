package io.cascade.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeBrowserTest;
import io.cascade.SignIn;
import io.cascade.organization.LoginFixtures;
import io.cascade.organization.LoginFixtures.Login;
import io.cascade.organization.LogoFiles;
import io.cascade.organization.LogoService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An admin in Chromium: uploads an HR file with mistakes, reads the report with its line numbers, fixes the file,
 * checks the preview, imports, and finds the new people; then brings in attendance history, and gives the
 * organisation its logo, which the shell and the sign-in page show. Someone whose password the admin reset chooses
 * their own at the next sign-in.
 */
@CascadeBrowserTest
class AdminImportJourneyTest extends BrowserJourney {

    private static final String HEADER = "employee_number,first_name,last_name,email,department_path,level,"
            + "manager_employee_number,active\n";

    @TempDir
    Path files;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LogoService logos;
    @Autowired
    LoginFixtures logins;
    @Autowired
    SignIn signIn;

    @Test
    void shouldReportTheMistakesOfAFileThenImportTheFixedOneAndShowTheNewPeople() throws Exception {
        String n = String.valueOf(System.nanoTime() % 1_000_000);
        String root = "Journey Co " + n;
        signIn("admin", "admin");
        open("admin/import");
        screenshot("admin-import-1-empty");

        upload(write("people.csv", HEADER
                + "J" + n + "-1,Jana,Journey,jana." + n + "@example.com," + root + ",MANAGER,E0001,true\n"
                + "J" + n + "-2,Kofi,Journey,kofi." + n + "@example.com," + root + "/Desk,CLERK,J" + n + "-1,true\n"
                + "J" + n + "-3,Lena,Journey,lena." + n + "@example,"  + root + "/Desk,STAFF,J" + n + "-9,true\n"));
        statusContains("has 3 problems");
        assertThat(problems()).containsExactly(
                "3 | level | Unknown level \"CLERK\". Use one of EXECUTIVE, SENIOR_LEADER, MANAGER, SUPERVISOR, STAFF.",
                "4 | email | \"lena." + n + "@example\" is not an email address.",
                "4 | manager_employee_number | Unknown manager J" + n + "-9: not in this file nor in Cascade.");
        scrollTo(By.cssSelector("vaadin-grid.import-problems"));
        assertThat(importButtons()).isEmpty();
        screenshot("admin-import-2-report");

        upload(write("people.csv", HEADER
                + "J" + n + "-1,Jana,Journey,jana." + n + "@example.com," + root + ",MANAGER,E0001,true\n"
                + "J" + n + "-2,Kofi,Journey,kofi." + n + "@example.com," + root + "/Desk,STAFF,J" + n + "-1,true\n"
                + "J" + n + "-3,Lena,Journey,lena." + n + "@example.com," + root + "/Desk,STAFF,J" + n + "-1,true\n"));
        statusContains("is ready to import");
        assertThat(counts()).contains("3 rows", "3 new", "0 changed", "2 new departments");
        assertThat(jdbc.sql("select count(*) from person where employee_number like :n").param("n", "J" + n + "-%")
                .query(Long.class).single()).as("nothing before the admin confirms").isZero();
        screenshot("admin-import-3-preview");

        click("Import 3 rows");
        statusContains("imported: 3 new, 0 changed, 0 deactivated");
        screenshot("admin-import-4-imported");

        driver.findElement(By.linkText("See the people")).click();
        wait.until(ExpectedConditions.urlContains("admin/people"));
        waitForVaadin();
        WebElement search = driver.findElement(By.cssSelector("vaadin-text-field input"));
        search.sendKeys("J" + n, Keys.TAB);
        wait.until(d -> d.findElement(By.tagName("vaadin-grid")).getText().contains("Lena Journey"));
        assertThat(driver.findElement(By.tagName("vaadin-grid")).getText()).contains("Jana Journey", "Kofi Journey",
                "Lena Journey", "Desk");
        screenshot("admin-import-5-people");
    }

    @Test
    void shouldImportAttendanceHistoryOnTheSecondTab() throws Exception {
        String code = "JA-" + System.nanoTime() % 100_000_000;
        jdbc.sql("""
                insert into course (code, title, audience, status, created_at, updated_at)
                values (:code, 'Journey History', 'ALL', 'ARCHIVED', current_timestamp, current_timestamp)""")
                .param("code", code).update();
        List<String> people = jdbc.sql("select employee_number from person where active = true order by id limit 3")
                .query(String.class).list();
        signIn("admin", "admin");
        open("admin/import");
        driver.findElement(By.linkText("Attendance history")).click();
        wait.until(ExpectedConditions.urlContains("admin/import/attendance"));
        waitForVaadin();

        upload(write("history.csv", "employee_number,course_code,session_start,status\n"
                + people.get(0) + "," + code + ",2022-05-10 09:00,PRESENT\n"
                + people.get(1) + "," + code + ",2022-05-10 09:00,LATE\n"
                + people.get(2) + "," + code + ",2022-05-10 09:00,ABSENT\n"
                + people.get(0) + "," + code + ",2022-06-14 13:30,EXCUSED\n"));
        statusContains("is ready to import");
        assertThat(counts()).contains("4 rows", "2 sessions to create", "0 existing sessions", "4 new");
        screenshot("admin-attendance-1-preview");

        click("Import 4 rows");
        statusContains("imported: 4 new");
        screenshot("admin-attendance-2-imported");
        assertThat(jdbc.sql("""
                select count(*) from enrolment e join class_session s on s.id = e.session_id
                join course c on c.id = s.course_id where c.code = :code and s.imported = true""")
                .param("code", code).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void shouldShowTheOrganisationsLogoInTheShellAndOnTheSignInPage() throws Exception {
        try {
            signIn("admin", "admin");
            open("admin/settings");
            scrollTo(By.cssSelector(".settings-logo-section"));
            screenshot("admin-settings-1-no-logo");
            uploadTo(driver.findElement(By.cssSelector(".settings-logo-section vaadin-upload")),
                    write("not-a-logo.png", "%PDF-1.4 a document, not an image"));
            wait.until(d -> d.findElement(By.cssSelector(".settings-logo-error")).isDisplayed());
            assertThat(driver.findElement(By.cssSelector(".settings-logo-error")).getText())
                    .contains("not a PNG, JPEG or SVG image");
            screenshot("admin-settings-2-not-a-logo");

            Path logo = Files.write(Files.createDirectories(files.resolve("logo")).resolve("northwind.png"),
                    LogoFiles.png(180, 60));
            uploadTo(driver.findElement(By.cssSelector(".settings-logo-section vaadin-upload")), logo);
            wait.until(d -> d.findElement(By.cssSelector(".app-brand-logo")).getDomAttribute("src")
                    .startsWith("organisation/logo?v="));
            wait.until(d -> loaded(".app-brand-logo") && loaded(".settings-logo-preview"));
            assertThat(driver.findElement(By.cssSelector(".settings-logo-preview")).getDomAttribute("src"))
                    .startsWith("organisation/logo?v=");
            scrollTo(By.cssSelector(".settings-logo-section"));
            screenshot("admin-settings-3-logo");

            signOut();
            wait.until(d -> !d.findElements(By.cssSelector(".login-organisation-logo")).isEmpty());
            assertThat(driver.findElement(By.cssSelector(".login-organisation-name")).getText())
                    .isEqualTo("Northwind Service Group");
            wait.until(d -> loaded(".login-organisation-logo"));
            screenshot("admin-login-with-logo");
        } finally {
            signIn.as("admin", logos::remove);
        }
    }

    @Test
    void shouldHaveSomeoneWhosePasswordWasResetChooseTheirOwnFirst() {
        Login login = logins.resetByAnAdmin(logins.withOneTimePassword("journey.reset", Set.of("EMPLOYEE")));
        String username = login.username();
        String oneTimePassword = login.password();

        open("login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(oneTimePassword, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".password-card")));
        waitForVaadin();
        assertThat(driver.findElements(By.cssSelector("vaadin-side-nav-item"))).as("nothing else first").isEmpty();
        open("stories");
        assertThat(driver.findElements(By.cssSelector(".password-card"))).as("from every view").isNotEmpty();
        screenshot("admin-password-1-choose");
        List<WebElement> fields = driver.findElements(By.cssSelector("vaadin-password-field input"));
        fields.get(0).sendKeys(oneTimePassword);
        fields.get(1).sendKeys("a voice that smiles");
        fields.get(2).sendKeys("a voice that smiles");
        click("Save and continue");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
        waitForVaadin();
        open("stories");
        assertThat(driver.getCurrentUrl()).as("the same session goes on, without the one-time password")
                .endsWith("/stories");
        screenshot("admin-password-2-done");
        signOut();
        signIn(username, "a voice that smiles");
        assertThat(navigationItems()).contains("My learning");
    }

    private Path write(String name, String content) throws IOException {
        Path dir = Files.createDirectories(files.resolve(String.valueOf(System.nanoTime())));
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void upload(Path file) {
        uploadTo(driver.findElement(By.cssSelector(".import-panel vaadin-upload")), file);
    }

    /** Hands a file to a vaadin-upload through its file input, as choosing it in the dialog does. */
    private void uploadTo(WebElement upload, Path file) {
        WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "const upload = arguments[0];"
                        + " return upload.querySelector('input[type=file]')"
                        + " || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));", upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private void statusContains(String text) {
        wait.until(d -> d.findElement(By.cssSelector(".import-status")).getText().contains(text));
        waitForVaadin();
    }

    /** The rows of the problem report as the admin reads them: line | column | problem. */
    private List<String> problems() {
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const grid = document.querySelector('vaadin-grid.import-problems');
                return [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                    .filter(row => !row.hidden && row.index !== undefined)
                    .sort((a, b) => a.index - b.index)
                    .map(row => [...row.querySelectorAll('td')]
                        .map(cell => cell.querySelector('slot').assignedElements()[0].textContent.trim())
                        .join(' | '));""");
        return rows;
    }

    /** Whether the image has arrived and could be decoded. */
    private boolean loaded(String image) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const img = document.querySelector(arguments[0]); return !!img && img.complete && img.naturalWidth > 0;",
                image));
    }

    private void scrollTo(By element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                driver.findElement(element));
    }

    private List<String> counts() {
        return driver.findElements(By.cssSelector(".import-count")).stream()
                .map(count -> count.getText().replace('\n', ' ').trim()).toList();
    }

    private List<WebElement> importButtons() {
        return driver.findElements(By.xpath("//vaadin-button[starts-with(normalize-space(.), 'Import ')]")).stream()
                .filter(WebElement::isDisplayed).toList();
    }

    private void click(String text) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-button[normalize-space(.)='" + text + "']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }
}
