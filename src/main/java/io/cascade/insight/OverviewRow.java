package io.cascade.insight;

import io.cascade.trickledown.TrickleDownStatus;

import java.util.List;

/**
 * A department of the dashboard's tree with everything below it.
 *
 * @param childCount how many sub-departments it has (not all of them need be in {@code children})
 * @param overall    its courses combined by the roll-up rule (out of order if any course is)
 * @param violations staff trained before a manager, in every course of the scope
 * @param cells      one per column of the overview, in the columns' order, rolled up
 * @param children   its sub-departments when they were read with it (the top of the tree), else empty
 */
public record OverviewRow(long departmentId, String name, int depth, int childCount, int managers, int staff,
                          TrickleDownStatus overall, int violations, List<TrickleDownCell> cells,
                          List<OverviewRow> children) {

    public OverviewRow {
        cells = List.copyOf(cells);
        children = List.copyOf(children);
    }

    public boolean hasChildren() {
        return childCount > 0;
    }
}
