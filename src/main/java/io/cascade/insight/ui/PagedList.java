package io.cascade.insight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.cascade.insight.OverviewPage;
import io.cascade.insight.TrickleDownOverviewService;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A short "worst first" list: one page of rows in a grid, with the place in the whole list and buttons to the next
 * and previous page. The page holds only what is shown, whatever the size of the organisation; another page is
 * fetched when asked for.
 */
class PagedList<T> extends Div {

    private static final int PAGE_SIZE = TrickleDownOverviewService.PAGE_SIZE;

    final Grid<T> grid = new Grid<>();
    final Span position = new Span();
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());

    private IntFunction<OverviewPage<T>> fetch = offset -> new OverviewPage<>(List.of(), 0, 0);
    private OverviewPage<T> page = new OverviewPage<>(List.of(), 0, 0);

    PagedList(String emptyText) {
        addClassName("paged-list");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(emptyText);
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        previous.setAriaLabel(getTranslation("insight.pagedList.previous"));
        next.setAriaLabel(getTranslation("insight.pagedList.next"));
        previous.addClickListener(click -> show(fetch.apply(Math.max(0, page.offset() - PAGE_SIZE))));
        next.addClickListener(click -> show(fetch.apply(page.offset() + page.items().size())));
        position.addClassName("paged-list-position");
        var pager = new Div(position, previous, next);
        pager.addClassName("paged-list-pager");
        add(grid, pager);
    }

    /** Shows the first page, and fetches the others from {@code fetch} (given the offset) when asked. */
    void show(OverviewPage<T> first, IntFunction<OverviewPage<T>> fetch) {
        this.fetch = fetch;
        show(first);
    }

    private void show(OverviewPage<T> shown) {
        page = shown;
        grid.setItems(shown.items());
        position.setText(shown.total() == 0 ? "" : getTranslation("insight.pagedList.position", shown.offset() + 1,
                shown.offset() + shown.items().size(), shown.total()));
        previous.setEnabled(shown.hasPrevious());
        next.setEnabled(shown.hasNext());
        previous.setVisible(shown.total() > shown.items().size());
        next.setVisible(shown.total() > shown.items().size());
    }

    OverviewPage<T> page() {
        return page;
    }
}
