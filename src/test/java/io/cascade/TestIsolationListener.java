package io.cascade;

import io.cascade.base.MutableClock;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Keeps tests that share an application context (and a JVM with other contexts) from seeing each other.
 * <p>
 * Before each test: Vaadin installs its own {@link SecurityContextHolderStrategy} globally when an application context
 * starts, one instance per context with its own thread-local. The suite has several cached contexts (browserless,
 * real-browser, the mysql profile), so after a second context starts, a test in the first would sign in on one
 * strategy and read on another. This puts the strategy of the test's own context back in place.
 * <p>
 * After each test, once its own {@code @AfterEach} methods ran: nobody is signed in on the test's thread any more
 * ({@link SignIn}, and Spring Security's test holder, which MockMvc reads), and a pinned {@link MutableClock} runs
 * again.
 */
public class TestIsolationListener implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        // before Spring Security's WithSecurityContextTestExecutionListener (10000) and before the browserless setup
        return 1000;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        TestSecurityContextHolder.clearContext();
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(MutableClock.class).ifAvailable(MutableClock::unpin);
        }
    }

    private static void useStrategyOf(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
