package dev.chainrule.demos.studio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven by Selenium for the browser tests: Debian's {@code chromium} and
 * {@code chromium-driver} at their fixed paths, so that nothing is downloaded (Selenium Manager is never asked).
 * Where they are missing or Chromium cannot start, the test fails with a message that says how to install them.
 */
final class Chromium implements AutoCloseable {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String HOW_TO = "the browser tests drive Debian's headless Chromium at " + BROWSER + " with " + DRIVER
            + "; install both with: sudo apt-get install chromium chromium-driver (.ci/run does so when they are missing)";
    /** Where the screenshots go, for a person to look at. */
    static final Path SCREENSHOTS = Path.of("target", "studio-screenshots");

    final WebDriver driver;
    private final Path profile;

    Chromium() {
        this(BROWSER, DRIVER);
    }

    /** Chromium at {@code browser} driven by {@code driver}; fails saying how to install them when missing. */
    Chromium(Path browser, Path driver) {
        if (!Files.isExecutable(browser) || !Files.isExecutable(driver)) {
            throw new AssertionError("Chromium is not installed (" + (Files.isExecutable(browser) ? driver : browser)
                    + " is missing): " + HOW_TO);
        }
        System.setProperty("webdriver.chrome.driver", driver.toString());
        try {
            Files.createDirectories(Path.of("target"));
            profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1500,1050", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().withTimeout(Duration.ofSeconds(60)).build();
        try {
            this.driver = new ChromeDriver(service, options);
        } catch (WebDriverException e) {
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new AssertionError("Chromium could not start (" + first + "): " + HOW_TO, e);
        }
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
    }

    /** Saves what the window shows as {@code target/studio-screenshots/NAME.png}; returns the file. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a profile left in target/ is removed by mvn clean
        }
    }
}
