package io.cascade.base.ui.chart;

import java.util.List;
import java.util.Objects;

/**
 * What an {@link ApexChart} shows. Immutable: start with {@link #of(ChartKind)} and refine with the {@code with...}
 * methods, e.g.
 *
 * <pre>{@code
 * ChartOptions.of(ChartKind.STACKED_BAR)
 *         .withTitle("Trained per department")
 *         .withCategories(List.of("Sales", "Support"))
 *         .withSeries(ChartSeries.of("Managers", 4, 2), ChartSeries.of("Staff", 10, 7))
 *         .withHorizontalBars();
 * }</pre>
 *
 * @param kind what sort of chart
 * @param title shown above the chart, or {@code null} for none
 * @param categories the x axis labels (bars, lines, heatmap columns) or the slice/ring labels (donut, radial bar)
 * @param series the data; a donut or radial bar takes exactly one series with one value per category
 * @param colors CSS colours used for the series (or slices) in turn; empty for ApexCharts' palette
 * @param height height in CSS pixels; the width always fills the container
 * @param legend whether to show the legend
 * @param dataLabels whether to print the values on the bars, cells or slices
 * @param colorRanges heatmap colours by value, shown in the legend; empty for shades of the first colour
 * @param valueAxisMax the top of the value axis (e.g. 100 for percentages), or {@code null} to fit the data
 * @param horizontal whether bars run left to right (bar and stacked bar only)
 */
public record ChartOptions(
        ChartKind kind,
        String title,
        List<String> categories,
        List<ChartSeries> series,
        List<String> colors,
        int height,
        boolean legend,
        boolean dataLabels,
        List<ColorRange> colorRanges,
        Double valueAxisMax,
        boolean horizontal) {

    public static final int DEFAULT_HEIGHT = 320;

    public ChartOptions {
        Objects.requireNonNull(kind, "kind");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        colors = List.copyOf(colors);
        colorRanges = List.copyOf(colorRanges);
        if (height <= 0) {
            throw new IllegalArgumentException("height must be positive: " + height);
        }
        if (kind.isCircular() && series.size() > 1) {
            throw new IllegalArgumentException(kind + " takes one series, not " + series.size());
        }
    }

    /** An empty chart of the given kind with a legend, no data labels and the default height. */
    public static ChartOptions of(ChartKind kind) {
        return new ChartOptions(kind, null, List.of(), List.of(), List.of(), DEFAULT_HEIGHT, true, false, List.of(),
                null, false);
    }

    public ChartOptions withTitle(String title) {
        return new ChartOptions(kind, title, categories, series, colors, height, legend, dataLabels, colorRanges,
                valueAxisMax, horizontal);
    }

    public ChartOptions withCategories(List<String> categories) {
        return new ChartOptions(kind, title, categories, series, colors, height, legend, dataLabels, colorRanges,
                valueAxisMax, horizontal);
    }

    public ChartOptions withSeries(List<ChartSeries> series) {
        return new ChartOptions(kind, title, categories, series, colors, height, legend, dataLabels, colorRanges,
                valueAxisMax, horizontal);
    }

    public ChartOptions withSeries(ChartSeries... series) {
        return withSeries(List.of(series));
    }

    public ChartOptions withColors(String... colors) {
        return new ChartOptions(kind, title, categories, series, List.of(colors), height, legend, dataLabels,
                colorRanges, valueAxisMax, horizontal);
    }

    public ChartOptions withHeight(int height) {
        return new ChartOptions(kind, title, categories, series, colors, height, legend, dataLabels, colorRanges,
                valueAxisMax, horizontal);
    }

    public ChartOptions withLegend(boolean legend) {
        return new ChartOptions(kind, title, categories, series, colors, height, legend, dataLabels, colorRanges,
                valueAxisMax, horizontal);
    }

    public ChartOptions withDataLabels(boolean dataLabels) {
        return new ChartOptions(kind, title, categories, series, colors, height, legend, dataLabels, colorRanges,
                valueAxisMax, horizontal);
    }

    public ChartOptions withColorRanges(ColorRange... colorRanges) {
        return new ChartOptions(kind, title, categories, series, colors, height, legend, dataLabels,
                List.of(colorRanges), valueAxisMax, horizontal);
    }

    public ChartOptions withValueAxisMax(double valueAxisMax) {
        return new ChartOptions(kind, title, categories, series, colors, height, legend, dataLabels, colorRanges,
                valueAxisMax, horizontal);
    }

    /** Bars run left to right, which suits long category names such as department names on a phone. */
    public ChartOptions withHorizontalBars() {
        return new ChartOptions(kind, title, categories, series, colors, height, legend, dataLabels, colorRanges,
                valueAxisMax, true);
    }
}
