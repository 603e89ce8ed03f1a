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
 * {@code bench.width} (1280), {@code bench.height} (900), {@code bench.screenshots} (a folder: one screenshot per page
 * after its runs), {@code bench.jdbc} (the server's database, e.g. {@code jdbc:mariadb://127.0.0.1:3306/cascade_bench_l}:
 * signs in as {@code bench-admin}, an ADMIN account it adds there when missing, instead of {@code bench.user}), and
 * {@code bench.dumpUidl} (a file prefix: writes the page's largest UIDL response there, to see what makes it
 * large), and {@code bench.pid} with {@code bench.uis} (20): the server's process id, to measure the heap each open dashboard
 * keeps (after a full GC with {@code jcmd}, the heap in use with that many dashboards open in as many tabs, less the
 * heap in use before, divided by their number).
 * <p>
 * Each load starts a fresh navigation ({@code driver.get}) and ends when the page's {@code ready} condition holds,
 * timed inside the page from the navigation's start ({@code performance.now()}): for the dashboard, its first screen
 * drawn (see {@link #DASHBOARD_READY}); for the drill-down, its summary and first grid; for any other view, its grid's
 * first rows or else the view itself with no request to the server under way. It also reads the
 * largest Vaadin response of the load (the first UIDL: {@code v-r=init} or {@code v-r=uidl}), the number of DOM
 * elements, shadow roots included, and the JavaScript heap in use.
 */
public final class DashboardBrowserBenchmark {

    /**
     * Ready: the first screen is drawn. The headline figures are written, the tree's cells (the dashboard's main
     * chart, departments by course) are there, and every chart that starts within the window has drawn its SVG
     * (charts further down draw when scrolled to). An empty dashboard is ready once it says so.
     */
    static final String DASHBOARD_READY = """
            const root = document.querySelector('.dashboard');
            if (!root) return false;
            const value = root.querySelector('.headline-value');
            if (!value || !value.textContent.trim()) return false;
            const empty = root.querySelector('.dashboard-empty');
            if (empty && empty.offsetParent !== null) return true;
            if (!root.querySelector('.trickle-tree button.heat')) return false;
            return [...root.querySelectorAll('cascade-chart')]
                .filter(chart => chart.getBoundingClientRect().top < window.innerHeight)
                .every(chart => chart.querySelector('svg.apexcharts-svg'));""";

    /** Ready: the drill-down's summary and its first grid's rows are there. */
    static final String DRILL_DOWN_READY = """
            const root = document.querySelector('.drill-down');
            if (!root) return false;
            if (root.querySelector('.empty-state')) return true;
            const summary = root.querySelector('.drill-down-summary');
            const grid = root.querySelector('vaadin-grid');
            return !!summary && summary.textContent.trim().length > 0 && !!grid && grid.querySelectorAll('vaadin-grid-cell-content').length > 0;""";

    /** Ready: any other view is there, its first grid (if any) shows rows, and no server request is under way. */
    static final String VIEW_READY = """
            const view = document.querySelector('.view');
            if (!view) return false;
            const clients = Object.values(window.Vaadin?.Flow?.clients ?? {});
            if (clients.some(client => client.isActive && client.isActive())) return false;
            const grid = view.querySelector('vaadin-grid');
            return !grid || grid.querySelectorAll('vaadin-grid-cell-content').length > 0;""";

    private DashboardBrowserBenchmark() {
    }

    /**
     * A page to time: {@code path}, or with {@code from} an in-app navigation: the {@code from} page is loaded first
     * (not timed), then a click on a link to {@code path} (as a click on a dashboard cell) is timed until ready.
     */
    record Page(String name, String from, String path) {

        static Page of(String name, String spec) {
            int arrow = spec.indexOf('>');
            return arrow < 0 ? new Page(name, null, spec)
                    : new Page(name, spec.substring(0, arrow), spec.substring(arrow + 1));
        }

        String ready() {
            if (path.startsWith("dashboard/department")) {
                return DRILL_DOWN_READY;
            }
            return path.startsWith("dashboard") ? DASHBOARD_READY : VIEW_READY;
        }
    }

    /**
     * @param phases when the page's scripts had loaded (DOMContentLoaded), the largest Vaadin request was sent and
     *               its response received, in ms from the navigation's start
     */
    record Load(double millis, long largestResponseBytes, long domElements, long jsHeapBytes, String phases) {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("bench.url", "http://localhost:8080");
        String user = System.getProperty("bench.user", "executive");
        String password = System.getProperty("bench.password", "executive");
        String jdbc = System.getProperty("bench.jdbc");
        if (jdbc != null) {
            ensureBenchAdmin(jdbc, System.getProperty("bench.dbUser", "root"),
                    System.getProperty("bench.dbPassword", ""));
            user = BENCH_ADMIN;
            password = BENCH_PASSWORD;
        }
        int runs = Integer.getInteger("bench.runs", 5);
        int warmups = Integer.getInteger("bench.warmups", 1);
        int width = Integer.getInteger("bench.width", 1280);
        int height = Integer.getInteger("bench.height", 900);
        String screenshots = System.getProperty("bench.screenshots");
        List<Page> pages = Arrays.stream(System.getProperty("bench.pages",
                        "dashboard=dashboard,round=dashboard?from=2024-01-01&to=2024-12-31").split(","))
                .map(String::trim).filter(entry -> !entry.isEmpty())
                .map(entry -> entry.split("=", 2))
                .map(parts -> Page.of(parts[0], parts[1]))
                .toList();

        WebDriver driver = start(width, height);
        try {
            signIn(driver, base, user, password);
            System.out.println("| page | loads | median ms | min / max ms | largest Vaadin response | DOM elements"
                    + " | JS heap | last load: scripts / request sent / response in, ms |");
            System.out.println("|---|---|---|---|---|---|---|---|");
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
                System.out.printf("| %s | %d | %.0f | %.0f / %.0f | %.0f KB | %,d | %.0f MB | %s |%n", page.name(),
                        runs, median(millis), millis[0], millis[millis.length - 1],
                        loads.stream().mapToLong(Load::largestResponseBytes).max().orElse(0) / 1024.0,
                        last.domElements(), last.jsHeapBytes() / (1024.0 * 1024.0), last.phases());
                String dump = System.getProperty("bench.dumpUidl");
                if (dump != null) {
                    // what the largest response carries, to see what makes it large
                    ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand(
                            "Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                                    window.__uidl = [];
                                    const open = XMLHttpRequest.prototype.open;
                                    XMLHttpRequest.prototype.open = function (method, url) {
                                        this.addEventListener('load', () => {
                                            if (String(url).includes('v-r=uidl')) window.__uidl.push(this.responseText);
                                        });
                                        return open.apply(this, arguments);
                                    };"""));
                    load(driver, base, page);
                    Object largest = ((JavascriptExecutor) driver).executeScript(
                            "return (window.__uidl || []).reduce((a, b) => b.length > a.length ? b : a, '')");
                    Files.writeString(Path.of(dump + "-" + page.name() + ".json"), String.valueOf(largest));
                }
                String pid = System.getProperty("bench.pid");
                if (pid != null && !page.path().startsWith("dashboard/department")) {
                    System.out.printf("| %s: heap kept per open UI | %s |%n", page.name(),
                            heapPerUi(driver, base, page, pid, Integer.getInteger("bench.uis", 20)));
                }
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

    static final String BENCH_ADMIN = "bench-admin";
    static final String BENCH_PASSWORD = "bench-admin";

    /** The generated organisations have people but no accounts: add an administrator to sign in with. */
    static void ensureBenchAdmin(String url, String user, String password) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(url, user, password);
             var find = connection.prepareStatement("select id from user_account where username = ?")) {
            find.setString(1, BENCH_ADMIN);
            try (var rs = find.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (var insert = connection.prepareStatement("""
                    insert into user_account (username, password_hash, enabled, locked, created_at, must_change_password)
                    values (?, ?, true, false, ?, false)""", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, BENCH_ADMIN);
                insert.setString(2, "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                        .encode(BENCH_PASSWORD));
                insert.setObject(3, java.time.LocalDateTime.now());
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys();
                     var role = connection.prepareStatement(
                             "insert into user_account_role (account_id, role) values (?, 'ADMIN')")) {
                    keys.next();
                    role.setLong(1, keys.getLong(1));
                    role.executeUpdate();
                }
            }
        }
    }

    /**
     * Opens the page in {@code uis} more tabs of the signed-in browser, each a Vaadin UI of its own, and returns the
     * server heap they keep each: in use after a full GC with them open, less in use after a full GC before.
     */
    static String heapPerUi(WebDriver driver, String base, Page page, String pid, int uis) throws Exception {
        String first = driver.getWindowHandle();
        long before = heapUsedAfterGc(pid);
        List<String> tabs = new ArrayList<>();
        for (int i = 0; i < uis; i++) {
            driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            tabs.add(driver.getWindowHandle());
            load(driver, base, page, false);
        }
        long after = heapUsedAfterGc(pid);
        for (String tab : tabs) {
            driver.switchTo().window(tab);
            driver.close();
        }
        driver.switchTo().window(first);
        return "%.2f MB (%d UIs: %.0f MB before, %.0f MB after)".formatted((after - before) / (1024.0 * 1024.0 * uis),
                uis, before / (1024.0 * 1024.0), after / (1024.0 * 1024.0));
    }

    /** The server's heap in use after a full collection, in bytes, from {@code jcmd GC.heap_info}. */
    static long heapUsedAfterGc(String pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, pid, "GC.run");
        run(jcmd, pid, "GC.run");
        String info = run(jcmd, pid, "GC.heap_info");
        var matcher = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
        if (!matcher.find()) {
            throw new IllegalStateException("No heap figure in: " + info);
        }
        return Long.parseLong(matcher.group(1)) * 1024;
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + out);
        }
        return out;
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
        return load(driver, base, page, true);
    }

    static Load load(WebDriver driver, String base, Page page, boolean fresh) {
        if (fresh) {
            driver.get("about:blank");
        }
        var js = (JavascriptExecutor) driver;
        Object ready;
        if (page.from() != null) {
            driver.get(base + "/" + page.from());
            js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const ready = () => { %s };
                    const check = () => ready() ? done(true) : requestAnimationFrame(check);
                    check();""".formatted(new Page("from", null, page.from()).ready()));
            performance(js);
            // a router link, as Vaadin's own: the click is handled in the page, not by a new page load
            ready = js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    performance.clearResourceTimings();
                    const link = document.createElement('a');
                    link.href = arguments[0];
                    link.setAttribute('router-link', '');
                    document.body.appendChild(link);
                    const start = performance.now();
                    link.click();
                    const ready = () => { %s };
                    const check = () => ready() ? done(performance.now() - start) : requestAnimationFrame(check);
                    requestAnimationFrame(check);""".formatted(page.ready()), page.path());
        } else {
            driver.get(base + "/" + page.path());
            ready = js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const ready = () => { %s };
                    const check = () => ready() ? done(performance.now()) : requestAnimationFrame(check);
                    check();""".formatted(page.ready()));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) js.executeScript("""
                let largest = 0, uidlStart = 0, uidlEnd = 0;
                for (const entry of performance.getEntriesByType('resource')) {
                    if (entry.name.includes('v-r=uidl') || entry.name.includes('v-r=init')) {
                        const size = entry.decodedBodySize || entry.encodedBodySize || 0;
                        if (size > largest) {
                            largest = size;
                            uidlStart = entry.startTime;
                            uidlEnd = entry.responseEnd;
                        }
                    }
                }
                const navigation = performance.getEntriesByType('navigation')[0];
                const count = root => {
                    let n = 0;
                    for (const element of root.querySelectorAll('*')) {
                        n++;
                        if (element.shadowRoot) n += count(element.shadowRoot);
                    }
                    return n;
                };
                return {largest: largest, dom: count(document),
                        phases: Math.round(navigation.domContentLoadedEventEnd) + ' / ' + Math.round(uidlStart)
                            + ' / ' + Math.round(uidlEnd),
                        heap: performance.memory ? performance.memory.usedJSHeapSize : 0};""");
        return new Load(((Number) ready).doubleValue(), ((Number) facts.get("largest")).longValue(),
                ((Number) facts.get("dom")).longValue(), ((Number) facts.get("heap")).longValue(),
                String.valueOf(facts.get("phases")));
    }

    /** Forgets the resource timings of what was loaded so far, so the next figures are the navigation's own. */
    private static void performance(JavascriptExecutor js) {
        js.executeScript("performance.clearResourceTimings()");
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
