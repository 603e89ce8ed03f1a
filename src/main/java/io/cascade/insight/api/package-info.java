/** The read-only BI API: CSV and JSON of the trickle-down figures. */
@org.jspecify.annotations.NullMarked
package io.cascade.insight.api;
