package io.cascade.insight.ui;

import com.vaadin.flow.component.html.Span;
import io.cascade.trickledown.TrickleDownStatus;

import java.util.Arrays;

/**
 * How each trickle-down status looks everywhere on the dashboard: tree cell, badge and legend share one colour and
 * one label. The colours repeat the {@code --status-*} variables of styles.css because a chart's SVG needs real
 * colour values.
 */
enum StatusLook {
    IN_ORDER(TrickleDownStatus.IN_ORDER, "In order", "#1f9d55", "in-order"),
    OUT_OF_ORDER(TrickleDownStatus.OUT_OF_ORDER, "Out of order", "#d64545", "out-of-order"),
    READY_FOR_STAFF(TrickleDownStatus.READY_FOR_STAFF, "Ready for staff", "#2b7bd9", "ready"),
    MANAGERS_IN_PROGRESS(TrickleDownStatus.MANAGERS_IN_PROGRESS, "Managers in progress", "#f0a202", "in-progress"),
    NOT_STARTED(TrickleDownStatus.NOT_STARTED, "Not started", "#b8c0cc", "not-started"),
    NO_MANAGERS(TrickleDownStatus.NO_MANAGERS, "No managers", "#8e44ad", "no-managers");

    private final TrickleDownStatus status;
    private final String label;
    private final String color;
    private final String cssName;

    StatusLook(TrickleDownStatus status, String label, String color, String cssName) {
        this.status = status;
        this.label = label;
        this.color = color;
        this.cssName = cssName;
    }

    static StatusLook of(TrickleDownStatus status) {
        return Arrays.stream(values()).filter(look -> look.status == status).findFirst().orElseThrow();
    }

    String label() {
        return label;
    }

    String color() {
        return color;
    }

    /** The name of its CSS classes, e.g. {@code status-out-of-order}, {@code heat-out-of-order}. */
    String cssName() {
        return cssName;
    }

    /**
     * The labels by CSS name as a script object literal, for a Lit template that labels cells in the browser. Only
     * these fixed labels go into the template's code; everything typed by users arrives as item properties.
     */
    static String labelsAsScript() {
        var script = new StringBuilder("({");
        for (StatusLook look : values()) {
            script.append('"').append(look.cssName).append("\":\"").append(look.label).append("\",");
        }
        return script.append("})").toString();
    }

    Span badge() {
        var badge = new Span(label);
        badge.addClassNames("badge", "status-badge", "status-" + cssName);
        return badge;
    }
}
