package io.cascade.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;

import tools.jackson.databind.JsonNode;

class ApexChartTest extends BrowserlessTest {

    private final List<ChartPointClickEvent> clicks = new ArrayList<>();
    private ApexChart chart;

    @BeforeEach
    void showHeatmap() {
        chart = new ApexChart(ChartOptions.of(ChartKind.HEATMAP)
                .withCategories(List.of("Welcome", "Complaints", "Phone"))
                .withSeries(ChartSeries.of("Sales", 0, 5, 3), ChartSeries.of("Support", 3, 3, 0))
                .withColorRanges(ColorRange.of(0, "#cfd8dc", "Not started"), ColorRange.of(3, "#a5d6a7", "In order"),
                        ColorRange.of(5, "#e53935", "Out of order")));
        chart.addPointClickListener(clicks::add);
        UI.getCurrent().add(chart);
    }

    @Test
    void shouldHandTheOptionsToTheBrowserAsJson() {
        JsonNode options = optionsInBrowser();

        assertThat(options.at("/chart/type").asString()).isEqualTo("heatmap");
        assertThat(options.at("/plotOptions/heatmap/colorScale/ranges")).hasSize(3);
    }

    @Test
    void shouldRedrawWithNewOptions() {
        chart.setOptions(ChartOptions.of(ChartKind.BAR)
                .withCategories(List.of("Sales"))
                .withSeries(ChartSeries.of("Trained", 7)));

        assertThat(optionsInBrowser().at("/chart/type").asString()).isEqualTo("bar");
        assertThat(optionsInBrowser().at("/series/0/data/0").asDouble()).isEqualTo(7.0);
    }

    @Test
    void shouldTellWhichCellWasClicked() {
        new ApexChartTester(chart).clickPoint(0, 1);

        assertThat(clicks).singleElement().satisfies(click -> {
            assertThat(click.isFromClient()).isTrue();
            assertThat(click.getSeriesIndex()).isZero();
            assertThat(click.getDataPointIndex()).isEqualTo(1);
            assertThat(click.getSeriesName()).isEqualTo("Sales");
            assertThat(click.getCategory()).isEqualTo("Complaints");
        });
    }

    @Test
    void shouldTellWhichSliceOfADonutWasClicked() {
        chart.setOptions(ChartOptions.of(ChartKind.DONUT)
                .withCategories(List.of("Present", "Late", "Absent"))
                .withSeries(ChartSeries.of("Attendance", 40, 5, 2)));

        new ApexChartTester(chart).clickPoint(0, 2);

        assertThat(clicks).singleElement().satisfies(click -> {
            assertThat(click.getSeriesName()).isEqualTo("Attendance");
            assertThat(click.getCategory()).isEqualTo("Absent");
        });
    }

    @Test
    void shouldIgnoreAClickOnDataTheChartNoLongerShows() {
        chart.setOptions(chart.getOptions()
                .withCategories(List.of("Welcome"))
                .withSeries(ChartSeries.of("Sales", 4)));

        new ApexChartTester(chart).clickPoint(1, 2);

        assertThat(clicks).isEmpty();
    }

    private JsonNode optionsInBrowser() {
        return (JsonNode) chart.getElement().getPropertyRaw("options");
    }
}
