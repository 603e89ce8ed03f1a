package io.cascade.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeBrowserTest;
import io.cascade.organization.AccountAdminService;
import io.cascade.organization.LoginFixtures;
import io.cascade.organization.LoginFixtures.Login;
import io.cascade.organization.OrganizationAdminService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sign-in page pauses a login after too many wrong passwords and says so; a tab left open on a login that an
 * admin locks, resets, strips of a role or marks as a leaver loses its access at its next request. Each test uses
 * logins made for it, never a demo account.
 */
@CascadeBrowserTest
class SignInProtectionJourneyTest extends BrowserJourney {

    @Autowired
    OrganizationAdminService organization;
    @Autowired
    AccountAdminService accounts;
    @Autowired
    LoginFixtures logins;

    @Test
    void tenWrongPasswordsOnTheSignInPagePauseTheLoginAndTheFormSaysForHowLong() {
        Login login = logins.withChosenPassword("pagepause", Set.of("EMPLOYEE"));
        for (int i = 0; i < 10; i++) {
            submit(login.username(), "wrong password " + i);
            assertThat(loginError()).containsEntry("title", "Wrong username or password");
        }

        submit(login.username(), login.password());

        assertThat(driver.getCurrentUrl()).contains("/login");
        assertThat(loginError()).containsEntry("title", "Sign-ins paused")
                .containsEntry("message", "Too many attempts; try again in 15 minutes.");
        screenshot("sign-in-paused");
    }

    static List<Arguments> revocations() {
        return List.of(
                Arguments.of("locked", (BiConsumer<AccountAdminService, Login>) (service, login) ->
                        service.lock(login.accountId())),
                Arguments.of("given a one-time password", (BiConsumer<AccountAdminService, Login>) (service, login) ->
                        service.resetPassword(login.accountId())),
                Arguments.of("stripped of the Trainer role", (BiConsumer<AccountAdminService, Login>) (service,
                        login) -> service.setRoles(login.accountId(), Set.of("EMPLOYEE"))));
    }

    @ParameterizedTest(name = "a login {0}")
    @MethodSource("revocations")
    void anOpenTabLosesItsAccessAtItsNextRequestWhenAnAdminChangesTheLogin(String change,
            BiConsumer<AccountAdminService, Login> revoke) {
        Login login = logins.withChosenPassword("tab", Set.of("TRAINER", "EMPLOYEE"));
        signIn(login.username(), login.password());

        logins.asAdmin(() -> revoke.accept(accounts, login));

        goToAnotherViewInTheOpenTab();
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
    }

    @Test
    void anOpenTabOfALeaverLosesItsAccessAtItsNextRequest() {
        Login login = logins.withChosenPassword("leaver", Set.of("TRAINER", "EMPLOYEE"));
        signIn(login.username(), login.password());

        logins.asAdmin(() -> organization.deactivatePerson(login.personId()));

        goToAnotherViewInTheOpenTab();
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
    }

    @Test
    void anOpenTabOfAnotherLoginKeepsItsAccess() {
        Login bystander = logins.withChosenPassword("bystander", Set.of("TRAINER", "EMPLOYEE"));
        Login locked = logins.withChosenPassword("lockedone", Set.of("EMPLOYEE"));
        signIn(bystander.username(), bystander.password());

        logins.asAdmin(() -> accounts.lock(locked.accountId()));

        goToAnotherViewInTheOpenTab();
        waitForVaadin();
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");
        assertThat(navigationItems()).contains("Courses");
    }

    /** A click in the menu: Vaadin navigates within the page, one request to the server on the tab's session. */
    private void goToAnotherViewInTheOpenTab() {
        List<WebElement> items = driver.findElements(By.cssSelector("vaadin-side-nav-item"));
        items.get(items.size() - 1).click();
    }

    private void submit(String username, String password) {
        open("login");
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("error"));
        waitForVaadin();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> loginError() {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                const form = document.querySelector('vaadin-login-form');
                return form.error ? {title: form.i18n.errorMessage.title, message: form.i18n.errorMessage.message}
                    : {};""");
    }
}
