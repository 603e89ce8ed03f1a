package io.cascade;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its own {@link SecurityContextHolderStrategy} globally when an application context starts, one
 * instance per context with its own thread-local. The suite has several cached contexts (browserless, real-browser,
 * the mysql profile), so after a second context starts, a test in the first would sign in on one strategy and read
 * on another. Before each test this puts the strategy of the test's own context back in place.
 */
public class SecurityContextStrategyListener implements TestExecutionListener, Ordered {

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

    private static void useStrategyOf(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
