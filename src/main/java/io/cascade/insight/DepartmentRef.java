package io.cascade.insight;

/**
 * A department as a search result or a step of a path.
 *
 * @param path the names above it, from the top of the tree, joined by " › " (empty at the top)
 */
public record DepartmentRef(long id, String name, String path) {
}
