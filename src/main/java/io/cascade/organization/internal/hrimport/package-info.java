/** The HR import's plan (every line checked first) and its writer (all or nothing). */
@org.jspecify.annotations.NullMarked
package io.cascade.organization.internal.hrimport;
