/** The organisation's entities, repositories and account storage, hidden from other modules. */
@org.jspecify.annotations.NullMarked
package io.cascade.organization.internal;
