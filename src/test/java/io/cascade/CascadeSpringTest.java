package io.cascade;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application on the real MariaDB (profile {@code test}), with the demo organisation loaded.
 * All such tests share one application context; {@link SecurityContextStrategyListener} keeps its security
 * context holder in place when other contexts start.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(MariaDbRequired.class)
@SpringBootTest
@ActiveProfiles("test")
public @interface CascadeSpringTest {
}
