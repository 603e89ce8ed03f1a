package io.cascade.security;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.ConcurrentSessionFilter;

/**
 * The read-only API for BI tools under {@code /api/**}, ahead of the Vaadin chain: HTTP Basic for tools, or the
 * session of someone signed in to the application (so the dashboard can link to its CSV downloads). Basic
 * credentials are checked behind the same throttle as the sign-in page, and a login without the Executive or Admin
 * role is refused exactly like a wrong password (see {@link ApiRefusal}); a session whose user lacks the role gets
 * 403. No session is created for a Basic call; a session ended by an admin is signed out at its next call here too.
 * CSRF protection is off because only GET is allowed.
 */
@Configuration
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
            SignInThrottle throttle, ApplicationEventPublisher events, SessionRegistry sessions, Clock clock)
            throws Exception {
        var refusal = new ApiRefusal(clock);
        return http.securityMatcher("/api/**")
                .authenticationManager(new ProviderManager(
                        ThrottledSignIn.forApi(users, encoder, throttle, events, ApiSecurityConfig::mayUseApi)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/insight/**").hasAnyRole(Roles.EXECUTIVE, Roles.ADMIN)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(refusal))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refusal))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .addFilter(new ConcurrentSessionFilter(sessions, SecurityConfig::carryOnAsVisitor))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders::applyToApi)
                .build();
    }

    /** The API's own rule, also checked at sign-in so that a login without it cannot test passwords here. */
    static boolean mayUseApi(UserDetails user) {
        return user.getAuthorities().stream().anyMatch(authority -> authority.getAuthority().equals(
                "ROLE_" + Roles.EXECUTIVE) || authority.getAuthority().equals("ROLE_" + Roles.ADMIN));
    }
}
