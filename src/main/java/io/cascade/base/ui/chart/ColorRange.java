package io.cascade.base.ui.chart;

import java.util.Objects;

/**
 * Heatmap cells whose value lies in {@code [from, to]} get {@code color}; {@code label} names the range in the legend
 * and tooltip. To colour by a status, give each status a code and a range {@code [code, code]}.
 */
public record ColorRange(double from, double to, String color, String label) {

    public ColorRange {
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(label, "label");
        if (from > to) {
            throw new IllegalArgumentException("from " + from + " is above to " + to);
        }
    }

    /** A range holding the single value {@code code}. */
    public static ColorRange of(int code, String color, String label) {
        return new ColorRange(code, code, color, label);
    }
}
