package io.cascade.base.ui.chart;

import io.cascade.base.i18n.Text;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one place that knows ApexCharts' option format: turns {@link ChartOptions} into the JSON handed to
 * {@code new ApexCharts(element, options)} in {@code frontend/components/cascade-chart.ts}.
 * <p>
 * Names (categories, series, range labels, the title) travel as the plain text they are, unescaped: ApexCharts draws
 * axis and data labels as SVG text, where an entity would show as {@code &amp;lt;}, and {@code cascade-chart.ts}
 * escapes every name on its way into the tooltips and the legend, which ApexCharts writes as HTML. So a department
 * called {@code R&D <North>} reads as such everywhere and never becomes markup. An option that would carry text or
 * HTML somewhere else (annotations, custom tooltips, another chart type) must get the same care there first.
 */
final class ChartOptionsJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /**
     * Below this window width (CSS pixels) the chart uses smaller fonts to stay readable on phones. The y axis is left
     * alone: ApexCharts replaces, rather than merges, a responsive y axis, which would drop {@code max}.
     */
    private static final int PHONE_BREAKPOINT = 600;

    private ChartOptionsJson() {
    }

    static ObjectNode toJson(ChartOptions options) {
        requireOneValuePerCategory(options);
        ObjectNode json = JSON.objectNode();
        json.set("chart", chart(options));
        json.set("series", series(options));
        if (options.kind().isCircular()) {
            json.set("labels", strings(options.categories()));
        } else if (options.kind() != ChartKind.HEATMAP) {
            json.putObject("xaxis").set("categories", strings(options.categories()));
        }
        json.set("plotOptions", plotOptions(options));
        if (!options.colors().isEmpty()) {
            json.set("colors", strings(options.colors()));
        }
        if (options.title() != null) {
            json.putObject("title").put("text", options.title());
        }
        json.putObject("legend").put("show", options.legend()).put("position", "bottom");
        json.putObject("dataLabels").put("enabled", options.dataLabels());
        if (options.valueAxisMax() != null) {
            String valueAxis = options.horizontal() ? "xaxis" : "yaxis";
            ObjectNode axis = json.has(valueAxis) ? (ObjectNode) json.get(valueAxis) : json.putObject(valueAxis);
            axis.put("max", options.valueAxisMax());
        }
        if (options.kind() == ChartKind.LINE) {
            // Without visible markers a line has no point to click.
            json.putObject("markers").put("size", 4);
        }
        json.putObject("noData").put("text", Text.of("base.chart.noData").inCurrentLanguage());
        json.set("responsive", phoneLayout());
        return json;
    }

    private static void requireOneValuePerCategory(ChartOptions options) {
        if (options.categories().isEmpty()) {
            return;
        }
        for (ChartSeries row : options.series()) {
            if (row.values().size() != options.categories().size()) {
                throw new IllegalArgumentException("series '" + row.name() + "' has " + row.values().size()
                        + " values for " + options.categories().size() + " categories");
            }
        }
    }

    private static ObjectNode chart(ChartOptions options) {
        ObjectNode chart = JSON.objectNode()
                .put("type", apexType(options.kind()))
                .put("height", options.height())
                .put("width", "100%")
                .put("fontFamily", "inherit")
                .put("stacked", options.kind() == ChartKind.STACKED_BAR);
        chart.putObject("toolbar").put("show", false);
        chart.putObject("zoom").put("enabled", false);
        // drawn at once: an executive's dashboard opens with several charts, and motion helps nobody read them
        chart.putObject("animations").put("enabled", false);
        return chart;
    }

    private static String apexType(ChartKind kind) {
        return switch (kind) {
            case BAR, STACKED_BAR -> "bar";
            case LINE -> "line";
            case HEATMAP -> "heatmap";
            case RADIAL_BAR -> "radialBar";
            case DONUT -> "donut";
        };
    }

    private static ArrayNode series(ChartOptions options) {
        ArrayNode series = JSON.arrayNode();
        if (options.kind().isCircular()) {
            // ApexCharts takes a pie's or radial bar's values as a flat array, labelled by "labels".
            options.series().stream().findFirst().ifPresent(only -> only.values().forEach(series::add));
            return series;
        }
        List<ChartSeries> rows = options.series();
        if (options.kind() == ChartKind.HEATMAP) {
            // ApexCharts stacks heatmap rows bottom-up; reversed, the first series reads as the top row, like a table.
            // cascade-chart.ts maps a clicked row back to the index in ChartOptions.
            rows = rows.reversed();
        }
        for (ChartSeries row : rows) {
            ObjectNode named = series.addObject().put("name", row.name());
            ArrayNode data = named.putArray("data");
            for (int i = 0; i < row.values().size(); i++) {
                if (options.kind() == ChartKind.HEATMAP) {
                    // A heatmap row needs {x, y} cells; its column names come from the cells, not from xaxis.
                    data.addObject().put("x", categoryAt(options, i)).put("y", row.values().get(i));
                } else {
                    data.add(row.values().get(i));
                }
            }
        }
        return series;
    }

    private static String categoryAt(ChartOptions options, int index) {
        return index < options.categories().size() ? options.categories().get(index) : String.valueOf(index + 1);
    }

    private static ObjectNode plotOptions(ChartOptions options) {
        ObjectNode plotOptions = JSON.objectNode();
        plotOptions.putObject("bar").put("horizontal", options.horizontal());
        if (options.kind() == ChartKind.HEATMAP && !options.colorRanges().isEmpty()) {
            ObjectNode heatmap = plotOptions.putObject("heatmap")
                    // A status colour must look the same in every cell, not shaded by its value.
                    .put("enableShades", false);
            ArrayNode ranges = heatmap.putObject("colorScale").putArray("ranges");
            options.colorRanges().forEach(range -> ranges.addObject()
                    .put("from", range.from())
                    .put("to", range.to())
                    .put("color", range.color())
                    .put("name", range.label()));
        }
        return plotOptions;
    }

    private static ArrayNode phoneLayout() {
        ArrayNode responsive = JSON.arrayNode();
        ObjectNode phone = responsive.addObject().put("breakpoint", PHONE_BREAKPOINT).putObject("options");
        phone.putObject("legend").put("fontSize", "11px");
        phone.putObject("title").putObject("style").put("fontSize", "13px");
        phone.putObject("xaxis").putObject("labels").put("trim", true).putObject("style").put("fontSize", "10px");
        return responsive;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
