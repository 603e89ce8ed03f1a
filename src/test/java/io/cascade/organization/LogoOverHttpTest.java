package io.cascade.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeBrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/** The logo over real HTTP, as the sign-in page loads it: without a session. */
@CascadeBrowserTest
@WithMockUser(username = "logo-http-admin", roles = "ADMIN")
class LogoOverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    LogoService logos;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void removeLogo() {
        logos.remove();
    }

    private HttpResponse<byte[]> get(String path, String etag) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void shouldServeTheLogoToAVisitorNotSignedInAndSayWhenItIsUnchanged() throws Exception {
        byte[] png = LogoFiles.png(64, 32);
        LogoInfo logo = logos.upload("logo.png", png);

        var response = get(logo.url(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(png);
        assertThat(response.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(get(logo.url(), etag).statusCode()).isEqualTo(304);
    }

    @Test
    void shouldServeAnSvgSandboxedSoItCannotRunAnythingOnItsOwn() throws Exception {
        LogoInfo logo = logos.upload("logo.svg", LogoFiles.svg());

        var response = get(logo.url(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("sandbox").contains("default-src 'none'"));
    }

    @Test
    void shouldAnswerNotFoundWhenThereIsNoLogo() throws Exception {
        logos.remove();

        assertThat(get(LogoService.PATH, null).statusCode()).isEqualTo(404);
    }
}
