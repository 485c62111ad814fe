package org.paperkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.paperkg.queries.QueryCatalogue;
import org.paperkg.server.PaperkgServer;
import org.paperkg.store.PaperStore;
import org.paperkg.store.StoreConfig;

/**
 * The pages in a real browser: headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) against a
 * real server on a free port over the fixture graph. Skips, saying why, where Chromium is missing or cannot start.
 * Screenshots go to {@code target/browser-shots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/browser-shots");
    /** A paper keyed by its DOI: its path carries %2F. Invented text. */
    static final String DOI_PAPER = """
            PREFIX pkg: <https://w3id.org/paperkg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            <https://w3id.org/paperkg/resource/paper/10.5555%2Fdemo.42> {
              <https://w3id.org/paperkg/resource/paper/10.5555%2Fdemo.42> a pkg:Paper ;
                  dcterms:title "Sparse Routing for Whispered Speech" ; pkg:doi "10.5555/demo.42" ;
                  pkg:usesMethod <https://w3id.org/paperkg/resource/method/sparse-routing-transformer> ;
                  pkg:reportsResult <https://w3id.org/paperkg/resource/result/b1000000000000001> .
              <https://w3id.org/paperkg/resource/result/b1000000000000001> a pkg:Result ;
                  pkg:metric <https://w3id.org/paperkg/resource/metric/word-error-rate> ; pkg:value 14.1 ; pkg:unit "%" ;
                  pkg:isImprovement false ; pkg:isBaseline false ;
                  pkg:onDataset <https://w3id.org/paperkg/resource/dataset/whisperset> .
              <https://w3id.org/paperkg/resource/metric/word-error-rate> skos:prefLabel "word error rate" .
              <https://w3id.org/paperkg/resource/dataset/whisperset> a pkg:Dataset ; skos:prefLabel "WhisperSet" .
            }
            """;

    @TempDir
    static Path dir;

    static PaperkgServer server;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing (apt-get install chromium chromium-driver).");
        Path db = dir.resolve("db");
        Path doi = Files.writeString(dir.resolve("doi.trig"), DOI_PAPER);
        try (PaperStore store = PaperStore.open(StoreConfig.load(null, db))) {
            store.load(List.of(Path.of("src/test/resources/fixtures/papers.trig"), doi), n -> { });
        }
        server = PaperkgServer.create(new PaperkgServer.Options(db, null, 0, null, 30_000, "127.0.0.1"),
                QueryCatalogue.fromDirectory(Path.of("../queries")).all()).start();
        base = server.baseUrl();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1400", "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        try {
            browser = new ChromeDriver(service, options);
        } catch (WebDriverException e) {
            server.stop();
            Assumptions.abort("Browser tests skipped: Chromium did not start here (" + e.getMessage().lines().findFirst().orElse("") + ").");
        }
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    @Order(1)
    void landingPageShowsLiveCountsAndMostLinked() throws Exception {
        open("/");
        assertEquals("6", text(By.cssSelector("#count-paper b")));
        assertEquals("3", text(By.cssSelector("#count-method b")));
        List<WebElement> top = browser.findElements(By.cssSelector("section.top li a"));
        assertTrue(top.stream().anyMatch(a -> a.getText().equals("sparse routing transformer")), "most linked");
        shot("landing");
    }

    @Test
    @Order(2)
    void searchLeadsToTheEntityPageWithItsChartAndPapers() throws Exception {
        open("/");
        WebElement box = browser.findElement(By.cssSelector("main input[name=q]"));
        box.sendKeys("Speech-Recognitions", Keys.ENTER);
        waitFor(() -> browser.getCurrentUrl().contains("/search"));
        shot("search");
        browser.findElement(By.cssSelector("section.exact a")).click();
        waitFor(() -> browser.getCurrentUrl().endsWith("/page/task/speech-recognition"));
        assertEquals("speech recognition", text(By.cssSelector("h1.entity-name")));
        assertEquals(1, browser.findElements(By.cssSelector("svg.year-chart")).size());
        assertFalse(browser.findElements(By.cssSelector("svg.year-chart rect.bar")).isEmpty(), "chart bars");
        assertFalse(browser.findElements(By.cssSelector("table.papers mark")).isEmpty(), "name marked in evidence");
        assertTrue(text(By.cssSelector("table.cooccurring")).contains("sparse routing transformer"), "co-occurring method");
        List<WebElement> rdf = browser.findElements(By.cssSelector("footer a[rel=alternate]"));
        assertEquals(4, rdf.size(), "links to the four RDF forms");
        shot("entity");
    }

    @Test
    @Order(3)
    void paperPageShowsAuthorsLinksEvidenceConfidenceAndResults() throws Exception {
        open("/resource/paper/2401.00001");
        assertTrue(browser.getCurrentUrl().endsWith("/page/paper/2401.00001"), browser.getCurrentUrl());
        assertEquals("Sparse Routing Transformers for Low-Resource Speech Recognition", text(By.cssSelector("h1.paper-title")));
        List<WebElement> rows = browser.findElements(By.cssSelector("table.links tr"));
        assertEquals(4, rows.size(), "header and three links");
        assertTrue(text(By.cssSelector("table.links")).contains("proposes method"));
        assertTrue(text(By.cssSelector("table.results")).contains("VoxBank (test)"), "the split beside the dataset");
        shot("paper");
        open("/page/paper/10.5555%2Fdemo.42");
        assertEquals("Sparse Routing for Whispered Speech", text(By.cssSelector("h1.paper-title")));
        assertTrue(text(By.cssSelector("table.results")).contains("the paper's (not named)"),
                "the paper's own score with no method named says so: " + text(By.cssSelector("table.results")));
    }

    @Test
    @Order(4)
    void queryEditorRunsAQueryAndShowsATable() throws Exception {
        open("/query");
        browser.findElement(By.id("run")).click();
        waitFor(() -> browser.findElements(By.cssSelector("#results table.results tr")).size() > 1);
        assertTrue(text(By.id("status")).endsWith("row(s)"), text(By.id("status")));
        shot("query");
        open("/index.html");
        assertTrue(browser.getCurrentUrl().endsWith("/query"), "the old UI address leads to the editor");
    }

    @Test
    @Order(5)
    void savedQueryFormRunsWithTypedNamesAndSuggestsWhenNothingMatches() throws Exception {
        open("/queries/methods-for-task");
        WebElement task = browser.findElement(By.cssSelector("form.params input[name=task]"));
        task.clear();
        task.sendKeys("Speech Recognition", Keys.ENTER);
        waitFor(() -> browser.getCurrentUrl().contains("task="));
        List<WebElement> rows = browser.findElements(By.cssSelector("table.results tr"));
        assertEquals(3, rows.size(), "header and two methods");
        assertTrue(browser.findElement(By.linkText("CSV")).getAttribute("href").contains("format=csv"));
        shot("saved-query");
        open("/queries/methods-for-task?task=recognition");
        assertTrue(text(By.cssSelector("p.error")).contains("closest names"), text(By.cssSelector("p.error")));
        browser.findElement(By.cssSelector("a.suggestion")).click();
        waitFor(() -> !browser.findElements(By.cssSelector("table.results")).isEmpty());
    }

    @Test
    @Order(6)
    void resourcesNegotiateEveryRdfForm() throws Exception {
        open("/");
        for (RdfForm f : RdfForm.values()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "fetch('/resource/task/speech-recognition', {headers: {Accept: arguments[0]}})"
                    + ".then(r => r.text().then(t => done({status: r.status, type: r.headers.get('content-type'), url: r.url, body: t})))"
                    + ".catch(e => done({status: 0, type: String(e), url: '', body: ''}));", f.mediaType());
            assertEquals(200L, ((Number) r.get("status")).longValue(), f + ": " + r);
            assertTrue(String.valueOf(r.get("type")).startsWith(f.mediaType()), f + ": " + r.get("type"));
            assertTrue(String.valueOf(r.get("url")).endsWith("/data/task/speech-recognition." + f.extension()), f + ": " + r.get("url"));
            assertTrue(String.valueOf(r.get("body")).contains("speech-recognition"), f + " body");
        }
    }

    @Test
    @Order(7)
    void noConsoleErrorsAndNoRequestToAnotherHost() throws Exception {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        assertEquals(List.of(), errors, "console errors");
        ObjectMapper json = new ObjectMapper();
        List<String> elsewhere = new ArrayList<>();
        int requests = 0;
        for (LogEntry e : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode m = json.readTree(e.getMessage()).path("message");
            if (!m.path("method").asText().equals("Network.requestWillBeSent")) {
                continue;
            }
            requests++;
            String url = m.path("params").path("request").path("url").asText();
            // Network requests only: chrome:// pages (the new tab page) and data: URLs are the browser's own.
            boolean network = url.matches("(?i)^(https?|wss?|ftp)://.*");
            if (network && !url.startsWith(base + "/")) {
                elsewhere.add(url);
            }
        }
        assertTrue(requests > 10, "requests seen: " + requests);
        assertEquals(List.of(), elsewhere, "requests to other hosts");
    }

    private static void open(String path) {
        browser.get(base + path);
        waitFor(() -> "complete".equals(((JavascriptExecutor) browser).executeScript("return document.readyState")));
    }

    private static String text(By by) {
        return browser.findElement(by).getText().strip();
    }

    private static void waitFor(BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out on " + browser.getCurrentUrl());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    private static void shot(String name) throws Exception {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
