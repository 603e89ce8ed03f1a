package io.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import io.cascade.CascadeSpringTest;
import io.cascade.SignIn;
import io.cascade.security.ui.LoginView;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route against every demo role and an anonymous visitor: "login" means the visitor is sent to sign in,
 * "yes" that the view opens, "no" that access is denied.
 */
@CascadeSpringTest
class AuthorizationMatrixTest extends SpringBrowserlessTest {

    private static final List<String> USERS = List.of("admin", "trainer", "executive", "manager", "employee");

    @Autowired
    SignIn signIn;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', useHeadersInDisplayName = false, textBlock = """
            # route           | anonymous | admin | trainer | executive | manager | employee
            dashboard         | login     | yes   | no      | yes       | no      | no
            my-learning       | login     | no    | yes     | yes       | yes     | yes
            my-team           | login     | no    | yes     | yes       | yes     | no
            stories           | login     | no    | yes     | yes       | yes     | yes
            verify/NOPE-NOPE-NOPE | yes   | yes   | yes     | yes       | yes     | yes
            courses           | login     | yes   | yes     | no        | no      | no
            sessions          | login     | yes   | yes     | no        | no      | no
            rollout           | login     | yes   | yes     | no        | no      | no
            admin/departments | login     | yes   | no      | no        | no      | no
            admin/people      | login     | yes   | no      | no        | no      | no
            admin/accounts    | login     | yes   | no      | no        | no      | no
            admin/import      | login     | yes   | no      | no        | no      | no
            admin/import/attendance | login | yes | no      | no        | no      | no
            admin/settings    | login     | yes   | no      | no        | no      | no
            admin/audit       | login     | yes   | no      | no        | no      | no
            account/password  | login     | yes   | yes     | yes       | yes     | yes
            login             | yes       | yes   | yes     | yes       | yes     | yes
            """)
    void shouldOpenEachRouteOnlyForTheRolesAllowedIt(String route, String anonymous, String admin, String trainer,
            String executive, String manager, String employee) {
        Class<? extends Component> target = RouteConfiguration.forApplicationScope().getRoute(route).orElseThrow();

        assertThat(outcome(route, target)).as("anonymous on %s", route).isEqualTo(anonymous);
        List<String> expected = List.of(admin, trainer, executive, manager, employee);
        for (int i = 0; i < USERS.size(); i++) {
            signIn.as(USERS.get(i));
            assertThat(outcome(route, target)).as("%s on %s", USERS.get(i), route).isEqualTo(expected.get(i));
        }
    }

    private String outcome(String route, Class<? extends Component> target) {
        UI.getCurrent().navigate(route);
        var view = getCurrentView();
        if (target.isInstance(view)) {
            return "yes";
        }
        return view instanceof LoginView ? "login" : "no";
    }
}
