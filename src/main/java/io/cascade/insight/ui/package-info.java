/** The executive dashboard and its drill-down (package-private views). */
@org.jspecify.annotations.NullMarked
package io.cascade.insight.ui;
