package io.cascade.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * How the API turns a caller away, in plain text like its other errors. Paused sign-ins get 429 Too Many Requests
 * with {@code Retry-After} (RFC 6585): a BI tool or script can wait instead of guessing on, and no Basic challenge
 * makes a browser ask again. The pause applies to any name typed, account or not, so 429 tells nothing about an
 * account. Every other refusal (no credentials, a wrong password, a locked login, a one-time password, a login
 * without the role) is one and the same 401, so the API never tells whether a password was right (ASVS V2.2.1,
 * V3.1 and V4.1).
 */
final class ApiRefusal implements AuthenticationEntryPoint {

    static final String REFUSED = "Sign-in refused: wrong username or password, or a login that may not use the API. "
            + "A new or reset login must first choose its own password on Cascade's sign-in page.";

    private final Clock clock;

    ApiRefusal(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        if (refused instanceof TooManySignInAttemptsException paused) {
            var now = clock.instant();
            long seconds = Math.max(1, Duration.between(now, paused.until()).toSeconds());
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            write(response, TooManySignInAttemptsException.message(paused.until(), now));
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Cascade\", charset=\"UTF-8\"");
        write(response, REFUSED);
    }

    private static void write(HttpServletResponse response, String text) throws IOException {
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(text);
    }
}
