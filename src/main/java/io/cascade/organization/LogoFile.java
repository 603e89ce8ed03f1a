package io.cascade.organization;

/** The logo's bytes, to serve: its content type (PNG, JPEG or SVG) and a digest that changes with it. */
public record LogoFile(String contentType, String sha256, byte[] content) {
}
