package io.cascade.insight;

import java.util.List;

/**
 * One page of a "worst first" list of the dashboard.
 *
 * @param offset where the page starts in the whole list
 * @param total  how long the whole list is
 */
public record OverviewPage<T>(List<T> items, int offset, int total) {

    public OverviewPage {
        items = List.copyOf(items);
    }

    static <T> OverviewPage<T> of(List<T> all, int offset, int limit) {
        int from = Math.max(0, Math.min(offset, all.size()));
        int to = Math.min(all.size(), from + Math.max(0, limit));
        return new OverviewPage<>(all.subList(from, to), from, all.size());
    }

    public boolean hasPrevious() {
        return offset > 0;
    }

    public boolean hasNext() {
        return offset + items.size() < total;
    }
}
