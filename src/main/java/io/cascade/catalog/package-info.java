/**
 * Courses and their modules. The API is {@link io.cascade.catalog.CourseService} (courses),
 * {@link io.cascade.catalog.CourseModuleService} (modules and quizzes) and
 * {@link io.cascade.catalog.CourseDocumentService} (document files); changes other modules follow are announced as
 * {@link io.cascade.catalog.CatalogEvent}s (a course's refresher interval).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "organization", "security"})
@org.jspecify.annotations.NullMarked
package io.cascade.catalog;
