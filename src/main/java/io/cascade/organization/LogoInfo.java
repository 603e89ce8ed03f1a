package io.cascade.organization;

import java.time.Instant;

/** The organisation's logo as the Settings page describes it; {@code url} serves the image itself. */
public record LogoInfo(String fileName, String contentType, int sizeBytes, Instant uploadedAt, String uploadedBy,
        String url) {
}
