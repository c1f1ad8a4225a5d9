package dev.chainrule.demos.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every demo of the catalogue runs headless at quick settings, writes a summary that parses and real pictures. */
class CatalogTest {
    static List<String> names() {
        return Catalog.ALL.stream().map(Demo::name).toList();
    }

    @Test
    void theDemosAreListedOnceInTheOrderOfTheDocuments() {
        assertThat(names()).doesNotHaveDuplicates().containsSubsequence("seed000-ex1", "seed000-ex2", "seed000-ex3",
                "seed000-ex4", "seed001-q1", "seed001-q2", "seed001-q3", "seed002-moons", "seed002-playground",
                "seed003-backprop", "seed003-sklearn", "seed003-xor", "seed004-perceptron", "seed004-activations", "seed004-mse-slip", "seed004-blobs");
        assertThat(names()).isSortedAccordingTo((a, b) -> a.substring(0, 7).compareTo(b.substring(0, 7)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void runsAndWritesItsSummaryAndPictures(String name, @TempDir Path dir) throws IOException {
        DemoOutput run = DemoOutput.run(name, dir.resolve(name)).succeeded(name);
        assertThat(run.stdout()).startsWith("== " + name + ": ").contains("wrote " + dir.resolve(name));
        for (var file : run.summary().get("files")) {
            assertThat(dir.resolve(name).resolve(file.asText())).as("listed in the summary").exists();
        }
        run.picturesAreReal();
    }

    @Test
    void anUnknownDemoIsAUsageError(@TempDir Path dir) throws IOException {
        DemoOutput run = DemoOutput.run("seed009-nothing", dir);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("unknown demo 'seed009-nothing'").doesNotContain("Exception");
        assertThat(Files.exists(dir.resolve("summary.json"))).isFalse();
    }
}
