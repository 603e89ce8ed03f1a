package io.cascade.catalog;

/** The file of a DOCUMENT module with its content, for download. */
public record DocumentFile(String fileName, String contentType, byte[] content) {
}
