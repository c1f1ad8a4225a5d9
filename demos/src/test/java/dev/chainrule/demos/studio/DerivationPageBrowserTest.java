package dev.chainrule.demos.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The derivation page in a real headless Chromium: a typed program is drawn as its graph with a ✓ for its check,
 * a wrong check shows ✗, an error is marked at its line and column, a clicked node shows its local derivative and
 * the chain rule; the page is saved as {@code target/studio-screenshots/derivation.png}.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class DerivationPageBrowserTest {
    private static final String PROGRAM = """
            z = [0.5, -1.0]
            param w = [0.3, 0.8]
            h = tanh(w * z)
            L = sum(h ^ 2)
            check grad(L, h) == 2 * h
            """;

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

    private static WebDriverWait waiting(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(30));
    }

    private static void type(WebDriver d, String program) {
        WebElement editor = d.findElement(By.id("source"));
        editor.clear();
        editor.sendKeys(program);
    }

    @Test
    void aTypedProgramIsDrawnAndItsWrongCheckIsMarked() {
        WebDriver d = chromium.driver;
        d.get(studio.uri("/").toString());
        waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph [data-node='L']")));
        type(d, PROGRAM);
        waiting(d).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "1 of 1 checks hold"));
        assertThat(d.findElements(By.cssSelector("#graph g.node"))).hasSize(4);
        assertThat(d.findElements(By.cssSelector("#graph path.edge"))).hasSize(3);
        WebElement check = d.findElement(By.cssSelector("#checks li.check"));
        assertThat(check.getAttribute("class")).contains("passed");
        assertThat(check.getText()).startsWith("✓ line 5");
        assertThat(d.findElement(By.cssSelector("#graph [data-node='w']")).getText()).contains("param").contains("(2,)");

        d.findElement(By.id("source")).sendKeys("check L == 0.5\n");
        waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#checks li.check.failed")));
        WebElement wrong = d.findElement(By.cssSelector("#checks li.check.failed"));
        assertThat(wrong.getText()).startsWith("✗ line 6").contains("max error");
        assertThat(d.findElement(By.id("status")).getText()).contains("1 of 2 checks hold");
    }

    @Test
    void aClickedNodeShowsItsLocalDerivativeAndTheChainRule() {
        WebDriver d = chromium.driver;
        d.get(studio.uri("/").toString());
        waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph [data-node='L']")));
        type(d, PROGRAM);
        waiting(d).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "1 of 1 checks hold"));
        d.findElement(By.cssSelector("#graph [data-node='h']")).click();
        waiting(d).until(ExpectedConditions.textToBePresentInElementLocated(By.id("details"), "Σ over"));
        String details = d.findElement(By.id("details")).getText();
        assertThat(details).contains("h = tanh(w * z)").contains("∂h/∂(w * z) = 1 − h²")
                .contains("from L = sum(h ^ 2)").contains("✓ equals ∂L/∂h");
        assertThat(d.findElement(By.cssSelector("#updated [data-param='w']")).getText()).startsWith("w ←");
    }

    @Test
    void anErrorIsShownAtItsLineAndColumn() {
        WebDriver d = chromium.driver;
        d.get(studio.uri("/").toString());
        waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph [data-node='L']")));
        type(d, "x = [1, 2]\ny = x @ [[1, 2]]\nL = sum(y)\n");
        waiting(d).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "line 2, column 7"));
        WebElement mark = d.findElement(By.cssSelector(".backdrop .row.error-line mark.error-at"));
        assertThat(mark.getText()).isEqualTo("@");
    }

    @Test
    void theSeedExampleIsPhotographed() {
        WebDriver d = chromium.driver;
        d.get(studio.uri("/?example=seed000-ex1-tanh-step").toString());
        waiting(d).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "11 of 11 checks hold"));
        d.findElement(By.cssSelector("#graph [data-node='z1']")).click();
        waiting(d).until(ExpectedConditions.textToBePresentInElementLocated(By.id("details"), "Σ over"));
        assertThat(chromium.screenshot("derivation")).exists().isNotEmptyFile();
    }
}
