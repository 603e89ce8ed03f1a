package io.cascade.scheduling;

/** What enrolling a person did: a seat, a place on the waitlist, or nothing because they were in already. */
public record EnrolmentOutcome(long personId, String personName, EnrolmentStatus status, Integer waitlistPosition,
        boolean alreadyIn) {
}
