/**
 * The trickle-down rules of Cascade (docs/domain.md, "Trickle-down, precisely") as pure functions: no Spring, no JPA,
 * no database. Insight's ledger, dashboards and rounds, and scheduling's rollout readiness feed them with "trained at"
 * instants and get the same answer, and scheduling asks them whether the managers-first gate lets a staff member in.
 * <p>
 * Entry point: {@link io.cascade.trickledown.TrickleDownRules}. The table-driven tests in
 * {@code TrickleDownRulesTest} are the executable specification of every decision documented there.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package io.cascade.trickledown;
