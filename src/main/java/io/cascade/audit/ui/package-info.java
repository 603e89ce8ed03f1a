/** The audit log view, for admins. */
@org.jspecify.annotations.NullMarked
package io.cascade.audit.ui;
