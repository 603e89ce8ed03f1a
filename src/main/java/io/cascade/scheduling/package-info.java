/**
 * Class sessions, enrolment and waitlist, attendance. The API is {@link io.cascade.scheduling.SchedulingService},
 * {@link io.cascade.scheduling.EnrolmentService} and, for admins, the import of attendance history
 * ({@link io.cascade.scheduling.AttendanceImportService}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "base", "catalog", "organization", "security", "trickledown"})
@org.jspecify.annotations.NullMarked
package io.cascade.scheduling;
