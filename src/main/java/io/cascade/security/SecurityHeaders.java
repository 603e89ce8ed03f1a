package io.cascade.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers that tell the browser what a Cascade page may do, beyond Spring Security's defaults
 * (nosniff, no caching of signed-in pages, HSTS on HTTPS, frame options).
 * <p>
 * The page's policy is as tight as Vaadin Flow 25 allows: its bootstrap page starts the client engine with an inline
 * script, and the engine turns the JavaScript the server sends ({@code executeJs}, event data) into functions, so
 * scripts need {@code 'unsafe-inline' 'unsafe-eval'}; its components set inline styles. Everything else comes from
 * Cascade itself: no other origin may serve scripts, styles, images or fonts, be connected to, receive a form, or
 * frame Cascade; the only frames from elsewhere are the YouTube and Vimeo players of video modules. Images and fonts
 * may also be {@code data:} URIs (icons in component styles). A response that sets its own policy (the sandboxed SVG
 * logo) keeps it. Referrers never leave Cascade: a class's online link or a video player learns nothing of the page
 * (or the calendar address) it was opened from.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            // the players of video modules (catalog's VideoLinks turns YouTube and Vimeo links into these)
            "frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    /** The API answers data, never a page: nothing in it may run, load or be framed. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(HeadersConfigurer<HttpSecurity> headers) {
        // Written before the request is handled, not when the response commits: Vaadin's bootstrap pages (the sign-in
        // page among them) commit in a way the lazy writer misses, and went out with none of these headers. A handler
        // that sets its own Cache-Control (Vaadin's static files) replaces the default one.
        headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }

    static void applyToApi(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
    }
}
