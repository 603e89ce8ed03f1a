package io.cascade.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.cascade.security.ui.LoginView;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login through the Vaadin login view, bcrypt passwords, and method security on every service. Services use
 * {@code @PreAuthorize}; JSR-250 method security stays off because views carry {@code @RolesAllowed} for Vaadin's
 * navigation access control, and Spring would otherwise wrap every view in a proxy. Views without an
 * access annotation are denied by Vaadin's navigation access control; any other request needs a login.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
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

    /** bcrypt for new hashes; the {id} prefix lets a later upgrade (e.g. Argon2) verify old hashes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
