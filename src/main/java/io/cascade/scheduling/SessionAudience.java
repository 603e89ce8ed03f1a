package io.cascade.scheduling;

/** Whom a class session is meant for; MIXED sessions train managers and staff together. */
public enum SessionAudience {
    MANAGERS,
    STAFF,
    MIXED
}
