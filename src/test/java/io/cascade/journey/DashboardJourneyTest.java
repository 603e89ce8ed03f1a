package io.cascade.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.cascade.CascadeBrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An executive opens the dashboard in Chromium: the headline figures and the charts are drawn; they open a division
 * in the tree, find a team by name, open its people, and pick a training round. Screenshots of desktop and phone
 * widths land in target/screenshots.
 */
@CascadeBrowserTest
class DashboardJourneyTest extends BrowserJourney {

    @Test
    void shouldOpenADivisionFindATeamOpenItsPeopleAndPickARound() {
        signIn("executive", "executive");
        open("dashboard");
        waitForCharts();
        assertThat(driver.findElements(By.cssSelector(".headline-card"))).hasSize(6);
        assertThat(chartsWiderThanTheirPlace()).as("charts wider than their panel").isZero();
        assertThat(treeRowNames()).contains("Northwind Service Group", "Contact Centre").doesNotContain("Customer Care");
        screenshot("dashboard-desktop");

        // open a division in the tree: its departments appear below it
        treeToggle("Contact Centre").click();
        wait.until(d -> treeRowNames().contains("Customer Care"));
        WebElement outOfOrder = heatCell("Customer Care", "SVC-100");
        assertThat(outOfOrder.getAttribute("class")).contains("heat-out-of-order");
        assertThat(outOfOrder.getAttribute("title")).as("the cell's tooltip, written in the browser from its figures")
                .matches("SVC-100: Out of order, managers \\d+ of \\d+, staff \\d+ of \\d+, \\d+ before a manager");
        resize(1280, 3400);
        settle();
        screenshot("dashboard-desktop-full");
        resize(1280, 800);
        settle();

        // find a team by name: the dashboard shows its part of the tree
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);"
                + "document.querySelector('.dashboard-search').scrollIntoView({block: 'center'})");
        WebElement search = driver.findElement(By.cssSelector("vaadin-combo-box.dashboard-search input"));
        search.sendKeys("Chat Team");
        wait.until(d -> !d.findElements(By.xpath("//vaadin-combo-box-item[contains(., 'Chat Team')]")).isEmpty());
        driver.findElement(By.xpath("//vaadin-combo-box-item[contains(., 'Chat Team')]")).click();
        wait.until(ExpectedConditions.urlContains("division="));
        waitForVaadin();
        wait.until(d -> d.findElement(By.cssSelector(".dashboard-breadcrumb")).getText().contains("Chat Team"));
        assertThat(driver.findElement(By.cssSelector(".dashboard-breadcrumb")).getText())
                .contains("Whole organisation", "Contact Centre", "Customer Care", "Chat Team");

        // its people, and who was trained before their manager
        driver.findElement(By.cssSelector("vaadin-button.scope-people")).click();
        wait.until(ExpectedConditions.urlContains("/dashboard/department/"));
        waitForVaadin();
        List<WebElement> violations = wait.until(
                ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(".violation")));
        assertThat(violations.getFirst().getText()).matches("(?s)Staff .+ trained on .+, manager .+");
        hideDevelopmentTools();
        screenshot("dashboard-drill-down");

        // back to the whole organisation, this year's round
        open("dashboard");
        waitForCharts();
        WebElement round = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-select.dashboard-round")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", round);
        wait.until(ExpectedConditions.elementToBeClickable(round)).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='This year']"))).click();
        wait.until(ExpectedConditions.urlContains("from="));
        waitForVaadin();
        wait.until(d -> d.findElement(By.cssSelector(".dashboard-scope")).getText().contains("Staff trained since"));
        assertThat(driver.findElements(By.cssSelector(".headline-card"))).hasSize(6);
        screenshot("dashboard-round");
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
        open("dashboard?from=1990-01-01&to=1990-12-31");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dashboard-empty")))
                .getText()).contains("Nobody was trained in this selection.");
        hideDevelopmentTools();
        screenshot("dashboard-phone-empty");
    }

    /** The names of the tree's rows as drawn (the grid renders the rows it shows). */
    @SuppressWarnings("unchecked")
    private List<String> treeRowNames() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll('.trickle-tree vaadin-grid-tree-toggle')]
                    .filter(toggle => toggle.offsetParent !== null)
                    .map(toggle => toggle.textContent.trim());""");
    }

    private WebElement treeToggle(String department) {
        return wait.until(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                const toggle = [...document.querySelectorAll('.trickle-tree vaadin-grid-tree-toggle')]
                    .find(toggle => toggle.offsetParent !== null && toggle.textContent.trim() === arguments[0]);
                if (toggle) toggle.scrollIntoView({block: 'center'});
                return toggle;""",
                department));
    }

    /**
     * The course's cell in the department's row: from the row's tree toggle to its table row in the grid's shadow
     * root, then the cell button there whose title starts with the course code.
     */
    private WebElement heatCell(String department, String courseCode) {
        return wait.until(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                const toggle = [...document.querySelectorAll('.trickle-tree vaadin-grid-tree-toggle')]
                    .find(t => t.offsetParent !== null && t.textContent.trim() === arguments[0]);
                const slot = toggle && toggle.closest('vaadin-grid-cell-content')?.assignedSlot;
                const row = slot && slot.closest('tr');
                if (!row) return null;
                for (const cellSlot of row.querySelectorAll('slot')) {
                    for (const content of cellSlot.assignedElements()) {
                        const cell = [...content.querySelectorAll('button.heat')]
                            .find(button => button.title.startsWith(arguments[1] + ':'));
                        if (cell) return cell;
                    }
                }
                return null;""", department, courseCode));
    }

    private long chartsWiderThanTheirPlace() {
        return (Long) ((JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll('cascade-chart')].filter(chart => {
                    const canvas = chart.querySelector('.apexcharts-canvas');
                    return canvas && canvas.getBoundingClientRect().width > chart.getBoundingClientRect().width + 1;
                }).length;""");
    }

    /** Charts draw when they come near the viewport: bring the first one there, wait for it, back to the top. */
    private void waitForCharts() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("cascade-chart")));
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('cascade-chart').scrollIntoView({block: 'center'})");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("cascade-chart svg")));
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('.view').scrollIntoView({block: 'start'})");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".trickle-tree button.heat")));
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
