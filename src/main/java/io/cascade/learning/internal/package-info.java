/** Learning's entities and queries: progress, certificates, check-ins, stories. */
@org.jspecify.annotations.NullMarked
package io.cascade.learning.internal;
