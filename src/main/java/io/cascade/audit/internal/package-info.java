/** The audit log's storage: append-only rows, written in the caller's transaction. */
@org.jspecify.annotations.NullMarked
package io.cascade.audit.internal;
