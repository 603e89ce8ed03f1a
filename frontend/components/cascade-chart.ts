import ApexCharts from 'apexcharts';

/** What the Java side (io.cascade.base.ui.chart.ChartOptionsJson) sends: ApexCharts options without functions. */
type ChartOptions = Record<string, any>;

interface ColorRange {
  from: number;
  to: number;
  name: string;
}

/**
 * The chart types whose every tooltip and legend text goes through the formatters in withBehaviour. Other types
 * (rangeBar, candlestick, boxPlot…) write names into HTML of their own making: vet one before adding it here.
 */
const VETTED_TYPES = new Set<string | undefined>(['bar', 'line', 'heatmap', 'radialBar', 'donut']);

/** Text as HTML for the places ApexCharts writes with innerHTML: shown literally, never parsed as markup. */
function asHtmlText(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A tooltip's value as ApexCharts would print it (its y axis label formatter), escaped. Missing values stay missing,
 * so that a shared tooltip still hides the series without one.
 */
function tooltipValue(value: unknown, context: any): unknown {
  if (value === null || value === undefined) {
    return value;
  }
  // pies and radial bars pass the chart context itself, axis charts {w, seriesIndex, …}
  const formatters: any[] = (context?.w ?? context)?.globals?.yLabelFormatters ?? [];
  const index = context?.seriesIndex ?? 0;
  const format =
    typeof formatters[index] === 'function'
      ? formatters[index]
      : typeof formatters[0] === 'function'
        ? formatters[0]
        : (v: unknown) => v;
  return asHtmlText(format(value, context));
}

/**
 * <cascade-chart>: draws an ApexCharts chart from its `options` property and redraws when the property changes.
 * A click on a data point dispatches `cascade-chart-point-click` with
 * detail {seriesIndex, dataPointIndex, seriesName, category}.
 *
 * Light DOM on purpose: ApexCharts puts its tooltip and legend styles into the document head.
 *
 * A chart is first drawn when it comes near the viewport: drawing is most of the browser's work on a dashboard,
 * and a page of several charts shows its first screen sooner when those further down wait until they are
 * scrolled to. Once drawn, a chart follows its options at once.
 */
class CascadeChart extends HTMLElement {
  private chart?: ApexCharts;
  private chartType?: string;
  private currentOptions?: ChartOptions;
  private rendering: Promise<unknown> = Promise.resolve();
  private visible?: Promise<void>;
  private observer?: IntersectionObserver;

  connectedCallback() {
    this.style.display = 'block';
    this.style.width = this.style.width || '100%';
    // Vaadin may set the property before this class is defined; re-run it through the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'options')) {
      const early = (this as any).options;
      delete (this as any).options;
      this.options = early;
    } else if (this.currentOptions) {
      this.render();
    }
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.observer = undefined;
    this.visible = undefined;
    this.chart?.destroy();
    this.chart = undefined;
  }

  /** Resolves once the element is within a screen's height of the viewport (at once without an observer). */
  private nearViewport(): Promise<void> {
    if (!this.visible) {
      if (typeof IntersectionObserver === 'undefined') {
        this.visible = Promise.resolve();
      } else {
        this.visible = new Promise((resolve) => {
          this.observer = new IntersectionObserver(
            (entries) => {
              if (entries.some((entry) => entry.isIntersecting)) {
                this.observer?.disconnect();
                this.observer = undefined;
                resolve();
              }
            },
            { rootMargin: '100% 0px' }
          );
          this.observer.observe(this);
        });
      }
    }
    return this.visible;
  }

  get options(): ChartOptions | undefined {
    return this.currentOptions;
  }

  set options(options: ChartOptions | undefined) {
    this.currentOptions = options;
    if (this.isConnected) {
      this.render();
    }
  }

  private render() {
    const options = this.currentOptions;
    if (!options) {
      return;
    }
    // Serialize renders: ApexCharts' render and update are asynchronous.
    this.rendering = this.rendering
      .then(() => this.nearViewport())
      .then(() => this.draw(options))
      .catch((error) => console.error(error));
  }

  private async draw(options: ChartOptions) {
    if (!this.isConnected || options !== this.currentOptions) {
      return;
    }
    const full = this.withBehaviour(options);
    if (this.chart && this.chartType === options.chart?.type) {
      await this.chart.updateOptions(full, true, true, true);
      return;
    }
    this.chart?.destroy();
    this.chart = new ApexCharts(this, full);
    this.chartType = options.chart?.type;
    await this.chart.render();
  }

  /**
   * Adds what JSON cannot carry: the click handler, the heatmap's range names in tooltips, and the formatters that
   * keep every name text (see {@link asHtmlText}). ApexCharts draws axis labels, data labels and titles as SVG text
   * (text nodes: safe as they are) but writes tooltips and the legend with innerHTML; a department called
   * `R&D <North>` must read so in both, and a name that looks like markup must never become markup.
   */
  private withBehaviour(options: ChartOptions): ChartOptions {
    const type = options.chart?.type;
    if (!VETTED_TYPES.has(type)) {
      // rangeBar, candlestick, boxPlot and others build tooltips from names by themselves: check them first
      throw new Error(`cascade-chart: chart type ${type} is not vetted for text-only labels`);
    }
    const ranges: ColorRange[] = options.plotOptions?.heatmap?.colorScale?.ranges ?? [];
    const full: ChartOptions = {
      ...options,
      chart: {
        ...options.chart,
        events: {
          dataPointSelection: (_event: unknown, _chart: unknown, config: any) =>
            this.pointClicked(options, config.seriesIndex, config.dataPointIndex),
        },
      },
      tooltip: {
        ...options.tooltip,
        custom: undefined,
        x: { ...options.tooltip?.x, formatter: (value: unknown) => asHtmlText(value) },
        y: {
          formatter: (value: unknown, context: any) => {
            const range = typeof value === 'number' ? ranges.find((r) => value >= r.from && value <= r.to) : undefined;
            return range ? asHtmlText(range.name) : tooltipValue(value, context);
          },
          title: { formatter: (seriesName: unknown) => (seriesName ? asHtmlText(seriesName) + ': ' : '') },
        },
        z: {
          ...options.tooltip?.z,
          title: asHtmlText(options.tooltip?.z?.title),
          formatter: (value: unknown) => asHtmlText(value),
        },
      },
      legend: {
        ...options.legend,
        formatter: (name: unknown) => asHtmlText(name),
        tooltipHoverFormatter: undefined,
        markers: { ...options.legend?.markers, customHTML: undefined },
      },
    };
    return full;
  }

  private pointClicked(options: ChartOptions, seriesIndex: number, dataPointIndex: number) {
    if (seriesIndex < 0 || dataPointIndex < 0) {
      return;
    }
    const type = options.chart?.type;
    const series: any[] = options.series ?? [];
    // The Java side sends heatmap rows bottom-up (see ChartOptionsJson); report the row's index in its own order.
    const javaSeriesIndex = type === 'heatmap' ? series.length - 1 - seriesIndex : seriesIndex;
    const circular = type === 'donut' || type === 'radialBar';
    const seriesName = circular ? undefined : series[seriesIndex]?.name;
    const category = circular
      ? options.labels?.[dataPointIndex]
      : type === 'heatmap'
        ? series[seriesIndex]?.data?.[dataPointIndex]?.x
        : options.xaxis?.categories?.[dataPointIndex];
    this.dispatchEvent(
      new CustomEvent('cascade-chart-point-click', {
        detail: { seriesIndex: javaSeriesIndex, dataPointIndex, seriesName, category },
        bubbles: true,
        composed: true,
      })
    );
  }
}

if (!customElements.get('cascade-chart')) {
  customElements.define('cascade-chart', CascadeChart);
}
