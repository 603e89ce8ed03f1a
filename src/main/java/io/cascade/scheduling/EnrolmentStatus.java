package io.cascade.scheduling;

public enum EnrolmentStatus {
    ENROLLED,
    WAITLISTED,
    WITHDRAWN
}
