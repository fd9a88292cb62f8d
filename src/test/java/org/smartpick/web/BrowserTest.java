package org.smartpick.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smartpick.Fixtures;
import org.smartpick.catalog.OperatorCsv;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;
import org.smartpick.store.Catalogs;
import org.smartpick.store.Database;

/**
 * The page in headless Debian Chromium, driven as a new user would. Skips, with a message, where Chromium or its
 * driver is not installed (.ci/run installs both).
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static Database database;
    private static Javalin app;
    private static WebDriver browser;
    private static String base;

    @BeforeAll
    static void start() {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "skipped: Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        database = Database.open("jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1", null, null);
        var season = ReferenceData.latest();
        app = WebApp.create(new Services(
                        Fixtures.geography(), season, new ChanceModel(ModelParameterFile.bundled(), season), database))
                .start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1200,2000");
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(DRIVER.toFile())
                        .build(),
                options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.stop();
            database.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void aNewUserGetsAListSeesTheChartAndMapSavesReopensAndDeletes() {
        getAListForTheExample();
        assertThat(browser.findElement(By.id("summary")).getText()).contains("Chance of matching");
        assertThat(browser.findElements(By.cssSelector("#curve polyline"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#map-us polygon")).size())
                .isGreaterThan(40);
        // The map fits the list (Southern California here), so the Southern California inset is not repeated.
        assertThat(browser.findElements(By.cssSelector("#map-us circle"))).isNotEmpty();
        assertThat(browser.findElement(By.id("map-socal")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("advice")).getText()).contains("Step 2 CK");
        assertThat(browser.findElement(By.id("playbook")).getText())
                .contains("Rank-list rules", "One paragraph on the score");
        assertThat(browser.findElements(By.cssSelector("#playbook input[type=checkbox]")))
                .hasSizeGreaterThan(3);
        assertThat(browser.findElements(By.cssSelector("#tiers .kind")))
                .isNotEmpty()
                .allSatisfy(k -> assertThat(k.getText()).contains("miles away").containsAnyOf("visa", "sponsor"));
        assertThat(browser.findElement(By.id("areas")).getText()).contains("Southern California");
        screenshot("result");
        browser.findElement(By.id("save")).click();
        waiting().until(d -> d.findElement(By.id("link")).getText().contains("/plans/"));
        String link = browser.findElement(By.id("link")).getText().replaceAll(".*(http\\S+).*", "$1");
        browser.get(link);
        waiting().until(d -> d.findElement(By.id("link")).getText().contains("Opened"));
        assertThat(browser.findElement(By.id("summary")).getText()).contains("Chance of matching");
        browser.findElement(By.id("delete")).click();
        waiting().until(d -> d.findElement(By.id("link")).getText().contains("Deleted"));
        browser.get(link);
        waiting().until(d -> d.findElement(By.id("form-errors")).getText().contains("does not exist"));
    }

    /** Keeps a picture of the page in target/browser for a person to look at. */
    private static void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser"));
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aFieldErrorAppearsNextToItsField() {
        browser.get(base + "/");
        waiting().until(d -> d.findElements(By.cssSelector("#specialty option")).size() > 10);
        WebElement step2 = browser.findElement(By.id("step2"));
        step2.clear();
        step2.sendKeys("320");
        browser.findElement(By.id("submit")).click();
        WebElement error = waiting().until(d -> d.findElement(By.cssSelector("#step2 + .field-error")));
        assertThat(error.getText()).contains("must be between 180 and 300");
        assertThat(step2.getDomAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aNewUserSetsARadiusAndGeographicPreferenceFromScratch() {
        browser.get(base + "/");
        waiting().until(d -> d.findElements(By.cssSelector("#specialty option")).size() > 10);
        browser.findElement(By.id("schoolState")).sendKeys("CA");
        browser.findElement(By.id("homeState")).sendKeys("CA");
        browser.findElement(By.id("step2")).sendKeys("226");
        browser.findElement(By.id("radiusMiles")).sendKeys("40");
        browser.findElement(By.id("radiusOf")).sendKeys("Nowhere Town, ZZ");
        new Select(browser.findElement(By.id("divisions"))).selectByValue("PACIFIC");
        browser.findElement(By.id("submit")).click();
        WebElement error = waiting().until(d -> d.findElement(By.cssSelector("#radiusOf + .field-error")));
        assertThat(error.getText()).isNotBlank();
        WebElement of = browser.findElement(By.id("radiusOf"));
        of.clear();
        of.sendKeys("Los Angeles, CA");
        browser.findElement(By.id("submit")).click();
        waiting()
                .until(d -> d.findElement(By.id("result")).isDisplayed()
                        && d.findElement(By.id("summary")).getText().contains("within 40 miles of Los Angeles, CA"));
        assertThat(browser.findElements(By.cssSelector(".field-error"))).isEmpty();
    }

    @Test
    void theButtonIsBusyWhileWorkingAndTheResultScrollsIntoViewWithItsChartMarker() {
        browser.get(base + "/");
        waiting().until(d -> d.findElements(By.cssSelector("#specialty option")).size() > 10);
        browser.findElement(By.id("load-example")).click();
        waiting().until(d -> "226".equals(d.findElement(By.id("step2")).getDomProperty("value")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // Submit and read the button in the same script turn: the request has only just started.
        Object during = js.executeScript("document.getElementById('submit').click();"
                + " return [document.getElementById('submit').disabled, document.getElementById('submit').textContent,"
                + " document.getElementById('result').getAttribute('aria-busy')];");
        assertThat(during.toString()).contains("true", "Working");
        waiting()
                .until(d -> d.findElement(By.id("result")).isDisplayed()
                        && d.findElement(By.id("submit")).isEnabled());
        assertThat(browser.findElement(By.id("submit")).getText()).isEqualTo("Recommend");
        Number top = (Number)
                js.executeScript("return document.getElementById('result-heading')" + ".getBoundingClientRect().top;");
        Number height = (Number) js.executeScript("return window.innerHeight;");
        assertThat(top.doubleValue()).isBetween(-1.0, height.doubleValue());
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("result-heading");
        assertThat(browser.findElements(By.cssSelector("#curve .recommended-marker")))
                .hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#curve .marker-label")).getText())
                .startsWith("recommended: ");
        assertThat(browser.findElements(By.cssSelector("#curve .curve-point[tabindex='0']")))
                .isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#curve text")).size()).isGreaterThan(6);
    }

    @Test
    void theFirstFieldErrorGetsTheFocusAndComesIntoView() {
        browser.get(base + "/");
        waiting().until(d -> d.findElements(By.cssSelector("#specialty option")).size() > 10);
        browser.findElement(By.id("load-example")).click();
        waiting().until(d -> "226".equals(d.findElement(By.id("step2")).getDomProperty("value")));
        WebElement step2 = browser.findElement(By.id("step2"));
        step2.clear();
        step2.sendKeys("999");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, document.body.scrollHeight)");
        browser.findElement(By.id("submit")).click();
        waiting()
                .until(d ->
                        d.findElements(By.cssSelector("#step2 + .field-error")).size() == 1);
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("step2");
        Number top = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.getElementById('step2').getBoundingClientRect().top;");
        Number height = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerHeight;");
        assertThat(top.doubleValue()).isBetween(0.0, height.doubleValue());
    }

    @Test
    void aProfileOutsideTheCatalogSeesACoverageMessageNotAZeroChance() {
        browser.get(base + "/");
        waiting().until(d -> d.findElements(By.cssSelector("#specialty option")).size() > 10);
        browser.findElement(By.id("load-example")).click();
        waiting().until(d -> "226".equals(d.findElement(By.id("step2")).getDomProperty("value")));
        new Select(browser.findElement(By.id("regions"))).deselectAll();
        WebElement of = browser.findElement(By.id("radiusOf"));
        of.clear();
        of.sendKeys("Houston, TX");
        browser.findElement(By.id("submit")).click();
        waiting().until(d -> d.findElement(By.id("summary")).getText().contains("no programs in Texas"));
        assertThat(browser.findElement(By.id("summary")).getText())
                .contains("no chance to give")
                .doesNotContain("Chance of matching: 0%");
    }

    @Test
    void aScriptTypedIntoAFieldIsShownAsText() {
        browser.get(base + "/");
        waiting().until(d -> d.findElements(By.cssSelector("#specialty option")).size() > 10);
        new Select(browser.findElement(By.id("applicantType"))).selectByValue("NON_US_IMG");
        browser.findElement(By.id("schoolCountry")).sendKeys("<script>window.pwned=1</script>");
        browser.findElement(By.id("step2")).sendKeys("999");
        browser.findElement(By.id("submit")).click();
        waiting().until(d -> !d.findElements(By.cssSelector(".field-error")).isEmpty());
        Object pwned = ((JavascriptExecutor) browser).executeScript("return window.pwned === undefined");
        assertThat(pwned).isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector("#form-errors script, .field-error script")))
                .isEmpty();
    }

    @Test
    void theResultFitsAPhoneScreenAndMeetsTheContrastMinimum() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            getAListForTheExample();
            Object wider = ((JavascriptExecutor) browser)
                    .executeScript("return [...document.querySelectorAll("
                            + "'body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1"
                            + " && !e.closest('table, svg')).map(e => e.tagName + '#' + e.id + '.' + e.className)");
            assertThat((List<?>) wider).as("elements wider than a phone screen").isEmpty();
            Object overflow = ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue())
                    .as("page's horizontal overflow in px")
                    .isLessThanOrEqualTo(0);
            screenshot("phone");
            assertThat(contrastFailures())
                    .as("text below the WCAG AA contrast minimum")
                    .isEmpty();
        } finally {
            browser.manage().window().setSize(new Dimension(1200, 2000));
        }
    }

    @Test
    void everyControlHasALabelAndTheFormWorksFromTheKeyboard() {
        browser.get(base + "/");
        waiting().until(d -> d.findElements(By.cssSelector("#specialty option")).size() > 10);
        Object unlabelled = ((JavascriptExecutor) browser)
                .executeScript("return [...document.querySelectorAll("
                        + "'input:not([type=hidden]), select, textarea')].filter(e => e.labels.length === 0"
                        + " && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby')).map(e => e.id)");
        assertThat((List<?>) unlabelled).as("controls without a label").isEmpty();
        browser.findElement(By.id("load-example")).sendKeys(Keys.ENTER);
        waiting().until(d -> "226".equals(d.findElement(By.id("step2")).getDomProperty("value")));
        browser.findElement(By.id("step2")).sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("result")).isDisplayed());
        assertThat(browser.findElement(By.id("summary")).getText()).contains("Chance of matching");
    }

    @Test
    void whatIfControlsRecomputeForAnotherRegionScoreAndBudget() {
        getAListForTheExample();
        assertThat(browser.findElement(By.id("kept")).getText()).contains("Loaded: LA persona");
        assertThat(browser.findElement(By.id("summary")).getText())
                .contains("Area: Greater Los Angeles or within 60 miles of Los Angeles, CA");
        new Select(browser.findElement(By.id("whatif-region"))).selectByValue("Inland Empire");
        WebElement step2 = browser.findElement(By.id("whatif-step2"));
        step2.sendKeys("240");
        WebElement budget = browser.findElement(By.id("whatif-budget"));
        budget.clear();
        budget.sendKeys("400");
        browser.findElement(By.id("recompute")).click();
        waiting().until(d -> d.findElement(By.id("summary")).getText().contains("Area: Inland Empire"));
        assertThat(browser.findElement(By.id("summary")).getText()).contains("fewer than the 400 you budgeted for");
        assertThat(browser.findElement(By.id("whatif-budget")).getDomProperty("value"))
                .isEqualTo("400");
        new Select(browser.findElement(By.id("whatif-region"))).selectByValue("");
        browser.findElement(By.id("recompute")).click();
        waiting().until(d -> d.findElement(By.id("summary")).getText().contains("Area: Greater Los Angeles"));
        assertThat(browser.findElement(By.id("summary")).getText()).doesNotContain("Inland Empire");
        browser.findElement(By.cssSelector("#glossary summary")).click();
        assertThat(browser.findElement(By.id("glossary")).getText()).contains("Signals", "YOG", "USCE");
    }

    @Test
    void aRankListIsBuiltFromTheListReorderedAndGetsItsOdds() {
        getAListForTheExample();
        List<WebElement> add = browser.findElements(By.cssSelector("#tiers button"));
        assertThat(add.size()).isGreaterThanOrEqualTo(2);
        String first =
                add.get(0).getDomAttribute("aria-label").replace("Add ", "").replace(" to my rank list", "");
        add.get(0).click();
        add.get(1).click();
        add.get(0).click(); // a second add of the same program is ignored
        assertThat(browser.findElements(By.cssSelector("#ranklist li"))).hasSize(2);
        browser.findElements(By.cssSelector("#ranklist li button")).get(2).click(); // the second program's "Up"
        assertThat(browser.findElements(By.cssSelector("#ranklist li")).get(1).getText())
                .startsWith(first);
        browser.findElement(By.id("odds")).click();
        waiting().until(d -> d.findElement(By.id("odds-result")).getText().contains("with this rank list"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#odds-result tr"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).getText()).contains(first);
        browser.findElement(By.id("odds-market")).click();
        browser.findElement(By.id("odds")).click();
        // the starter catalog gives no positions: the market needs the national catalog, and the page says so
        waiting().until(d -> d.findElement(By.id("odds-result")).getText().contains("/market"));
        assertThat(browser.findElement(By.id("odds-result")).getText()).contains("PGY-1 positions");
    }

    @Test
    void aCoupleBuildsPairsWithThePartnersProgramsAndGetsTheirOdds() {
        getAListForTheExample();
        browser.findElement(By.cssSelector("#couple summary")).click();
        browser.findElement(By.id("partner-programs")).click();
        waiting().until(d -> d.findElement(By.id("partner-status")).getText().contains("not valid JSON"));
        browser.findElement(By.id("partner-example")).click();
        waiting()
                .until(d -> d.findElement(By.id("partner-profile"))
                        .getDomProperty("value")
                        .contains("PEDIATRICS"));
        browser.findElement(By.id("partner-programs")).click();
        waiting().until(d -> d.findElement(By.id("partner-status")).getText().contains("programs for your partner"));
        browser.findElement(By.id("add-pair")).click();
        browser.findElement(By.id("add-pair")).click();
        List<WebElement> selects = browser.findElements(By.cssSelector("#pairs select"));
        assertThat(selects).hasSize(4);
        new Select(selects.get(3)).selectByIndex(0); // the second pair: the partner unmatched
        assertThat(new Select(selects.get(1)).getFirstSelectedOption().getText())
                .isNotEqualTo("(unmatched)");
        browser.findElement(By.id("couple-odds")).click();
        waiting().until(d -> d.findElement(By.id("couple-result")).getText().contains("Both of you match"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#couple-result tr"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).getText()).contains("(unmatched)");
        new Select(browser.findElements(By.cssSelector("#pairs select")).get(2)).selectByIndex(0);
        browser.findElement(By.id("couple-odds")).click();
        waiting().until(d -> d.findElement(By.id("couple-result")).getText().contains("/pairs/1"));
    }

    @Test
    void onACatalogWithPositionsTheRankListGetsItsOddsAgainstCompetitors() throws Exception {
        getAListForTheExample();
        Catalogs catalogs = new Catalogs(database, Fixtures.geography().zips());
        int starter = catalogs.active().orElseThrow().id();
        try (var in = Files.newBufferedReader(Path.of("src/test/resources/market-catalog.csv"))) {
            catalogs.save(
                    2026,
                    "test",
                    new OperatorCsv(Fixtures.geography().zips())
                            .read("market-catalog.csv", in)
                            .programs(),
                    true);
        }
        try {
            getAListForTheExample();
            List<WebElement> add = browser.findElements(By.cssSelector("#tiers button"));
            assertThat(add).isNotEmpty();
            add.forEach(WebElement::click);
            browser.findElement(By.id("odds-market")).click();
            browser.findElement(By.id("odds")).click();
            waiting()
                    .until(d ->
                            d.findElement(By.id("odds-result")).getText().contains("Against simulated competitors"));
            assertThat(browser.findElement(By.cssSelector("#odds-result tr")).getText())
                    .contains("Against competitors");
        } finally {
            catalogs.activate(starter);
        }
    }

    @Test
    void aSavedPlansTrackerRecordsInvitationsAndRejectionsAndUpdatesTheChance() {
        getAListForTheExample();
        browser.findElement(By.id("save")).click();
        waiting().until(d -> d.findElement(By.id("tracker")).isDisplayed());
        assertThat(browser.findElement(By.id("tracker-summary")).getText()).contains("Nothing marked as sent yet");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('tracker-asof').value = '2025-10-20'");
        int rows = browser.findElements(By.cssSelector("#tracker-table tr")).size() - 1;
        assertThat(rows).isGreaterThan(6);
        for (int i = 0; i < rows; i++) {
            String status = i < 3 ? "INVITED" : i < 5 ? "REJECTED" : "NO_WORD";
            String id = browser.findElements(By.cssSelector("#tracker-table tr"))
                    .get(i + 1)
                    .findElement(By.cssSelector("button"))
                    .getDomAttribute("data-program");
            By button = By.cssSelector("[data-program='" + id + "'][data-status='" + status + "']");
            browser.findElement(button).click();
            waiting()
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> "true".equals(d.findElement(button).getDomAttribute("aria-pressed")));
        }
        String summary = browser.findElement(By.id("tracker-summary")).getText();
        assertThat(summary).contains("was", "now", "after 3 invitations and 2 rejections");
        assertThat(browser.findElement(By.id("tracker-more")).getText()).contains("+5 programs now:");
        assertThat(browser.findElement(By.id("tracker-ranks")).getText()).contains("Draft rank list");
        screenshot("tracker");
        // kept with the plan: its link shows the same season
        String link = browser.findElement(By.id("link")).getText().replaceAll(".*(http\\S+).*", "$1");
        browser.get(link);
        waiting()
                .until(d -> d.findElement(By.id("tracker")).isDisplayed()
                        && d.findElement(By.id("tracker-summary")).getText().contains("after 3 invitations"));
        assertThat(browser.findElement(By.id("tracker-summary")).getText()).isEqualTo(summary);
    }

    private static void getAListForTheExample() {
        browser.get(base + "/");
        waiting().until(d -> d.findElements(By.cssSelector("#specialty option")).size() > 10);
        browser.findElement(By.id("load-example")).click();
        waiting().until(d -> "226".equals(d.findElement(By.id("step2")).getDomProperty("value")));
        browser.findElement(By.id("submit")).click();
        waiting().until(d -> d.findElement(By.id("result")).isDisplayed());
    }

    private static List<?> contrastFailures() {
        try (var in = BrowserTest.class.getResourceAsStream("/browser/contrast.js")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return (List<?>) ((JavascriptExecutor) browser).executeScript(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
