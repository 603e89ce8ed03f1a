/**
 * Class sessions, enrolment and waitlist, attendance. The API is {@link io.cascade.scheduling.SchedulingService}.
 */
package io.cascade.scheduling;
