package io.cascade;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application on the real MariaDB (profile {@code test}), with the demo organisation loaded and
 * the {@link SharedFixtures} to autowire. All such tests share one application context (one more per set of
 * fixtures a test imports); {@link TestIsolationListener} keeps its security context holder in place when other
 * contexts start, and puts back after each test what it changed for the next.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(MariaDbRequired.class)
@SpringBootTest
@ActiveProfiles("test")
@Import(SharedFixtures.class)
public @interface CascadeSpringTest {
}
