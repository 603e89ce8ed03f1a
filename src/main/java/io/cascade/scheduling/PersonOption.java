package io.cascade.scheduling;

/** A person to pick in a scheduling form, such as a trainer. */
public record PersonOption(long id, String name) {
}
