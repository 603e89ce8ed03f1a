/**
 * Departments (a tree), people with their levels and reporting lines, and user accounts. The API is
 * {@link io.cascade.organization.OrganizationService}, {@link io.cascade.organization.AccountLookup} (for the
 * security layer) and {@link io.cascade.organization.PersonAccess} (ownership checks in security expressions); for
 * admins the administration, HR import, settings and logo services. It supplies the security layer's
 * {@link io.cascade.security.Branding} (the organisation's name and logo).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "security"})
package io.cascade.organization;
