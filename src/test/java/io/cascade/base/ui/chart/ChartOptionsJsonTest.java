package io.cascade.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class ChartOptionsJsonTest {

    private static final List<String> DEPARTMENTS = List.of("Sales", "Support", "Billing");

    @Test
    void shouldDrawBarsPerCategoryWithTheirSeries() {
        JsonNode json = ChartOptionsJson.toJson(ChartOptions.of(ChartKind.BAR)
                .withTitle("Trained")
                .withCategories(DEPARTMENTS)
                .withSeries(ChartSeries.of("Trained", 3, 5, 8))
                .withColors("#1565c0"));

        assertThat(json.at("/chart/type").asString()).isEqualTo("bar");
        assertThat(json.at("/chart/stacked").asBoolean()).isFalse();
        assertThat(json.at("/chart/width").asString()).isEqualTo("100%");
        assertThat(json.at("/plotOptions/bar/horizontal").asBoolean()).isFalse();
        assertThat(json.at("/xaxis/categories")).extracting(JsonNode::asString)
                .containsExactly("Sales", "Support", "Billing");
        assertThat(json.at("/series/0/name").asString()).isEqualTo("Trained");
        assertThat(json.at("/series/0/data")).extracting(JsonNode::asDouble).containsExactly(3.0, 5.0, 8.0);
        assertThat(json.at("/colors/0").asString()).isEqualTo("#1565c0");
        assertThat(json.at("/title/text").asString()).isEqualTo("Trained");
    }

    @Test
    void namesLikeMarkupTravelAsTheirOwnTextForTheChartToShowLiterally() {
        String name = "R&D <North> <img src=x onerror=alert(1)>";
        JsonNode json = ChartOptionsJson.toJson(ChartOptions.of(ChartKind.STACKED_BAR)
                .withTitle(name)
                .withCategories(List.of(name))
                .withSeries(ChartSeries.of(name, 1)));

        // unescaped here: the SVG labels show text as it is; cascade-chart.ts escapes it for tooltips and legend
        assertThat(json.at("/xaxis/categories/0").asString()).isEqualTo(name);
        assertThat(json.at("/series/0/name").asString()).isEqualTo(name);
        assertThat(json.at("/title/text").asString()).isEqualTo(name);
        assertThat(json.toString()).as("nothing that ApexCharts would write as HTML unescaped")
                .doesNotContain("\"custom\"", "formatter", "customHTML", "annotations");
    }

    @Test
    void shouldStackHorizontalBarsAndCapTheValueAxisOnX() {
        JsonNode json = ChartOptionsJson.toJson(ChartOptions.of(ChartKind.STACKED_BAR)
                .withCategories(DEPARTMENTS)
                .withSeries(ChartSeries.of("Managers", 4, 2, 3), ChartSeries.of("Staff", 10, 7, 1))
                .withHorizontalBars()
                .withValueAxisMax(20));

        assertThat(json.at("/chart/type").asString()).isEqualTo("bar");
        assertThat(json.at("/chart/stacked").asBoolean()).isTrue();
        assertThat(json.at("/plotOptions/bar/horizontal").asBoolean()).isTrue();
        assertThat(json.at("/series")).extracting(row -> row.get("name").asString())
                .containsExactly("Managers", "Staff");
        // In a horizontal bar chart ApexCharts reads the value axis' limits from xaxis.
        assertThat(json.at("/xaxis/max").asDouble()).isEqualTo(20.0);
        assertThat(json.at("/xaxis/categories")).hasSize(3);
        assertThat(json.has("yaxis")).isFalse();
    }

    @Test
    void shouldCapAVerticalChartsValueAxisOnY() {
        JsonNode json = ChartOptionsJson.toJson(ChartOptions.of(ChartKind.LINE)
                .withCategories(List.of("Jan", "Feb"))
                .withSeries(ChartSeries.of("Coverage", 40, 60))
                .withValueAxisMax(100));

        assertThat(json.at("/chart/type").asString()).isEqualTo("line");
        assertThat(json.at("/yaxis/max").asDouble()).isEqualTo(100.0);
        assertThat(json.at("/markers/size").asInt()).as("clickable points").isPositive();
    }

    @Test
    void shouldColourHeatmapCellsByStatusRangesWithTheFirstSeriesOnTop() {
        JsonNode json = ChartOptionsJson.toJson(ChartOptions.of(ChartKind.HEATMAP)
                .withCategories(List.of("Welcome", "Complaints"))
                .withSeries(ChartSeries.of("Sales", 0, 5), ChartSeries.of("Support", 3, 3))
                .withColorRanges(ColorRange.of(0, "#cfd8dc", "Not started"), ColorRange.of(3, "#a5d6a7", "In order"),
                        ColorRange.of(5, "#e53935", "Out of order")));

        assertThat(json.at("/chart/type").asString()).isEqualTo("heatmap");
        assertThat(json.at("/plotOptions/heatmap/enableShades").asBoolean()).isFalse();
        JsonNode ranges = json.at("/plotOptions/heatmap/colorScale/ranges");
        assertThat(ranges).hasSize(3);
        assertThat(ranges.get(2).get("from").asDouble()).isEqualTo(5.0);
        assertThat(ranges.get(2).get("to").asDouble()).isEqualTo(5.0);
        assertThat(ranges.get(2).get("color").asString()).isEqualTo("#e53935");
        assertThat(ranges.get(2).get("name").asString()).isEqualTo("Out of order");
        // ApexCharts draws the last series on top, so the rows go out reversed.
        assertThat(json.at("/series")).extracting(row -> row.get("name").asString())
                .containsExactly("Support", "Sales");
        JsonNode salesOutOfOrder = json.at("/series/1/data/1");
        assertThat(salesOutOfOrder.get("x").asString()).isEqualTo("Complaints");
        assertThat(salesOutOfOrder.get("y").asDouble()).isEqualTo(5.0);
    }

    @Test
    void shouldGiveRadialBarsAFlatSeriesLabelledByCategory() {
        JsonNode json = ChartOptionsJson.toJson(ChartOptions.of(ChartKind.RADIAL_BAR)
                .withCategories(List.of("Executives", "Senior leaders"))
                .withSeries(ChartSeries.of("Coverage", 80, 55)));

        assertThat(json.at("/chart/type").asString()).isEqualTo("radialBar");
        assertThat(json.at("/series")).extracting(JsonNode::asDouble).containsExactly(80.0, 55.0);
        assertThat(json.at("/labels")).extracting(JsonNode::asString).containsExactly("Executives", "Senior leaders");
        assertThat(json.has("xaxis")).isFalse();
    }

    @Test
    void shouldDrawADonutSlicePerCategory() {
        JsonNode json = ChartOptionsJson.toJson(ChartOptions.of(ChartKind.DONUT)
                .withCategories(List.of("Present", "Absent"))
                .withSeries(ChartSeries.of("Attendance", 40, 2))
                .withLegend(false)
                .withDataLabels(true));

        assertThat(json.at("/chart/type").asString()).isEqualTo("donut");
        assertThat(json.at("/series")).extracting(JsonNode::asDouble).containsExactly(40.0, 2.0);
        assertThat(json.at("/legend/show").asBoolean()).isFalse();
        assertThat(json.at("/dataLabels/enabled").asBoolean()).isTrue();
    }

    @Test
    void shouldRefuseASeriesThatDoesNotFitTheCategories() {
        ChartOptions options = ChartOptions.of(ChartKind.BAR)
                .withCategories(DEPARTMENTS)
                .withSeries(ChartSeries.of("Trained", 3, 5));

        assertThatThrownBy(() -> ChartOptionsJson.toJson(options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Trained' has 2 values for 3 categories");
    }

    @Test
    void shouldRefuseASecondSeriesForADonut() {
        assertThatThrownBy(() -> ChartOptions.of(ChartKind.DONUT)
                .withSeries(ChartSeries.of("A", 1), ChartSeries.of("B", 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
