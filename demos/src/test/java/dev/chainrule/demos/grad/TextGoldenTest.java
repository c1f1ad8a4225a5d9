package dev.chainrule.demos.grad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The text report of seed 000, Exercise 1, character for character. When the report changes on purpose, the
 * failure says where and leaves the new output beside the golden file's path under {@code target/golden/}.
 */
class TextGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/seed000-ex1-tanh-step.txt");

    @Test
    void seed000TextReportMatchesTheGoldenFile() throws IOException {
        Grad g = Grad.run(Grad.example("seed000-ex1-tanh-step"), "--lr", "0.1");
        assertThat(g.status()).isZero();
        String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        String actual = g.out();
        if (!actual.equals(expected)) {
            Path written = Path.of("target/golden/seed000-ex1-tanh-step.actual.txt");
            Files.createDirectories(written.getParent());
            Files.writeString(written, actual, StandardCharsets.UTF_8);
            fail(firstDifference(expected, actual) + "\nThe whole output is in " + written
                    + "; compare with: diff " + GOLDEN + " " + written
                    + "\n(copy it over the golden file if the change is intended)");
        }
    }

    /** The first line that differs, with its number and both versions, made visible. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end of output>";
            String al = i < a.length ? a[i] : "<end of output>";
            if (!el.equals(al)) {
                return "the text report differs from " + GOLDEN + " first on line " + (i + 1) + ":\n  expected: "
                        + visible(el) + "\n  actual:   " + visible(al);
            }
        }
        return "the text report differs from " + GOLDEN + " only in its line endings";
    }

    private static String visible(String line) {
        return "\"" + line.replace("\r", "\\r").replace("\t", "\\t") + "\"";
    }

    @Test
    void firstDifferenceNamesTheLine() {
        assertThat(firstDifference("a\nb\nc\n", "a\nB\nc\n")).contains("line 2").contains("\"b\"").contains("\"B\"");
        assertThat(firstDifference("a\nb", "a")).contains("line 2").contains("<end of output>");
    }
}
