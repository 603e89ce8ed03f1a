package io.cascade.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every text a page holds on the server, for the tests that read it in each language: the text of each element, and
 * each property and attribute of each element (labels, placeholders, helper texts, titles, aria-labels, tooltips,
 * header texts, the login form's texts...), from the UI down: the view (a virtual child of the UI), open dialogs and
 * notifications included. A key a bundle lacks reads {@code !key!} ({@link Translations}), so a page whose texts
 * contain {@code "!catalog."} shows a key of the catalog module that no bundle has.
 */
public final class RenderedTexts {

    private RenderedTexts() {
    }

    /** All texts under the current UI. */
    public static List<String> ofCurrentPage() {
        var texts = new ArrayList<String>();
        collect(UI.getCurrent().getElement(), texts);
        return texts;
    }

    /** The texts of the current page that show a key of {@code module} no bundle has ({@code !module.…!}). */
    public static List<String> missingKeysOf(String module) {
        return ofCurrentPage().stream().filter(text -> text.contains("!" + module + ".")).toList();
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        element.getPropertyNames().map(element::getPropertyRaw).filter(Objects::nonNull).map(String::valueOf)
                .forEach(texts::add);
        element.getAttributeNames().map(element::getAttribute).filter(Objects::nonNull).forEach(texts::add);
        element.getChildren().forEach(child -> collect(child, texts));
        element.getNode().getFeatureIfInitialized(VirtualChildrenList.class)
                .ifPresent(virtual -> virtual.iterator().forEachRemaining(node -> collect(Element.get(node), texts)));
    }
}
