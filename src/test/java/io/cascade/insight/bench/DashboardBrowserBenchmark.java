package io.cascade.insight.bench;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the executive waits for, measured in a real browser: Debian's Chromium through Selenium, against a Cascade
 * that is already running (the production jar, see docs/performance.md), signed in once. Not a test: run it on
 * purpose.
 * <pre>
 * java -cp target/test-classes:$(cat target/classpath.txt) io.cascade.insight.bench.DashboardBrowserBenchmark
 * </pre>
 * System properties: {@code bench.url} (http://localhost:8080), {@code bench.user} / {@code bench.password}
 * (executive / executive), {@code bench.pages} (comma-separated paths with a name, {@code name=path}; default the
 * dashboard, a round and a division's drill-down), {@code bench.runs} (5), {@code bench.warmups} (1),
 * {@code bench.width} (1280), {@code bench.height} (900), {@code bench.screenshots} (a folder: one screenshot per page after its runs).
 * <p>
 * Each load starts a fresh navigation ({@code driver.get}) and ends when the page's {@code ready} condition holds,
 * timed inside the page from the navigation's start ({@code performance.now()}): for the dashboard, the headline
 * figures written and the first chart drawn; for the drill-down, its summary and first grid. It also reads the
 * largest Vaadin response of the load (the first UIDL: {@code v-r=init} or {@code v-r=uidl}), the number of DOM
 * elements, shadow roots included, and the JavaScript heap in use.
 */
public final class DashboardBrowserBenchmark {

    /** Ready: the headline figures are written and the first chart has drawn its SVG. */
    static final String DASHBOARD_READY = """
            const root = document.querySelector('.dashboard');
            if (!root) return false;
            const value = root.querySelector('.headline-value');
            if (!value || !value.textContent.trim()) return false;
            if (root.querySelector('.dashboard-empty:not([hidden])') && !root.querySelector('.dashboard-panels:not([hidden])')) return true;
            const chart = root.querySelector('cascade-chart');
            const svg = chart && (chart.shadowRoot || chart).querySelector('svg.apexcharts-svg');
            return !!svg;""";

    /** Ready: the drill-down's summary and its first grid's rows are there. */
    static final String DRILL_DOWN_READY = """
            const root = document.querySelector('.drill-down');
            if (!root) return false;
            if (root.querySelector('.empty-state')) return true;
            const summary = root.querySelector('.drill-down-summary');
            const grid = root.querySelector('vaadin-grid');
            return !!summary && summary.textContent.trim().length > 0 && !!grid && grid.querySelectorAll('vaadin-grid-cell-content').length > 0;""";

    private DashboardBrowserBenchmark() {
    }

    record Page(String name, String path) {

        String ready() {
            return path.startsWith("dashboard/department") ? DRILL_DOWN_READY : DASHBOARD_READY;
        }
    }

    record Load(double millis, long largestResponseBytes, long domElements, long jsHeapBytes) {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("bench.url", "http://localhost:8080");
        String user = System.getProperty("bench.user", "executive");
        String password = System.getProperty("bench.password", "executive");
        int runs = Integer.getInteger("bench.runs", 5);
        int warmups = Integer.getInteger("bench.warmups", 1);
        int width = Integer.getInteger("bench.width", 1280);
        int height = Integer.getInteger("bench.height", 900);
        String screenshots = System.getProperty("bench.screenshots");
        List<Page> pages = Arrays.stream(System.getProperty("bench.pages",
                        "dashboard=dashboard,round=dashboard?from=2024-01-01&to=2024-12-31").split(","))
                .map(String::trim).filter(entry -> !entry.isEmpty())
                .map(entry -> entry.split("=", 2))
                .map(parts -> new Page(parts[0], parts[1]))
                .toList();

        WebDriver driver = start(width, height);
        try {
            signIn(driver, base, user, password);
            System.out.println("| page | loads | median ms | min / max ms | largest Vaadin response | DOM elements"
                    + " | JS heap |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (Page page : pages) {
                for (int i = 0; i < warmups; i++) {
                    load(driver, base, page);
                }
                List<Load> loads = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    loads.add(load(driver, base, page));
                }
                double[] millis = loads.stream().mapToDouble(Load::millis).sorted().toArray();
                Load last = loads.getLast();
                System.out.printf("| %s | %d | %.0f | %.0f / %.0f | %.0f KB | %,d | %.0f MB |%n", page.name(), runs,
                        median(millis), millis[0], millis[millis.length - 1],
                        loads.stream().mapToLong(Load::largestResponseBytes).max().orElse(0) / 1024.0,
                        last.domElements(), last.jsHeapBytes() / (1024.0 * 1024.0));
                if (screenshots != null) {
                    Path dir = Files.createDirectories(Path.of(screenshots));
                    Files.write(dir.resolve(page.name() + "-" + width + ".png"),
                            ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                }
            }
        } finally {
            driver.quit();
        }
    }

    static WebDriver start(int width, int height) {
        var options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--enable-precise-memory-info", "--window-size=" + width + "," + height);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN",
                        "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
        return driver;
    }

    static void signIn(WebDriver driver, String base, String user, String password) {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(base + "/login");
        var name = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        name.sendKeys(user);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
    }

    /** One fresh navigation to the page, timed in the page from its start until it is ready. */
    static Load load(WebDriver driver, String base, Page page) {
        driver.get("about:blank");
        driver.get(base + "/" + page.path());
        var js = (JavascriptExecutor) driver;
        Object ready = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const ready = () => { %s };
                const check = () => ready() ? done(performance.now()) : requestAnimationFrame(check);
                check();""".formatted(page.ready()));
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) js.executeScript("""
                let largest = 0;
                for (const entry of performance.getEntriesByType('resource')) {
                    if (entry.name.includes('v-r=uidl') || entry.name.includes('v-r=init')) {
                        largest = Math.max(largest, entry.decodedBodySize || entry.encodedBodySize || 0);
                    }
                }
                const count = root => {
                    let n = 0;
                    for (const element of root.querySelectorAll('*')) {
                        n++;
                        if (element.shadowRoot) n += count(element.shadowRoot);
                    }
                    return n;
                };
                return {largest: largest, dom: count(document),
                        heap: performance.memory ? performance.memory.usedJSHeapSize : 0};""");
        return new Load(((Number) ready).doubleValue(), ((Number) facts.get("largest")).longValue(),
                ((Number) facts.get("dom")).longValue(), ((Number) facts.get("heap")).longValue());
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
