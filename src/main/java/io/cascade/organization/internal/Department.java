package io.cascade.organization.internal;

import io.cascade.base.AbstractEntity;
import jakarta.persistence.Entity;
import java.time.Instant;

/**
 * A node of the department tree. {@code treePath} is the materialised path of ids from the root, e.g.
 * {@code /1/4/17/}, so a whole subtree is one prefix scan. The path contains the department's own id, which
 * exists only after the insert: call {@link #placeUnder(Department)} once the id has been assigned.
 */
@Entity
public class Department extends AbstractEntity {

    private String name;
    private Long parentId;
    private String treePath;
    private int depth;
    private boolean archived;
    private Instant createdAt;

    protected Department() {
    }

    public Department(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
        // a placeholder until the id is known; see placeUnder
        this.treePath = "/";
    }

    /** Sets parent, path and depth; {@code parent} null makes this a root. Requires an assigned id. */
    public void placeUnder(Department parent) {
        if (getId() == null) {
            throw new IllegalStateException("Save the department before placing it in the tree");
        }
        this.parentId = parent == null ? null : parent.getId();
        this.treePath = (parent == null ? "/" : parent.getTreePath()) + getId() + "/";
        this.depth = parent == null ? 0 : parent.getDepth() + 1;
    }

    /**
     * Moves this department, already placed, to a new position: its path prefix and depth change by the same amount
     * for it and every descendant, so callers apply {@link #rebase} to the whole subtree.
     */
    public void rebase(String oldPrefix, String newPrefix, int depthChange, Long newParentId, boolean isMovedRoot) {
        if (!treePath.startsWith(oldPrefix)) {
            throw new IllegalArgumentException(treePath + " is not under " + oldPrefix);
        }
        this.treePath = newPrefix + treePath.substring(oldPrefix.length());
        this.depth += depthChange;
        if (isMovedRoot) {
            this.parentId = newParentId;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getTreePath() {
        return treePath;
    }

    public int getDepth() {
        return depth;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
