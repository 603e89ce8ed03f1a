package io.cascade.insight.ui;

import com.vaadin.flow.component.html.Span;
import io.cascade.base.i18n.Text;
import io.cascade.trickledown.TrickleDownStatus;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.Locale;

/**
 * How each trickle-down status looks everywhere on the dashboard: tree cell, badge and legend share one colour and
 * one label ({@code insight.status.*} in the bundles). The colours repeat the {@code --status-*} variables of
 * styles.css because a chart's SVG needs real colour values.
 */
enum StatusLook {
    IN_ORDER(TrickleDownStatus.IN_ORDER, "#1f9d55", "in-order"),
    OUT_OF_ORDER(TrickleDownStatus.OUT_OF_ORDER, "#d64545", "out-of-order"),
    READY_FOR_STAFF(TrickleDownStatus.READY_FOR_STAFF, "#2b7bd9", "ready"),
    MANAGERS_IN_PROGRESS(TrickleDownStatus.MANAGERS_IN_PROGRESS, "#f0a202", "in-progress"),
    NOT_STARTED(TrickleDownStatus.NOT_STARTED, "#b8c0cc", "not-started"),
    NO_MANAGERS(TrickleDownStatus.NO_MANAGERS, "#8e44ad", "no-managers");

    private final TrickleDownStatus status;
    private final String color;
    private final String cssName;

    StatusLook(TrickleDownStatus status, String color, String cssName) {
        this.status = status;
        this.color = color;
        this.cssName = cssName;
    }

    static StatusLook of(TrickleDownStatus status) {
        return Arrays.stream(values()).filter(look -> look.status == status).findFirst().orElseThrow();
    }

    /** The label in {@code locale}'s language: "Out of order", "Außer der Reihe". */
    String label(Locale locale) {
        return Text.of("insight.status." + name()).in(locale);
    }

    String color() {
        return color;
    }

    /** The name of its CSS classes, e.g. {@code status-out-of-order}, {@code heat-out-of-order}. */
    String cssName() {
        return cssName;
    }

    /**
     * The labels in {@code locale}'s language by CSS name, as a script object literal for a Lit template that labels
     * cells in the browser. The labels go into the template's code as JSON string literals, so a quote or backslash
     * in a translation stays text; everything typed by users arrives as item properties.
     */
    static String labelsAsScript(Locale locale) {
        ObjectNode labels = JsonNodeFactory.instance.objectNode();
        for (StatusLook look : values()) {
            labels.put(look.cssName, look.label(locale));
        }
        return "(" + labels + ")";
    }

    Span badge(Locale locale) {
        var badge = new Span(label(locale));
        badge.addClassNames("badge", "status-badge", "status-" + cssName);
        return badge;
    }
}
