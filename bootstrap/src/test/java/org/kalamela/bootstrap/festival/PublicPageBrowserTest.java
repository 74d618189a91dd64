package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.kalamela.bootstrap.festival.ResultsThroughPorts.Scored;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.shared.id.AccountId;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public page in a real browser, as a visitor sees it: Debian's headless Chromium driven by Selenium through
 * Debian's chromedriver, one browser for the whole class. Results are published through the domain's ports
 * ({@link ResultsThroughPorts}); the schedule over the admin's API. Screenshots are kept under
 * {@code bootstrap/target/browser-artefacts}.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class PublicPageBrowserTest {

    private static final int YEAR = 2351;
    private static final Path ARTEFACTS = Path.of("target", "browser-artefacts");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** Chromium DevTools' "Slow 3G" (called "3G" in newer versions): 2 s latency, 400 kbit/s each way. */
    private static final Map<String, Object> SLOW_3G = Map.of("offline", false, "latency", 2000,
            "downloadThroughput", 50_000, "uploadThroughput", 50_000);

    @TestHTTPResource("/")
    URL page;

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    @Inject
    ResultsThroughPorts results;

    private final FestivalApi festival = new FestivalApi();
    private ResultsScene scene;
    private AccountId admin;
    private ChromeDriver browser;

    /** Once for the class, before its first test (the HTTP client is set up per test, so not in a @BeforeAll). */
    @BeforeEach
    void aFestivalWithOnePublishedResultAndAPublishedSchedule() {
        if (scene != null) {
            return;
        }
        scene = new ResultsScene(YEAR, festival, sql, accounts);
        admin = accounts.idOf("admin");
        results.publish(scene.lightEvent, YEAR, admin, List.of(Scored.entry(scene.anilLight, 80, 1, "A", 5, 5),
                Scored.entry(scene.bijuLight, 70, 2, "A", 5, 3), Scored.entry(scene.cyrilLight, 55, 3, "B", 3, 1),
                Scored.entry(scene.danyLight, 45, 4, "C", 1, 0)));
        publishTodaysSchedule();
        browser = chromium();
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
        sql.clearCurrentEdition();
    }

    /** Light music on a stage today at 10:00 in Kerala, published, with Biju (code letter B) on stage. */
    private void publishTodaysSchedule() {
        sql.execute("DELETE FROM schedule_publications WHERE edition_year = ?1", YEAR);
        sql.execute("DELETE FROM scheduled_events WHERE edition_year = ?1", YEAR);
        sql.execute("DELETE FROM stages WHERE edition_year = ?1", YEAR);
        long stage = festival.admin().body(Map.of("name", "Main stage", "location", "Town hall", "capacity", 800))
                .post("/api/v1/kalamela/admin/stages").then().statusCode(201).extract().jsonPath().getLong("id");
        String tenToday = LocalDate.now(ZoneId.of("Asia/Kolkata")) + "T10:00:00+05:30";
        festival.admin().body(Map.of("stageId", stage, "start", tenToday))
                .put("/api/v1/kalamela/admin/events/" + scene.lightEvent + "/schedule").then().statusCode(200);
        festival.admin().body(Map.of("acknowledgements", List.of())).post("/api/v1/kalamela/admin/schedule/publish")
                .then().statusCode(200);
        festival.admin().body(Map.of("status", "PERFORMING", "codeLetter", "B"))
                .put("/api/v1/kalamela/admin/events/" + scene.lightEvent + "/stage-status").then().statusCode(200);
    }

    private static ChromeDriver chromium() {
        assertThat(Path.of(CHROMIUM)).as("Debian's chromium (apt-get install chromium chromium-driver; .ci/run "
                + "installs them)").exists();
        assertThat(Path.of(CHROMEDRIVER)).as("Debian's chromium-driver").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // No sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=412,915", "--lang=en-IN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private void phone() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 412, "height", 915, "deviceScaleFactor", 2, "mobile", true));
    }

    private void bigScreen() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1920, "height", 1080, "deviceScaleFactor", 1, "mobile", false));
    }

    private void open(String query) {
        browser.get(page.toString() + query);
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private String text(String css) {
        return find(css).getText();
    }

    /** Waits until the page's script has read the public API (it counts its loads on the body). */
    private void loaded(int times) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Integer.parseInt(
                String.valueOf(((JavascriptExecutor) d).executeScript(
                        "return document.body.getAttribute('data-loaded') || '0'"))) >= times);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(ARTEFACTS);
        Files.write(ARTEFACTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    @Order(1)
    void on_slow_3g_a_phone_shows_the_published_results_within_three_seconds() throws IOException {
        phone();
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        browser.executeCdpCommand("Network.emulateNetworkConditions", SLOW_3G);
        try {
            open("");
            Map<String, Object> timing = timing();
            Files.createDirectories(ARTEFACTS);
            Files.writeString(ARTEFACTS.resolve("slow-3g-timing.txt"), timing + System.lineSeparator());
            // The emulation really applied: the page itself arrived only after the emulated latency.
            assertThat(((Number) timing.get("responseEnd")).doubleValue()).as("%s", timing)
                    .isGreaterThanOrEqualTo(1900);
            assertThat(((Number) timing.get("firstContentfulPaint")).doubleValue()).as("%s", timing)
                    .isLessThanOrEqualTo(3000);
            // What was painted then is the results: they are in the page as served, first on the screen.
            assertThat((Boolean) timing.get("resultsOnFirstScreen")).isTrue();
            assertThat(text("#results-list")).contains(scene.light, scene.anil);
        } finally {
            browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
            browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> timing() {
        return (Map<String, Object>) browser.executeScript("""
                const nav = performance.getEntriesByType('navigation')[0];
                const fcp = performance.getEntriesByName('first-contentful-paint')[0];
                const first = document.querySelector('#results-list .event h3');
                return {responseEnd: nav.responseEnd, firstContentfulPaint: fcp ? fcp.startTime : 1e9,
                        resultsOnFirstScreen: !!first && first.getBoundingClientRect().top < window.innerHeight};
                """);
    }

    @Test
    @Order(2)
    void a_visitor_reads_results_standings_titles_and_the_days_schedule_and_finds_a_chest_number() throws IOException {
        phone();
        open("");
        loaded(1);
        screenshot("public-page-phone.png");

        WebElement light = find("#result-" + scene.lightEvent);
        assertThat(light.findElement(By.tagName("h3")).getText()).isEqualTo(scene.light);
        assertThat(light.getText()).contains("Result 1");
        List<String> places = light.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText)
                .toList();
        assertThat(places).hasSize(3);
        assertThat(places.get(0)).startsWith("1").contains(scene.anil, "A");
        assertThat(places.get(1)).startsWith("2").contains(scene.biju);
        assertThat(String.join("\n", places)).doesNotContain("Dany");
        assertThat(text("#results-status")).isEqualTo("after 1 of 3 results · provisional");
        assertThat(text("#units .body")).contains("after 1 of 3 results", "Bethel", "Zion", "Carmel");
        assertThat(text("#districts .body")).contains(scene.first.name(), scene.second.name());
        assertThat(text("#titles .body")).contains("Kalaprathibha", "Kalathilakam", "Not decided yet");
        assertThat(text("#schedule .body")).contains("Main stage", scene.light, "On stage: B");

        int chestNumber = (int) sql.count("""
                SELECT c.number FROM chest_numbers c JOIN individual_entries e ON e.member_id = c.member_id
                WHERE e.id = ?1 AND c.is_current""", scene.anilLight);
        find("#find-input").sendKeys(String.valueOf(chestNumber));
        find("#find-form button").click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !text("#find-answer").isEmpty());
        assertThat(text("#find-answer")).contains(scene.anil, "Chest no. " + chestNumber, scene.light, scene.essay);
        find("#find-input").clear();
        find("#find-input").sendKeys("1999");
        find("#find-form button").click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> text("#find-answer").contains("Nobody"));
        screenshot("public-page-phone-find.png");
    }

    @Test
    @Order(3)
    void the_big_screen_refreshes_itself_and_shows_a_new_publication_and_an_appeal() throws IOException {
        bigScreen();
        open("?screen=big&refresh=5");
        loaded(1);
        assertThat(browser.findElements(By.id("result-" + scene.groupEvent))).isEmpty();

        results.publish(scene.groupEvent, YEAR, admin, List.of(Scored.team(scene.zionTeam, 75, 1, "A", 5)));
        results.underAppeal(scene.lightEvent);

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(
                By.id("result-" + scene.groupEvent)).isEmpty());
        assertThat(text("#result-" + scene.groupEvent)).contains(scene.groupSong, "Result 2",
                "Team " + scene.zionTeamCode);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> text("#result-" + scene.lightEvent)
                .contains("Under appeal"));
        assertThat(text("#results-status")).isEqualTo("after 2 of 3 results · provisional");
        assertThat(find("#find").isDisplayed()).isFalse();
        screenshot("public-page-big-screen.png");
    }

    @Test
    @Order(4)
    void the_labels_are_in_malayalam_on_request() {
        phone();
        open("?lang=ml");
        loaded(1);
        assertThat(find("html").getAttribute("lang")).isEqualTo("ml");
        assertThat(text("#results-heading")).isEqualTo("ഫലങ്ങൾ");
        assertThat(text("#units-heading")).isEqualTo("യൂണിറ്റ് തലം");
        assertThat(find("label[for=find-input]").getText()).isEqualTo("ചെസ്റ്റ് നമ്പർ അല്ലെങ്കിൽ ടീം കോഡ്");
        assertThat(text("#result-" + scene.groupEvent)).contains("ഫലം 2");
        assertThat(find("a[hreflang=en]").getText()).isEqualTo("English");
    }

    @Test
    @Order(5)
    void axe_finds_no_serious_or_critical_violation_in_either_language_or_on_the_big_screen() throws IOException {
        String axe = axeSource();
        for (String query : List.of("", "?lang=ml", "?screen=big")) {
            open(query);
            loaded(1);
            browser.executeScript(axe);
            String found = (String) browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations.map(
                        v => ({id: v.id, impact: v.impact, help: v.help,
                               nodes: v.nodes.map(n => n.target.join(' '))})))));
                    """);
            List<Map<String, Object>> violations = new ObjectMapper().readValue(found, new TypeReference<>() {
            });
            assertThat(violations).as("axe on /" + query)
                    .filteredOn(v -> List.of("serious", "critical").contains(v.get("impact"))).isEmpty();
        }
    }

    private static String axeSource() throws IOException {
        try (InputStream in = PublicPageBrowserTest.class.getResourceAsStream("/axe-core/axe.min.js")) {
            assertThat(in).as("axe-core is vendored under bootstrap/src/test/resources/axe-core").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
