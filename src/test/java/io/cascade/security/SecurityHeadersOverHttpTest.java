package io.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeBrowserTest;
import io.cascade.base.web.SiteAddress;
import io.cascade.scheduling.CalendarLink;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The headers every response carries, over real HTTP through the embedded Tomcat, and what a TLS-terminating proxy in
 * front of Cascade (sending {@code X-Forwarded-Proto: https} from a loopback address) makes of them.
 */
@CascadeBrowserTest
@Import(SecurityHeadersOverHttpTest.CalendarAddressProbe.class)
class SecurityHeadersOverHttpTest {

    /**
     * Answers the address Cascade shows a person who makes a calendar link, built the same way (the API chain lets an
     * executive in with Basic authentication).
     */
    @RestController
    static class CalendarAddressProbe {

        @GetMapping("/api/insight/test-calendar-address")
        String address(HttpServletRequest request) {
            return SiteAddress.of(request) + new CalendarLink("0".repeat(40)).path();
        }
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyAndAReferrerPolicy() throws Exception {
        var login = page("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Content-Security-Policy"))
                .containsExactly(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("object-src 'none'", "frame-ancestors 'self'",
                "base-uri 'self'", "form-action 'self'").doesNotContain("*", "http:", "https: ");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();

        var feed = get("/calendar/" + "0".repeat(40) + ".ics");
        assertThat(feed.headers().firstValue("Referrer-Policy")).as("a calendar address is a secret")
                .contains("same-origin");
    }

    @Test
    void theApiForbidsAnyContentAndSendsNoReferrer() throws Exception {
        var anonymous = get("/api/insight/trickle-down");
        var executive = get("/api/insight/trickle-down", "Authorization", basic("executive", "executive"));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(executive.statusCode()).isEqualTo(200);
        for (var response : List.of(anonymous, executive)) {
            assertThat(response.headers().allValues("Content-Security-Policy"))
                    .containsExactly("default-src 'none'; frame-ancestors 'none'");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        }
    }

    @Test
    void behindATlsProxyCascadeSendsHstsASecureSessionCookieAndHttpsCalendarLinks() throws Exception {
        var login = page("/login", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "training.example.com");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("; Secure").contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));

        var address = get("/api/insight/test-calendar-address", "Authorization", basic("executive", "executive"),
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "training.example.com");
        assertThat(address.body()).isEqualTo("https://training.example.com/calendar/" + "0".repeat(40) + ".ics");

        var direct = get("/api/insight/test-calendar-address", "Authorization", basic("executive", "executive"));
        assertThat(direct.body()).isEqualTo("http://localhost:" + port + "/calendar/" + "0".repeat(40) + ".ics");
        assertThat(page("/login").headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("Secure"));
    }

    /**
     * A Vaadin page. In development mode, while Vaadin still prepares its frontend it answers a placeholder page of its
     * own (outside Spring Security): wait for the real one.
     */
    private HttpResponse<String> page(String path, String... headers) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
        var response = get(path, headers);
        while (response.headers().firstValue("X-DevModePending").isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            response = get(path, headers);
        }
        return response;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
