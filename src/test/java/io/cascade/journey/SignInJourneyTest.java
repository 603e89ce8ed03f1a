package io.cascade.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeBrowserTest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * Each demo account signs in through the real login page in Chromium and sees exactly the navigation of its role.
 */
@CascadeBrowserTest
class SignInJourneyTest extends BrowserJourney {

    static List<Arguments> demoAccounts() {
        return List.of(
                Arguments.of("admin", "Admin", List.of("Dashboard", "Courses", "Class sessions", "Rollout", "Departments",
                        "People", "Accounts", "HR import", "Settings", "Audit log")),
                Arguments.of("trainer", "Trainer", List.of("My learning", "My team", "Stories", "Courses", "Class sessions",
                        "Rollout")),
                Arguments.of("executive", "Executive", List.of("Dashboard", "My learning", "My team", "Stories")),
                Arguments.of("manager", "Manager", List.of("My learning", "My team", "Stories")),
                Arguments.of("employee", "Employee", List.of("My learning", "Stories")));
    }

    @ParameterizedTest(name = "{0} sees {2}")
    @MethodSource("demoAccounts")
    void shouldShowEachRoleOnlyItsOwnNavigation(String username, String roleLabel, List<String> navigation) {
        open("login");
        screenshot("login");
        signIn(username, username);

        assertThat(navigationItems()).containsExactlyElementsOf(navigation);
        assertThat(driver.findElement(By.cssSelector(".user-role")).getText()).isEqualTo(roleLabel);
        screenshot("sign-in-" + username);
        if (navigation.contains("Settings")) {
            open("admin/settings");
            screenshot("settings-" + username);
        }
        if (navigation.contains("My team")) {
            open("my-team");
            wait.until(d -> !d.findElements(By.cssSelector(".figure-card")).isEmpty());
            screenshot("my-team-" + username);
        }

        signOut();
        assertThat(driver.getCurrentUrl()).contains("/login");
    }
}
