/**
 * The append-only audit trail: every administrative change (people, departments, accounts, settings, imports) is
 * recorded with who made it, when, and the state before and after. The API is {@link io.cascade.audit.AuditLog}.
 * Depends on no other Cascade module except the role names of {@code security} for its view.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"security", "base"})
@org.jspecify.annotations.NullMarked
package io.cascade.audit;
