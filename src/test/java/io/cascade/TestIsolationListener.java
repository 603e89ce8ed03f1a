package io.cascade;

import io.cascade.base.MutableClock;
import org.springframework.core.Ordered;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts back, after each test method, what a test may change for the whole application context it shares with the
 * next: who is signed in on the test's thread ({@link SignIn}, also in Spring Security's test holder, which MockMvc
 * reads) and a pinned {@link MutableClock}. Runs after the test's own {@code @AfterEach} methods.
 */
public class TestIsolationListener implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 1100;
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        TestSecurityContextHolder.clearContext();
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(MutableClock.class).ifAvailable(MutableClock::unpin);
        }
    }
}
