package io.cascade.base.ui.chart;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.Tests;

import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Lets browserless view tests click a chart's data point the way {@code cascade-chart.ts} reports it.
 */
@Tests(ApexChart.class)
public class ApexChartTester extends ComponentTester<ApexChart> {

    public ApexChartTester(ApexChart chart) {
        super(chart);
    }

    /** Sends the DOM event a click on the given point dispatches in the browser. */
    public void clickPoint(int seriesIndex, int dataPointIndex) {
        ensureComponentIsUsable();
        fireDomEvent(ChartPointClickEvent.DOM_EVENT, JsonNodeFactory.instance.objectNode()
                .put("event.detail.seriesIndex", seriesIndex)
                .put("event.detail.dataPointIndex", dataPointIndex));
    }
}
