package io.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeBrowserTest;
import io.cascade.organization.Level;
import io.cascade.organization.LoginFixtures;
import io.cascade.organization.LoginFixtures.Login;
import io.cascade.organization.OrganizationAdminService;
import io.cascade.organization.PersonForm;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every HTTP endpoint outside Vaadin's views against every demo role and an anonymous caller, over the real servlet
 * container: the BI API with HTTP Basic (as BI tools call it), and the addresses anyone may open (the logo, a
 * certificate's verification page, a calendar feed, which its secret token opens). A refused API call is one 401
 * whatever the reason, so that it never tells whether the password was right. Any other path under {@code /api} is
 * refused to everyone. The five roles are logins made for this test (a manager is an employee with a direct report),
 * so that no other test's refusals count towards their pause, and each row calls from an address of its own.
 */
@CascadeBrowserTest
class HttpAuthorizationMatrixTest {

    /** By role, in the table's order; made once for all rows. */
    private static Map<String, Login> logins;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganizationAdminService organization;
    @Autowired
    LoginFixtures fixtures;

    @BeforeEach
    void oneLoginPerRole() {
        if (logins != null) {
            return;
        }
        var made = new LinkedHashMap<String, Login>();
        made.put("admin", fixtures.withChosenPassword("matrix.admin", Set.of(Roles.ADMIN)));
        made.put("trainer", fixtures.withChosenPassword("matrix.trainer", Set.of(Roles.TRAINER, Roles.EMPLOYEE)));
        made.put("executive", fixtures.withChosenPassword("matrix.executive",
                Set.of(Roles.EXECUTIVE, Roles.EMPLOYEE)));
        Login manager = fixtures.withChosenPassword("matrix.manager", Set.of(Roles.EMPLOYEE));
        fixtures.asAdmin(() -> {
            long unique = System.nanoTime() % 10_000_000;
            long department = organization.addDepartment("Matrix team " + unique, null);
            organization.createPerson(new PersonForm(null, 0, "T-MATRIX-" + unique, "Rae", "Report",
                    "rae" + unique + "@test.example", Level.STAFF, department, manager.personId(), true));
        });
        made.put("manager", manager);
        made.put("employee", fixtures.withChosenPassword("matrix.employee", Set.of(Roles.EMPLOYEE)));
        logins = made;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # path                              | anonymous | admin | trainer | executive | manager | employee
            /api/insight/trickle-down           | 401       | 200   | 401     | 200       | 401     | 401
            /api/insight/leadership             | 401       | 200   | 401     | 200       | 401     | 401
            /api/insight/trickle-down.csv       | 401       | 200   | 401     | 200       | 401     | 401
            /api/insight/violations.csv         | 401       | 200   | 401     | 200       | 401     | 401
            /api/insight/overview               | 401       | 200   | 401     | 200       | 401     | 401
            /api/insight/departments/ROOT/children | 401    | 200   | 401     | 200       | 401     | 401
            /api/insight/summary.csv            | 401       | 200   | 401     | 200       | 401     | 401
            /api/anything-else                  | 401       | 403   | 401     | 403       | 401     | 401
            /organisation/logo                  | open      | open  | open    | open      | open    | open
            /verify/NOPE-NOPE-NOPE              | 200       | 200   | 200     | 200       | 200     | 200
            /calendar/not-a-real-token.ics      | 404       | 404   | 404     | 404       | 404     | 404
            """)
    void shouldAnswerEachEndpointOnlyToTheRolesAllowedIt(String path, String anonymous, String admin, String trainer,
            String executive, String manager, String employee) throws Exception {
        String target = path.replace("ROOT", String.valueOf(jdbc.sql(
                "select id from department where parent_id is null order by id limit 1").query(Long.class).single()));
        // 127.0.0.0/8 is all loopback: an address per row keeps each row's refusals to itself
        String from = "127.0.1." + (1 + Math.floorMod(path.hashCode(), 250));

        assertThat(outcome(get(from, target, null))).as("anonymous on %s", path).isEqualTo(anonymous);
        List<String> expected = List.of(admin, trainer, executive, manager, employee);
        List<String> roles = List.copyOf(logins.keySet());
        for (int i = 0; i < roles.size(); i++) {
            assertThat(outcome(get(from, target, logins.get(roles.get(i))))).as("%s on %s", roles.get(i), path)
                    .isEqualTo(expected.get(i));
        }
    }

    /**
     * The status, or "open" for an address that answers everyone alike without a login: the logo is served when the
     * organisation has one (200) and is missing otherwise (404), never refused.
     */
    private static String outcome(HttpResponse<String> response) {
        boolean logo = response.uri().getPath().equals("/organisation/logo");
        return logo && (response.statusCode() == 200 || response.statusCode() == 404) ? "open"
                : String.valueOf(response.statusCode());
    }

    private HttpResponse<String> get(String from, String path, Login login) throws Exception {
        var http = HttpClient.newBuilder().localAddress(InetAddress.getByName(from))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (login != null) {
            String token = Base64.getEncoder().encodeToString((login.username() + ":" + login.password())
                    .getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
