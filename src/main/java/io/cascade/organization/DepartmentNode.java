package io.cascade.organization;

/**
 * A department in the tree. {@code path} is the materialised id path ({@code /1/4/17/}); {@code memberCount} counts
 * the department's own active members, not those of its sub-departments.
 */
public record DepartmentNode(long id, String name, Long parentId, int depth, String path, long memberCount,
        boolean archived) {

    public boolean isRoot() {
        return parentId == null;
    }
}
