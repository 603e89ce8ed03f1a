package io.cascade.base.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Every text a page shows, for the tests that read a page in each language: the page title, every text node, every
 * attribute and string property of every element (labels, placeholders, helper and error texts, aria labels,
 * tooltips, empty states), virtual children (dialogs, tooltips) included, and the header and first rows of every grid.
 */
public final class RenderedTexts {

    private static final int GRID_ROWS = 5;

    private RenderedTexts() {
    }

    /** The texts of the current UI, {@code components} (all of its components, e.g. a browserless query) included. */
    public static List<String> of(UI ui, List<Component> components) {
        List<String> texts = new ArrayList<>();
        texts.add(ui.getInternals().getTitle());
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(ui.getElement(), texts, seen);
        for (Component component : components) {
            collect(component.getElement(), texts, seen);
            if (component instanceof Grid<?> grid) {
                gridTexts(grid, texts);
            }
        }
        return texts;
    }

    /** All texts under the current UI (its element tree, virtual children included). */
    public static List<String> ofCurrentPage() {
        return of(UI.getCurrent(), List.of());
    }

    /** The texts of the current page that show a key of {@code module} no bundle has ({@code !module.…!}). */
    public static List<String> missingKeysOf(String module) {
        return ofCurrentPage().stream().filter(text -> text != null && text.contains("!" + module + ".")).toList();
    }

    private static void collect(Element element, List<String> texts, Set<Element> seen) {
        if (!seen.add(element)) {
            return;
        }
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        element.getAttributeNames().map(element::getAttribute).forEach(texts::add);
        element.getPropertyNames().map(element::getPropertyRaw)
                .filter(value -> value instanceof String).map(String.class::cast).forEach(texts::add);
        element.getChildren().forEach(child -> collect(child, texts, seen));
        StateNode node = element.getNode();
        if (node.hasFeature(VirtualChildrenList.class)) {
            node.getFeature(VirtualChildrenList.class).iterator()
                    .forEachRemaining(child -> collect(Element.get(child), texts, seen));
        }
    }

    private static <T> void gridTexts(Grid<T> grid, List<String> texts) {
        var tester = new GridTester<>(grid);
        int columns = grid.getColumns().size();
        for (int column = 0; column < columns; column++) {
            texts.add(grid.getColumns().get(column).getHeaderText());
        }
        int rows = Math.min(GRID_ROWS, tester.size());
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                try {
                    texts.add(tester.getCellText(row, column));
                } catch (RuntimeException notText) {
                    // a cell of buttons only has no text to read
                }
            }
        }
    }
}
