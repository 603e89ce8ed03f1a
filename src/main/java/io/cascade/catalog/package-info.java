/**
 * Courses and their modules. The API is {@link io.cascade.catalog.CourseCatalogService}.
 */
package io.cascade.catalog;
