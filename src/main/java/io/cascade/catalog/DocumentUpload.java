package io.cascade.catalog;

/** A file a trainer uploads for a DOCUMENT module. */
public record DocumentUpload(String fileName, String contentType, byte[] content) {
}
