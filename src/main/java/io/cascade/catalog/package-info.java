/**
 * Courses and their modules. The API is {@link io.cascade.catalog.CourseCatalogService}; changes other modules
 * follow are announced as {@link io.cascade.catalog.CatalogEvent}s (a course's refresher interval).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "organization", "security"})
package io.cascade.catalog;
