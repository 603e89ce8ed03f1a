package io.cascade.base.ui.chart;

/** The kinds of chart {@link ApexChart} draws. */
public enum ChartKind {
    /** One bar per category and series; vertical unless {@link ChartOptions#withHorizontalBars()} is set. */
    BAR,
    /** Bars whose series are stacked on each other, e.g. managers and staff trained. */
    STACKED_BAR,
    /** One line per series across the categories. */
    LINE,
    /** A grid: one row per series, one cell per category, coloured by {@link ColorRange}s. */
    HEATMAP,
    /** Concentric rings, one per category, each showing a percentage (0–100) of one series. */
    RADIAL_BAR,
    /** A ring cut into one slice per category of one series. */
    DONUT;

    /** Whether the chart has a single series whose values are spread over the categories. */
    boolean isCircular() {
        return this == RADIAL_BAR || this == DONUT;
    }
}
