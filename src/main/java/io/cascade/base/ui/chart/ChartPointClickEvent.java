package io.cascade.base.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A click on one data point. The indices refer to the {@link ChartOptions} the chart showed: for a donut or radial bar
 * the series index is 0 and the data point index is the slice's category.
 */
@DomEvent(ChartPointClickEvent.DOM_EVENT)
public class ChartPointClickEvent extends ComponentEvent<ApexChart> {

    /** Dispatched by {@code cascade-chart.ts}; its detail carries the indices and, for scripts, the names. */
    static final String DOM_EVENT = "cascade-chart-point-click";

    private final int seriesIndex;
    private final int dataPointIndex;

    public ChartPointClickEvent(ApexChart source, boolean fromClient,
            @EventData("event.detail.seriesIndex") int seriesIndex,
            @EventData("event.detail.dataPointIndex") int dataPointIndex) {
        super(source, fromClient);
        this.seriesIndex = seriesIndex;
        this.dataPointIndex = dataPointIndex;
    }

    public int getSeriesIndex() {
        return seriesIndex;
    }

    public int getDataPointIndex() {
        return dataPointIndex;
    }

    /** The name of the clicked series (for a heatmap, the row). */
    public String getSeriesName() {
        return getSource().getOptions().series().get(seriesIndex).name();
    }

    /** The clicked category: the bar's or cell's column, or the slice's label; {@code null} if there are none. */
    public String getCategory() {
        var categories = getSource().getOptions().categories();
        return dataPointIndex < categories.size() ? categories.get(dataPointIndex) : null;
    }
}
