package dev.pillid.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page at / in a real headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs): search by imprint and colour, see the right pill first with its photo
 * loaded, open its details, and keep a phone-width screenshot in target/screenshots.
 */
@QuarkusTest
class PillPageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TestHTTPResource("/")
    URL page;

    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void startChromium() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver; .ci/run does)");
        Path profile = Files.createDirectories(Path.of("target/chromium-profile")).resolve("run-" + System.nanoTime());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void findsTheRightPillFirstWithItsPhotoAndOpensItsDetails() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(page.toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("color-WHITE")));
        // The tests' catalog is the demo records alone, and the banner says so.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalog-notice"), "demo data only (49 pills)"));

        WebElement imprint = browser.findElement(By.id("imprint"));
        imprint.sendKeys("PD 157");
        // Autocomplete offers the imprint as it is typed.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("imprint-suggestions"), "PD 157 40"));
        browser.findElement(By.id("color-WHITE")).click();
        browser.findElement(By.id("search-button")).click();

        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results .result-card")));
        assertTrue(first.getText().contains("Lipitor"), first.getText());
        assertTrue(first.getText().contains("40 mg"), first.getText());
        WebElement photo = first.findElement(By.cssSelector(".pill-photo"));
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", photo));
        long width = (Long) browser.executeScript("return arguments[0].naturalWidth", photo);
        assertTrue(width > 0, "the photo loaded");

        first.findElement(By.cssSelector(".details-button")).click();
        WebElement detail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail"), "0071-0157-23"));
        assertTrue(detail.getText().contains("PD"), detail.getText());
        assertEquals(Boolean.TRUE, browser.executeScript("return document.getElementById('detail').open"));
    }

    @Test
    void saysHonestlyWhenNoMatchIsConfidentAndFitsAPhone() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(page.toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("color-WHITE")));
        browser.findElement(By.id("imprint")).sendKeys("PD");
        browser.findElement(By.id("search-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results .result-card")));
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("No confident match"),
                "a one-side search is never a confident match");
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("does not replace a pharmacist"));
        long overflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertTrue(overflow <= 0, "nothing wider than the phone: " + overflow + " px");

        browser.executeScript("document.getElementById('results').scrollIntoView()");
        Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve("phone-search.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(screenshots.resolve("phone-search.png")) > 1000);
    }
}
