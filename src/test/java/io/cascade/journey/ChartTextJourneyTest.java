package io.cascade.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeBrowserTest;
import io.cascade.SignIn;
import io.cascade.organization.HrImportFiles;
import io.cascade.organization.PeopleImportService;
import io.cascade.scheduling.AttendanceImportService;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An HR file names two departments like markup; an executive opens the dashboard over them in Chromium and hovers
 * every bar and label of the charts. The names read as written, on the axis and in the tooltips, and nothing in them
 * runs.
 */
@CascadeBrowserTest
class ChartTextJourneyTest extends BrowserJourney {

    /** Each would set window.cascadeXss if a browser ever parsed it as HTML. */
    static final String IMAGE_TRAP = "R&D <North> <img src=x onerror=window.cascadeXss=1>";
    static final String SVG_TRAP = "<svg onload=window.cascadeXss=2> & 'Co' \"quoted\"";

    @Autowired
    PeopleImportService people;
    @Autowired
    AttendanceImportService attendance;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignIn signIn;

    @Test
    void departmentNamesThatLookLikeMarkupReadAsTextInEveryChartAndRunNothing() {
        long n = System.nanoTime() % 1_000_000;
        String root = "Chart Text Co " + n;
        importDepartmentsWithTraining(root, n);
        long rootId = jdbc.sql("select id from department where name = :name and parent_id is null")
                .param("name", root).query(Long.class).single();

        signIn("executive", "executive");
        open("dashboard?division=" + rootId);
        WebElement bars = wait.until(d -> chartNaming(IMAGE_TRAP));
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        if (!treeRowNames().contains(IMAGE_TRAP)) {
            ((JavascriptExecutor) driver).executeScript("""
                    [...document.querySelectorAll('.trickle-tree vaadin-grid-tree-toggle')]
                        .find(toggle => toggle.textContent.trim() === arguments[0]).click()""", root);
        }
        wait.until(d -> treeRowNames().contains(IMAGE_TRAP));
        assertThat(treeRowNames()).as("the tree shows them as text too").contains(IMAGE_TRAP, SVG_TRAP);

        // the axis: ApexCharts may shorten a long label, but its title is the whole name, as written
        assertThat(axisLabelTitles(bars)).contains(IMAGE_TRAP, SVG_TRAP);

        List<String> titles = hoverEveryBar(bars);
        assertThat(titles).as("tooltip titles, as written").contains(IMAGE_TRAP, SVG_TRAP);
        assertThat(tooltipSeriesNames(bars)).isNotEmpty().allSatisfy(name -> assertThat(name).doesNotContain("&amp;"));
        screenshot("chart-text-tooltip");

        for (WebElement chart : driver.findElements(By.cssSelector("cascade-chart"))) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", chart);
            wait.until(d -> !chart.findElements(By.cssSelector("svg")).isEmpty());
            hoverEveryBar(chart);
            for (WebElement legend : chart.findElements(By.cssSelector(".apexcharts-legend-text"))) {
                if (legend.isDisplayed()) {
                    new Actions(driver).moveToElement(legend).perform();
                }
            }
        }
        assertThat(((JavascriptExecutor) driver).executeScript("return window.cascadeXss === undefined"))
                .as("no name ran as a script").isEqualTo(true);
        assertThat(((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('cascade-chart img, [onerror], [onload]').length")).intValue())
                .as("no name became an element").isZero();
    }

    private void importDepartmentsWithTraining(String root, long n) {
        signIn.as("admin", () -> {
            people.apply(HrImportFiles.file(
                    trap(n, 1, "Mara", root, "MANAGER", null),
                    trap(n, 2, "Ines", root + "/" + IMAGE_TRAP, "MANAGER", 1),
                    trap(n, 3, "Olu", root + "/" + IMAGE_TRAP, "STAFF", 2),
                    trap(n, 4, "Pia", root + "/" + SVG_TRAP, "MANAGER", 1),
                    trap(n, 5, "Quy", root + "/" + SVG_TRAP, "STAFF", 4)), "chart-text.csv");
            // one staff member each trained, before their manager: every part of the bars has something to hover
            String start = String.format("2024-%02d-%02d %02d:%02d", 1 + n % 12, 1 + n % 28, 8 + n % 9, n % 60);
            attendance.apply(("employee_number,course_code,session_start,status\n"
                    + "CT" + n + "-3,SVC-100," + start + ",PRESENT\n"
                    + "CT" + n + "-5,SVC-100," + start + ",PRESENT\n").getBytes(StandardCharsets.UTF_8),
                    ZoneOffset.UTC, "chart-text-attendance.csv");
        });
    }

    /** Person {@code i} of the file, a Trap, reporting to person {@code reportsTo} (or to nobody). */
    private static String trap(long n, int i, String firstName, String departmentPath, String level,
            Integer reportsTo) {
        return HrImportFiles.row("CT" + n + "-" + i, firstName, "Trap", firstName.toLowerCase() + "." + n
                + "@example.com", departmentPath, level, reportsTo == null ? null : "CT" + n + "-" + reportsTo, true);
    }

    /**
     * The chart with a category of this name. Charts draw once near the viewport: the first one not drawn yet is
     * brought there, to be looked at on the next try.
     */
    private WebElement chartNaming(String name) {
        return (WebElement) ((JavascriptExecutor) driver).executeScript("""
                for (const chart of document.querySelectorAll('cascade-chart')) {
                    if (!chart.querySelector('svg')) {
                        chart.scrollIntoView({block: 'center'});
                        return null;
                    }
                    const titles = [...chart.querySelectorAll('svg title')].map(t => t.textContent);
                    if (titles.includes(arguments[0])) {
                        chart.scrollIntoView({block: 'center'});
                        return chart;
                    }
                }
                return null;""", name);
    }

    @SuppressWarnings("unchecked")
    private List<String> axisLabelTitles(WebElement chart) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [...arguments[0].querySelectorAll('.apexcharts-yaxis-label title, .apexcharts-xaxis-label"
                        + " title')].map(t => t.textContent)", chart);
    }

    /** Hovers each visible bar (and line marker) of a chart; the tooltip titles it showed. */
    private List<String> hoverEveryBar(WebElement chart) {
        List<WebElement> parts = chart.findElements(By.cssSelector(".apexcharts-bar-area, .apexcharts-marker"));
        var titles = new java.util.ArrayList<String>();
        for (WebElement part : parts) {
            @SuppressWarnings("unchecked")
            Map<String, Number> box = (Map<String, Number>) ((JavascriptExecutor) driver).executeScript(
                    "const r = arguments[0].getBoundingClientRect(); return {w: r.width, h: r.height}", part);
            if (box.get("w").doubleValue() < 2 || box.get("h").doubleValue() < 2) {
                continue;
            }
            new Actions(driver).moveToElement(part).perform();
            String title = (String) ((JavascriptExecutor) driver).executeScript(
                    "const t = arguments[0].querySelector('.apexcharts-tooltip-title'); return t && t.textContent",
                    chart);
            if (title != null) {
                titles.add(title);
            }
        }
        return titles;
    }

    @SuppressWarnings("unchecked")
    private List<String> tooltipSeriesNames(WebElement chart) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [...arguments[0].querySelectorAll('.apexcharts-tooltip-text-y-label')]"
                        + ".map(l => l.textContent).filter(t => t)", chart);
    }

    @SuppressWarnings("unchecked")
    private List<String> treeRowNames() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".trickle-tree vaadin-grid-tree-toggle")));
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll('.trickle-tree vaadin-grid-tree-toggle')]
                    .map(toggle => toggle.textContent.trim());""");
    }
}
