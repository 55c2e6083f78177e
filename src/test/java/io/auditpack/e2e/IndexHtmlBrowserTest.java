package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo SOC 2 Type II pack's {@code data/index.html} opened from the extracted bag in Debian's headless Chromium
 * (driven through Debian's chromium-driver; nothing is downloaded): a screenshot is taken, a requirement's control
 * link leads to the control's row, its evidence link to the file's row, whose file link names a file of the bag; the
 * filter box hides rows; and the browser logged no request other than {@code file:} or {@code data:} and no console
 * error. Skipped when the browser or the driver is absent, unless {@code AUDITPACK_REQUIRE_BROWSER=1} (CI) makes
 * that a failure. One browser session for all checks.
 */
class IndexHtmlBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path folder;

    @Test
    void aRequirementLeadsThroughItsControlToAnEvidenceFileOfTheBagWithoutAnyNetworkRequestOrConsoleError()
            throws IOException {
        requireBrowser();
        Path bag = demoBag();
        Path index = bag.resolve("data/index.html");
        WebDriver browser = start();
        try {
            browser.get("about:blank");
            List<String> startup = requests(browser);
            browser.get(index.toUri().toString());
            JavascriptExecutor js = (JavascriptExecutor) browser;
            assertThat(browser.getTitle()).startsWith("northwind-soc2-type2-2026 v0001");

            byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "index-html-soc2-type2.png"), png);
            assertThat(png).hasSizeGreaterThan(1000);
            assertThat(java.util.Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');

            WebElement requirement = browser.findElement(By.id("req-SOC2-CC5.3"));
            WebElement controlLink = requirement.findElement(By.cssSelector("a.ctl"));
            String control = controlLink.getText();
            controlLink.click();
            assertThat(hash(js)).isEqualTo("#ctl-" + control);
            WebElement controlRow = browser.findElement(By.id("ctl-" + control));
            assertThat(controlRow.getText()).contains(control);

            WebElement evidenceLink = controlRow.findElement(By.cssSelector("a.ev"));
            String evidenceId = evidenceLink.getText();
            evidenceLink.click();
            String evidenceAnchor = evidenceLink.getAttribute("href").replaceFirst("^[^#]*#", "");
            assertThat(hash(js)).isEqualTo("#" + evidenceAnchor);
            WebElement evidenceRow = browser.findElement(By.id(evidenceAnchor));
            assertThat(evidenceRow.getText()).contains(evidenceId);
            WebElement fileLink = evidenceRow.findElement(By.cssSelector("a.file"));
            Path file = Path.of(URI.create(fileLink.getDomProperty("href")));
            assertThat(file).isRegularFile().startsWith(bag.resolve("data/evidence/" + control));
            assertThat(PackFile.sha256(file))
                    .isEqualTo(evidenceRow.findElement(By.cssSelector("td.sha")).getText());
            WebElement back = evidenceRow.findElement(By.cssSelector("a.ctl"));
            back.click();
            assertThat(hash(js)).isEqualTo("#ctl-" + control);

            assertThat(browser.findElement(By.id("ctl-GOV-01"))
                            .findElements(By.tagName("td"))
                            .get(1)
                            .getText())
                    .isEqualTo(DemoIndexHtmlEndToEndTest.HOSTILE_TITLE);

            long rows = visibleRows(js);
            browser.findElement(By.id("filter")).sendKeys("GOV-01");
            long filtered = visibleRows(js);
            assertThat(filtered).isPositive().isLessThan(rows);
            assertThat(browser.findElement(By.id("filter-count")).getText())
                    .isEqualTo(filtered + " of " + rows + " rows shown");
            for (WebElement row : browser.findElements(By.cssSelector("table.filterable tbody tr"))) {
                if (row.isDisplayed()) {
                    assertThat(row.getText().toLowerCase(java.util.Locale.ROOT)).contains("gov-01");
                }
            }

            List<String> requests = requests(browser);
            assertThat(requests)
                    .as("requests logged")
                    .isNotEmpty()
                    .allMatch(url -> url.startsWith("file:") || url.startsWith("data:"));
            List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                    .toList();
            assertThat(errors).as("console errors").isEmpty();
        } finally {
            browser.quit();
        }
    }

    private static void requireBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "1".equals(System.getenv("AUDITPACK_REQUIRE_BROWSER"))) {
            fail("AUDITPACK_REQUIRE_BROWSER=1 but " + CHROMIUM + " or " + DRIVER
                    + " is missing: apt-get install chromium chromium-driver");
        }
        assumeTrue(present, CHROMIUM + " and " + DRIVER + " are needed (Debian: chromium, chromium-driver)");
    }

    /** The demo SOC 2 Type II pack (one hostile control title), its bag extracted into the temporary folder. */
    private Path demoBag() throws IOException {
        Path project = folder.resolve("project");
        DemoCopy.into(project);
        DemoIndexHtmlEndToEndTest.makeTitlesHostile(project.resolve("input"));
        Cli run = Cli.run(
                "run",
                project.resolve("jobs/soc2-type2.yaml").toString(),
                "--output",
                project.resolve("output").toString(),
                "--as-of",
                "2026-11-29",
                "--quiet");
        assertThat(run.exit()).as(run.toString()).isZero();
        String name = "northwind-soc2-type2-2026";
        return PackFile.read(project.resolve("output/" + name + "/" + name + "-v0001.zip"))
                .extractTo(folder.resolve("extracted"));
    }

    private WebDriver start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000",
                "--user-data-dir=" + Files.createDirectory(folder.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private static String hash(JavascriptExecutor js) {
        return (String) js.executeScript("return location.hash;");
    }

    private static long visibleRows(JavascriptExecutor js) {
        return (Long)
                js.executeScript(
                        "return Array.prototype.filter.call("
                                + "document.querySelectorAll('table.filterable tbody tr'), function (r) { return !r.hidden; }).length;");
    }

    /** The URL of every request the browser's network domain logged since the last call (reading clears the log). */
    private static List<String> requests(WebDriver browser) {
        JsonMapper json = JsonMapper.builder().build();
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            if (message.path("method").asString("").equals("Network.requestWillBeSent")) {
                urls.add(message.path("params").path("request").path("url").asString(""));
            }
        }
        return urls;
    }
}
