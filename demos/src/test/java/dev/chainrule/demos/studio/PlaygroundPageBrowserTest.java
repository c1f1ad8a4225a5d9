package dev.chainrule.demos.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Playground page in a real headless Chromium: play on the circle data set brings the test loss below 0.1
 * within a bounded time; a clicked weight shows the learning rule with ∂L/∂w as the sum over paths; an uploaded CSV
 * with three features is drawn over the two chosen ones. Screenshots go to {@code target/studio-screenshots/}.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class PlaygroundPageBrowserTest {
    private static Studio studio;
    private static Chromium chromium;

    @BeforeAll
    static void start() {
        studio = new Studio();
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            studio.close();
        }
    }

    private static WebDriverWait waiting(WebDriver d, int seconds) {
        return new WebDriverWait(d, Duration.ofSeconds(seconds));
    }

    private static double testLoss(WebDriver d) {
        String v = d.findElement(By.id("test-loss")).getAttribute("data-value");
        return v == null || v.isEmpty() || v.equals("null") ? Double.NaN : Double.parseDouble(v);
    }

    private static void open(WebDriver d) {
        d.get(studio.uri("/playground").toString());
        waiting(d, 30).until(ExpectedConditions.attributeToBeNotEmpty(d.findElement(By.id("test-loss")), "data-value"));
    }

    @Test
    void playOnTheCircleBringsTheTestLossBelowATenth() {
        WebDriver d = chromium.driver;
        open(d);
        assertThat(d.findElement(By.cssSelector("#datasets button.selected")).getText()).isEqualTo("Circle");
        assertThat(testLoss(d)).isGreaterThan(0.1);
        d.findElement(By.id("play")).click();
        waiting(d, 120).pollingEvery(Duration.ofMillis(250)).until(x -> testLoss(x) < 0.1);
        assertThat(d.findElement(By.id("epoch")).getText()).isNotEqualTo("000,000");
        d.findElement(By.id("play")).click();
        waiting(d, 20).until(ExpectedConditions.textToBe(By.id("play"), "▶"));
        d.findElement(By.id("show-test")).click();
        d.findElement(By.cssSelector("[data-weight='1-1-0']")).click();
        waiting(d, 30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("rule-body"), "Σ over the paths"));
        String rule = d.findElement(By.id("rule-body")).getText();
        assertThat(rule).contains("w ← w − η·∂L/∂w").contains("from h1.2 to h2.1").contains("h1.2 → h2.1 → ŷ")
                .contains("✓ equals ∂L/∂w");
        d.manage().window().setSize(new org.openqa.selenium.Dimension(1500, 1400));   // the rule's table too
        try {
            assertThat(chromium.screenshot("playground")).exists().isNotEmptyFile();
        } finally {
            d.manage().window().setSize(new org.openqa.selenium.Dimension(1500, 1050));
        }
    }

    @Test
    void seed002sExerciseThreeTaskOneIsAButtonAway() {
        WebDriver d = chromium.driver;
        d.get(studio.uri("/playground?preset=task1").toString());
        waiting(d, 30).until(ExpectedConditions.textToBe(By.id("layers-count"), "3 HIDDEN LAYERS"));
        waiting(d, 30).until(ExpectedConditions.attributeToBeNotEmpty(d.findElement(By.id("test-loss")), "data-value"));
        assertThat(d.findElement(By.cssSelector("#datasets button.selected")).getText()).isEqualTo("Spiral");
        assertThat(d.findElement(By.id("learningRate")).getAttribute("value")).isEqualTo("0.1");
        assertThat(d.findElements(By.cssSelector("#network .neuron.hidden"))).hasSize(24);
        d.findElement(By.id("play")).click();
        waiting(d, 120).pollingEvery(Duration.ofMillis(250))
                .until(x -> Integer.parseInt(x.findElement(By.id("epoch")).getText().replace(",", "")) >= 300);
        d.findElement(By.id("play")).click();
        waiting(d, 20).until(ExpectedConditions.textToBe(By.id("play"), "▶"));
        assertThat(chromium.screenshot("playground-spiral")).exists().isNotEmptyFile();
    }

    @Test
    void regressionOnTheMultiGaussianSetLearnsItsBumps() {
        WebDriver d = chromium.driver;
        open(d);
        String before = d.findElement(By.tagName("body")).getAttribute("data-model");
        new org.openqa.selenium.support.ui.Select(d.findElement(By.id("problem"))).selectByValue("regression");
        waiting(d, 30).until(x -> !before.equals(x.findElement(By.tagName("body")).getAttribute("data-model")));
        assertThat(d.findElements(By.cssSelector("#datasets button"))).extracting(org.openqa.selenium.WebElement::getText)
                .containsExactly("Plane", "Multi-Gaussian");
        String plane = d.findElement(By.tagName("body")).getAttribute("data-model");
        d.findElement(By.cssSelector("[data-dataset='multigauss']")).click();
        waiting(d, 30).until(x -> !plane.equals(x.findElement(By.tagName("body")).getAttribute("data-model")));
        double start = testLoss(d);
        d.findElement(By.id("play")).click();
        waiting(d, 120).pollingEvery(Duration.ofMillis(250)).until(x -> testLoss(x) < start / 2);
        d.findElement(By.id("play")).click();
        waiting(d, 20).until(ExpectedConditions.textToBe(By.id("play"), "▶"));
        assertThat(chromium.screenshot("playground-regression")).exists().isNotEmptyFile();
    }

    @Test
    void anUploadedCsvWithThreeFeaturesIsDrawnOverTheTwoChosen(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        StringBuilder csv = new StringBuilder("a,b,c,y\n");
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 200; i++) {
            double a = r.nextDouble() * 4 - 2, b = r.nextDouble() * 4 - 2, c = r.nextDouble();
            csv.append(a).append(',').append(b).append(',').append(c).append(',').append(a * b > 0 ? 1 : 0).append('\n');
        }
        Path file = Files.writeString(dir.resolve("mine.csv"), csv);
        WebDriver d = chromium.driver;
        open(d);
        d.findElement(By.cssSelector("#own summary")).click();
        String before = d.findElement(By.tagName("body")).getAttribute("data-model");
        d.findElement(By.id("csv")).sendKeys(file.toAbsolutePath().toString());
        waiting(d, 30).until(x -> !before.equals(x.findElement(By.tagName("body")).getAttribute("data-model")));
        waiting(d, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("axis-x")));
        assertThat(d.findElement(By.id("x-axis")).getText()).isEqualTo("a");
        assertThat(d.findElements(By.cssSelector("#network .neuron[data-feature]"))).hasSize(3);
        new org.openqa.selenium.support.ui.Select(d.findElement(By.id("axis-y"))).selectByVisibleText("c");
        waiting(d, 30).until(ExpectedConditions.textToBe(By.id("y-axis"), "c"));
        assertThat(d.findElement(By.id("data-error")).getText()).isEmpty();
    }
}
