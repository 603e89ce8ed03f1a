/** Scheduling's entities and queries: class sessions, enrolments, waitlists, calendar feeds, mails. */
@org.jspecify.annotations.NullMarked
package io.cascade.scheduling.internal;
