package io.cascade.learning;

import java.time.Instant;

/** A certificate of completion as issued: name and course title as they were on the day. */
public record CertificateInfo(String code, long courseId, String personName, String courseTitle, Instant issuedAt) {
}
