package io.cascade.base.ui.chart;

import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * A chart drawn in the browser by ApexCharts. It fills the width of its container and redraws whenever
 * {@link #setOptions(ChartOptions)} is called.
 *
 * <pre>{@code
 * ApexChart chart = new ApexChart(ChartOptions.of(ChartKind.BAR)
 *         .withCategories(departmentNames)
 *         .withSeries(ChartSeries.of("Trained", trainedCounts)));
 * chart.addPointClickListener(click -> openDepartment(departmentIds.get(click.getDataPointIndex())));
 * }</pre>
 */
@Tag("cascade-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./components/cascade-chart.ts")
public class ApexChart extends Component implements HasSize {

    private ChartOptions options;

    public ApexChart(ChartOptions options) {
        setOptions(options);
    }

    public ChartOptions getOptions() {
        return options;
    }

    /**
     * Shows new data or settings.
     *
     * @throws IllegalArgumentException if a series does not have one value per category
     */
    public void setOptions(ChartOptions options) {
        Objects.requireNonNull(options, "options");
        getElement().setPropertyJson("options", ChartOptionsJson.toJson(options));
        this.options = options;
    }

    /**
     * Called when the user clicks (or taps) a bar, a heatmap cell, a slice or a line marker. Clicks whose indices do not
     * fit the current options (sent by a browser still showing older data) are dropped.
     */
    public Registration addPointClickListener(ComponentEventListener<ChartPointClickEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        return addListener(ChartPointClickEvent.class, click -> {
            if (pointsAtData(click)) {
                listener.onComponentEvent(click);
            }
        });
    }

    private boolean pointsAtData(ChartPointClickEvent click) {
        int series = click.getSeriesIndex();
        return series >= 0 && series < options.series().size()
                && click.getDataPointIndex() >= 0
                && click.getDataPointIndex() < options.series().get(series).values().size();
    }
}
