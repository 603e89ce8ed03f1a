/**
 * Insight: the executives' read-only view of how training trickles down the organisation. The database aggregates
 * ("trained at" per person and course), the pure rules of {@link io.cascade.trickledown} judge the order.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "base", "catalog", "learning", "organization", "scheduling", "trickledown"})
@org.jspecify.annotations.NullMarked
package io.cascade.insight;
