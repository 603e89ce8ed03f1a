package io.cascade.catalog;

/** A change to the catalog that other modules may follow; published inside the writing transaction. */
public sealed interface CatalogEvent {

    long courseId();

    /**
     * The course's refresher interval changed (months, {@code null} = the course does not recur): how long a
     * training in it stays valid, so who holds a valid training when, has changed.
     */
    record RefresherIntervalChanged(long courseId, Integer before, Integer after) implements CatalogEvent {
    }
}
