/** Cascade: customer-service training that starts at the top and trickles down. Each subpackage is a module. */
@org.jspecify.annotations.NullMarked
package io.cascade;
