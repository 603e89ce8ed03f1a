package io.cascade.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The read-only API for BI tools under {@code /api/**}, ahead of the Vaadin chain: HTTP Basic for tools, or the
 * session of someone signed in to the application (so the dashboard can link to its CSV downloads). An anonymous
 * call gets 401 with a Basic challenge instead of a redirect to the login page, a signed-in user without the role
 * 403. No session is created for a Basic call; CSRF protection is off because only GET is allowed.
 */
@Configuration
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/insight/**").hasAnyRole(Roles.EXECUTIVE, Roles.ADMIN)
                        .anyRequest().denyAll())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders::applyToApi)
                .build();
    }
}
