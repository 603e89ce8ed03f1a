/** The catalog's entities, repositories and document storage, hidden from other modules. */
@org.jspecify.annotations.NullMarked
package io.cascade.catalog.internal;
