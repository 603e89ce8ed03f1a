package io.cascade;

import io.cascade.audit.AuditTrail;
import io.cascade.base.MutableClock;
import io.cascade.catalog.CourseFixtures;
import io.cascade.organization.LoginFixtures;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The test helpers of every {@link CascadeSpringTest} and {@link CascadeBrowserTest}, to autowire: {@link SignIn},
 * the pinnable {@link MutableClock} in place of the application's clock, {@link AuditTrail}, {@link CourseFixtures},
 * {@link LoginFixtures} and {@link Race}. A feature's own fixtures ({@code LearnerFixtures}, {@code SchedulingFixtures},
 * {@code ReminderFixtures}) are imported by the tests that use them.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SignIn.class, MutableClock.class, AuditTrail.class, CourseFixtures.class, LoginFixtures.class, Race.class})
public class SharedFixtures {
}
