package io.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * A view is not a security boundary: every public method of every service must say who may call it with
 * {@code @PreAuthorize} (on the method or the class). JSR-250 {@code @RolesAllowed} is not enabled for services and
 * would silently protect nothing.
 */
class ServiceSecurityTest {

    /** Called before anyone is signed in, by design. */
    private static final Set<String> UNSECURED_BY_DESIGN = Set.of("io.cascade.organization.AccountLookup");

    @Test
    void shouldSecureEveryPublicServiceMethod() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<String> unsecured = new ArrayList<>();
        int services = 0;
        for (var candidate : scanner.findCandidateComponents("io.cascade")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            if (UNSECURED_BY_DESIGN.contains(type.getName())) {
                continue;
            }
            services++;
            boolean classSecured = type.isAnnotationPresent(PreAuthorize.class);
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !classSecured
                        && !method.isAnnotationPresent(PreAuthorize.class)) {
                    unsecured.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(services).as("services found").isGreaterThan(3);
        assertThat(unsecured).as("public service methods without @PreAuthorize").isEmpty();
    }
}
