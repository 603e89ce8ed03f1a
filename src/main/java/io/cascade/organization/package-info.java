/**
 * Departments (a tree), people with their levels and reporting lines, and user accounts. The API is
 * {@link io.cascade.organization.OrganizationService}, {@link io.cascade.organization.AccountLookup} (for the
 * security layer) and {@link io.cascade.organization.PersonAccess} (ownership checks in security expressions); for
 * admins the administration, HR import, settings and logo services. The organisation-wide settings are read by every
 * module through {@link io.cascade.organization.SettingsReader}, typed (the trickle-down policy is
 * {@code trickledown}'s). It supplies the security layer's {@link io.cascade.security.Branding} (the organisation's
 * name and logo) and the mailer's {@link io.cascade.base.mail.SenderAddress}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "security", "trickledown"})
@org.jspecify.annotations.NullMarked
package io.cascade.organization;
