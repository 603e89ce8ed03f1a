package io.cascade.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.cascade.security.ui.LoginView;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredEvent;

/**
 * Form login through the Vaadin login view, bcrypt passwords, and method security on every service. Services use
 * {@code @PreAuthorize}; JSR-250 method security stays off because views carry {@code @RolesAllowed} for Vaadin's
 * navigation access control, and Spring would otherwise wrap every view in a proxy. Views without an
 * access annotation are denied by Vaadin's navigation access control; any other request needs a login.
 *
 * <p>Sign-ins go through the {@link SignInThrottle} (in memory, this node only) and are published as
 * {@link SignInEvent}s; every session is kept in a {@link SessionRegistry} so that {@link SignIns} can end a
 * login's sessions.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
            SignInThrottle throttle, ApplicationEventPublisher events, SessionRegistry sessions) throws Exception {
        http.authenticationManager(new ProviderManager(
                ThrottledSignIn.forSignInPage(users, encoder, throttle, events)));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                .sessionConcurrency(concurrency -> concurrency.maximumSessions(-1).sessionRegistry(sessions)
                        .expiredSessionStrategy(SecurityConfig::carryOnAsVisitor)));
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        http.headers(SecurityHeaders::apply);
        // the login page shows the logo before anyone is signed in
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/favicon.svg").permitAll()
                // an error a filter chain already decided (e.g. the API's 401) must not turn into a login redirect
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        // calendar apps poll a person's subscription feed without a session: its secret token is the credential
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/calendar/*.ics").permitAll());
        // the organisation's logo (served by the organization module) shows on the sign-in page too
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/organisation/logo").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /**
     * A request on a session an admin ended: the session filter has already signed it out (the HTTP session is
     * invalidated), so it goes on as a visitor's. A page then redirects to the sign-in page, the API answers 401, and
     * a Vaadin request finds its session gone and tells the tab, which reloads onto the sign-in page.
     */
    static void carryOnAsVisitor(SessionInformationExpiredEvent ended) throws IOException, ServletException {
        ended.getFilterChain().doFilter(ended.getRequest(), ended.getResponse());
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when a session ends or changes its id; registered as a listener of the servlet container. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SignInThrottle signInThrottle(@Value("${cascade.sign-in.account-failures:10}") int accountFailures,
            @Value("${cascade.sign-in.address-failures:50}") int addressFailures,
            @Value("${cascade.sign-in.window:15m}") Duration window,
            @Value("${cascade.sign-in.pause:15m}") Duration pause, Clock clock) {
        return new SignInThrottle(new SignInThrottle.Limits(accountFailures, addressFailures, window, pause),
                clock);
    }

    /** bcrypt for new hashes; the {id} prefix lets a later upgrade (e.g. Argon2) verify old hashes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
