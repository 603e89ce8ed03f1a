/** The typed Java component around ApexCharts; options are built in Java and reach the chart as JSON. */
@org.jspecify.annotations.NullMarked
package io.cascade.base.ui.chart;
