package io.cascade.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import io.cascade.CascadeSpringTest;
import io.cascade.DemoRoutes;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every view, opened by a role that may open it, in every language Cascade ships: no text on the page is a key the
 * bundles lack ({@code !module.key!}), and the shell around it speaks the page's language.
 */
@CascadeSpringTest
class EveryViewInEveryLanguageTest extends SpringBrowserlessTest {

    private static final Pattern MISSING_KEY = Pattern.compile("![a-z]+(\\.[A-Za-z0-9]+)+!");

    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> routesInEachLanguage() {
        return Stream.of(Language.values())
                .flatMap(language -> DemoRoutes.ALL.stream().map(route -> Arguments.of(language, route)));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("routesInEachLanguage")
    void everyTextOnTheViewIsInTheBundles(Language language, DemoRoutes route) {
        var user = users.loadUserByUsername(route.username());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        UI.getCurrent().getSession().setLocale(language.locale());
        UI.getCurrent().setLocale(language.locale());

        UI.getCurrent().navigate(route.path(jdbc));

        List<String> texts = RenderedTexts.of(UI.getCurrent(), find(Component.class).all());
        var missing = new TreeSet<String>();
        texts.stream().filter(java.util.Objects::nonNull).forEach(text -> MISSING_KEY.matcher(text).results().forEach(match -> missing.add(match.group())));
        assertThat(texts).as("the page has text").hasSizeGreaterThan(5);
        assertThat(missing).as("keys the bundles lack on %s in %s", route, language).isEmpty();
        assertThat(getCurrentView().getClass().getSimpleName()).as("the view opened, not an error page")
                .doesNotContain("PageFailed", "RouteNotFound", "AccessDenied");
    }
}
