package io.cascade.catalog;

import java.time.Instant;

/** The file uploaded for a DOCUMENT module, without its content. */
public record DocumentInfo(long moduleId, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {
}
