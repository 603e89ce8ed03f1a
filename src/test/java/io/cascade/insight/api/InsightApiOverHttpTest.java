package io.cascade.insight.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeBrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The BI endpoints over real HTTP, through the servlet container's error handling: a BI tool without credentials is
 * told 401 (not redirected to a login page), an employee too (the same 401 as a wrong password, so the API never
 * tells whether a password was right), an executive gets the report.
 */
@CascadeBrowserTest
class InsightApiOverHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String user) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldAnswerAnAnonymousBiToolWith401AndABasicChallenge() throws Exception {
        var response = get("/api/insight/trickle-down", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Basic"));
    }

    @Test
    void shouldRefuseAnEmployeeExactlyAsAWrongPassword() throws Exception {
        var employee = get("/api/insight/leadership", "employee");

        assertThat(employee.statusCode()).isEqualTo(401);
        assertThat(employee.body()).startsWith("Sign-in refused");
    }

    @Test
    void shouldGiveAnExecutiveTheReportAsJsonAndTheViolationsAsCsv() throws Exception {
        var json = get("/api/insight/trickle-down", "executive");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(json.body()).contains("\"policy\":\"STRICT\"", "Customer Care", "OUT_OF_ORDER");

        var csv = get("/api/insight/violations.csv", "executive");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst()).isPresent();
        assertThat(csv.body()).contains("Customer Care");
    }
}
