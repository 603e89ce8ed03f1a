package io.cascade.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.cascade.CascadeBrowserTest;
import io.cascade.DemoRoutes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every view, opened in Chromium by a role that may, breaks no WCAG 2.1 A or AA rule that axe-core checks, but for the
 * violations still to mend listed in {@link #TO_MEND}: a new violation fails (issue 14). Some listed ones depend on
 * the data other tests leave (a cancelled class's grey text), so a listed rule that is absent does not fail.
 */
@CascadeBrowserTest
class AccessibilityJourneyTest extends BrowserJourney {

    static final List<DemoRoutes> ROUTES = DemoRoutes.ALL;
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Map<String, String> PASSWORDS = Map.of("admin", "admin", "trainer", "trainer",
            "executive", "executive", "manager", "manager", "employee", "employee");

    /** Route to the axe rules it still breaks, measured on the demo data; each goes when it is mended. */
    private static final Map<String, Set<String>> TO_MEND = Map.of(
            "dashboard", Set.of("aria-prohibited-attr", "color-contrast"),
            "my-learning", Set.of("aria-progressbar-name"),
            "my-learning/course/{course}", Set.of("aria-progressbar-name"),
            "courses/{course}", Set.of("aria-allowed-attr"),
            "sessions", Set.of("aria-required-children", "color-contrast"),
            "sessions/new", Set.of("aria-allowed-attr"),
            "sessions/{session}", Set.of("aria-allowed-attr"),
            "admin/import", Set.of("aria-required-children", "nested-interactive"),
            "admin/import/attendance", Set.of("aria-required-children", "nested-interactive"),
            "admin/settings", Set.of("aria-allowed-attr"));

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @FieldSource("ROUTES")
    void everyViewMeetsWcag21AA(DemoRoutes route) {
        if (!route.route().equals("login")) {
            signIn(route.username(), PASSWORDS.get(route.username()));
        }
        open(route.path(jdbc));

        List<Rule> violations = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver).getViolations();

        Set<String> toMend = TO_MEND.getOrDefault(route.route(), Set.of());
        assertThat(violations.stream().filter(rule -> !toMend.contains(rule.getId()))
                .map(AccessibilityJourneyTest::describe).collect(Collectors.joining("\n")))
                .as("new WCAG 2.1 A/AA violations on %s", route.route()).isEmpty();

    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getNodes().size() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "));
    }
}
