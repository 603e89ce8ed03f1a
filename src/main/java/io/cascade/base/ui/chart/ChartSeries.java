package io.cascade.base.ui.chart;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A named row of values, one per category of the chart (for a heatmap, one cell per category).
 */
public record ChartSeries(String name, List<Double> values) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }

    public static ChartSeries of(String name, Number... values) {
        return new ChartSeries(name, Arrays.stream(values).map(Number::doubleValue).toList());
    }

    public static ChartSeries of(String name, List<? extends Number> values) {
        return new ChartSeries(name, values.stream().map(Number::doubleValue).toList());
    }
}
