/** The sign-in page. */
@org.jspecify.annotations.NullMarked
package io.cascade.security.ui;
