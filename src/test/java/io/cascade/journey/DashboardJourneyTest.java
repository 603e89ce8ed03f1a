package io.cascade.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeBrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An executive opens the dashboard in Chromium: the charts are drawn, and a click on a red heatmap cell opens the
 * department with the staff trained before their manager. Screenshots of desktop and phone widths land in
 * target/screenshots.
 */
@CascadeBrowserTest
class DashboardJourneyTest extends BrowserJourney {

    /** ApexCharts draws each heatmap cell as a rect carrying its value; out of order is code 1 (StatusLook). */
    private static final By OUT_OF_ORDER_CELL = By.cssSelector("rect.apexcharts-heatmap-rect[val='1']");

    @Test
    void shouldDrawTheChartsAndOpenADepartmentFromTheHeatmap() {
        signIn("executive", "executive");
        open("dashboard");
        waitForCharts();
        assertThat(driver.findElements(By.cssSelector("cascade-chart svg"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(driver.findElements(By.cssSelector(".headline-card"))).hasSize(6);
        assertThat(chartsWiderThanTheirPlace()).as("charts wider than their panel").isZero();
        screenshot("dashboard-desktop");
        resize(1280, 3400);
        settle();
        screenshot("dashboard-desktop-full");
        resize(1280, 800);
        settle();

        WebElement cell = heatmapCell("Customer Care", "SVC-100");
        assertThat(cell.getAttribute("val")).as("out of order").isEqualTo("1");
        new Actions(driver).moveToElement(cell).click().perform();

        wait.until(ExpectedConditions.urlContains("/dashboard/department/"));
        waitForVaadin();
        List<WebElement> violations = wait.until(
                ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(".violation")));
        assertThat(violations.getFirst().getText()).matches("(?s)Staff .+ trained on .+, manager .+");
        hideDevelopmentTools();
        screenshot("dashboard-drill-down");
    }

    @Test
    void shouldStackTheDashboardOnAPhone() {
        signIn("executive", "executive");
        resize(390, 844);
        open("dashboard");
        waitForCharts();

        Number pageWidth = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth");
        assertThat(pageWidth.intValue()).as("nothing wider than the phone").isLessThanOrEqualTo(390);
        screenshot("dashboard-phone");
        resize(390, 2600);
        settle();
        screenshot("dashboard-phone-full");

        resize(390, 844);
        open("dashboard?from=2100-01-01");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dashboard-empty")))
                .getText()).contains("Nobody was trained in this selection.");
        hideDevelopmentTools();
        screenshot("dashboard-phone-empty");
    }

    private long chartsWiderThanTheirPlace() {
        return (Long) ((JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll('cascade-chart')].filter(chart => {
                    const canvas = chart.querySelector('.apexcharts-canvas');
                    return canvas && canvas.getBoundingClientRect().width > chart.getBoundingClientRect().width + 1;
                }).length;""");
    }

    /**
     * The cell of the department's row and the course's column. ApexCharts marks each cell with the index of its
     * series ({@code i}) and data point ({@code j}) in the options the Java side sent, so the cell is found by name
     * whatever the size of the chart or the way its axis labels were shortened. Waits while the chart redraws.
     */
    private WebElement heatmapCell(String department, String courseCode) {
        return wait.until(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                const chart = [...document.querySelectorAll('cascade-chart')]
                    .find(element => element.options?.chart?.type === 'heatmap');
                if (!chart) return null;
                const series = chart.options.series ?? [];
                const row = series.findIndex(s => s.name === arguments[0]);
                if (row < 0) return null;
                const column = (series[row].data ?? []).findIndex(point => point.x === arguments[1]);
                if (column < 0) return null;
                const cell = chart.querySelector(`rect.apexcharts-heatmap-rect[i='${row}'][j='${column}']`);
                if (!cell) return null;
                cell.scrollIntoView({block: 'center'});
                return cell;""", department, courseCode));
    }

    private void waitForCharts() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("cascade-chart svg")));
        wait.until(ExpectedConditions.presenceOfElementLocated(OUT_OF_ORDER_CELL));
        waitForVaadin();
        hideDevelopmentTools();
        settle();
    }

    /** The development-mode tools would cover part of the screenshots. */
    private void hideDevelopmentTools() {
        ((JavascriptExecutor) driver).executeScript("""
                [...document.body.children].filter(element => /^(vaadin-dev-tools|copilot-)/i.test(element.tagName))
                    .forEach(element => element.remove());""");
    }

    /** Lets ApexCharts finish drawing (and redrawing at the settled width) before a screenshot or a click. */
    private static void settle() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
