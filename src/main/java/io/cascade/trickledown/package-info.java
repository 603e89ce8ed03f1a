/**
 * The trickle-down rules of Cascade (DOMAIN.md, "Trickle-down, precisely") as pure functions: no Spring, no JPA,
 * no database. Scheduling's managers-first gate and insight's dashboards both feed them with "trained at" instants
 * and get the same answer.
 * <p>
 * Entry point: {@link io.cascade.trickledown.TrickleDownRules}. The table-driven tests in
 * {@code TrickleDownRulesTest} are the executable specification of every decision documented there.
 */
package io.cascade.trickledown;
