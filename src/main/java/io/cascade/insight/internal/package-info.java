/** The trickle-down ledger's tables and the dashboard's aggregate queries, hidden from other modules. */
@org.jspecify.annotations.NullMarked
package io.cascade.insight.internal;
