package dev.chainrule.demos.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.data.csv.CsvReader;
import dev.chainrule.data.csv.CsvTable;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.datasets.MakeClassification;
import dev.chainrule.data.datasets.MakeMoons;
import dev.chainrule.data.split.TrainTestSplit;
import dev.chainrule.demos.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void moonsAreScikitLearnsBitForBit() throws IOException {
        assertThat(run("data", "moons", "--samples", "500", "--noise", "0.2", "--seed", "42")).isZero();
        assertThat(stderr()).isEmpty();
        CsvTable printed = CsvReader.labelLast().parse(stdout(), "stdout");
        CsvTable expected;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/moons_500_noise0.2_seed42.csv")) {
            expected = CsvReader.labelLast().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "fixture");
        }
        assertThat(stdout()).startsWith("x1,x2,y\n");
        assertThat(printed.featureNames()).containsExactly("x1", "x2");
        assertThat(printed.data().size()).isEqualTo(500);
        for (int i = 0; i < 500; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(Double.doubleToRawLongBits(printed.data().x(i, j))).as("X[%d][%d]", i, j)
                        .isEqualTo(Double.doubleToRawLongBits(expected.data().x(i, j)));
            }
        }
        assertThat(printed.data().labels()).containsExactly(expected.data().labels());
    }

    @Test
    void oneSideOfTheSplit() {
        assertThat(run("data", "moons", "--samples", "500", "--noise", "0.2", "--seed", "42", "--test-size", "0.3",
                "--split-seed", "42", "--part", "test")).isZero();
        Dataset test = CsvReader.labelLast().parse(stdout(), "stdout").data();
        Dataset expected = TrainTestSplit.testFraction(0.3).split(MakeMoons.of(500).withNoise(0.2).generate(42), 42)
                .test();
        assertThat(test).isEqualTo(expected);
        out.reset();
        assertThat(run("data", "classification", "--samples", "60", "--classes", "3", "--clusters-per-class", "1",
                "--test-size", "20", "--part", "train", "--stratify")).isZero();
        assertThat(CsvReader.labelLast().parse(stdout(), "stdout").data().size()).isEqualTo(40);
    }

    @Test
    void everyGeneratorAndTheHeader() {
        for (String name : new String[] {"moons", "circles", "blobs", "classification", "xor", "spiral"}) {
            out.reset();
            assertThat(run("data", name, "--samples", "7")).as(name).isZero();
            Dataset d = CsvReader.labelLast().parse(stdout(), name).data();
            assertThat(d.size()).as(name).isEqualTo(7);
        }
        assertThat(stdout().lines().findFirst()).isEqualTo(java.util.Optional.of("x1,x2,y"));
        out.reset();
        assertThat(run("data", "classification", "--samples", "30", "--features", "5", "--informative", "3",
                "--redundant", "1", "--seed", "4")).isZero();
        assertThat(stdout()).startsWith("x1,x2,x3,x4,x5,y\n");
        assertThat(CsvReader.labelLast().parse(stdout(), "stdout").data())
                .isEqualTo(MakeClassification.of(30, 5).withInformative(3).withRedundant(1).generate(4));
    }

    @Test
    void writesToAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("blobs.csv");
        assertThat(run("data", "blobs", "--centers", "4", "--features", "3", "--out", file.toString())).isZero();
        assertThat(stdout()).isEmpty();
        assertThat(Files.readString(file)).startsWith("x1,x2,x3,y\n");
        assertThat(run("data", "blobs", "--out", dir.resolve("missing/x.csv").toString())).isEqualTo(2);
        assertThat(stderr()).contains("cannot write").contains("no such directory");
    }

    @Test
    void badArgumentsExit2WithOneLineAndNothingOnStdout() {
        assertBad("unknown dataset 'moon'; known: moons circles blobs classification xor spiral", "data", "moon");
        assertBad("make_moons: noise is the standard deviation of the Gaussian noise and must be a finite number >= 0,"
                + " got -0.1", "data", "moons", "--noise", "-0.1");
        assertBad("make_classification: informative (3) + redundant (2) + repeated (0) features must not be more than"
                + " features (4)", "data", "classification", "--features", "4", "--informative", "3");
        assertBad("make_circles: factor is the inner circle's radius relative to the outer one and must be >= 0 and"
                + " < 1, got 1.5", "data", "circles", "--factor", "1.5");
        assertBad("--factor does not apply to moons (its options: --noise --samples --seed)", "data", "moons",
                "--factor", "0.5");
        assertBad("--samples abc: not a whole number", "data", "moons", "--samples", "abc");
        assertBad("--seed -1: a seed is a whole number from 0 to 4294967295", "data", "moons", "--seed", "-1");
        assertBad("--test-size needs --part train or --part test", "data", "moons", "--test-size", "0.3");
        assertBad("--part needs --test-size", "data", "moons", "--part", "test");
        assertBad("unknown option --colour", "data", "moons", "--colour", "red");
        assertBad("--noise needs a value", "data", "moons", "--noise");
        assertBad("no dataset given; known: moons circles blobs classification xor spiral", "data");
        assertBad("2147483647 samples of 2 features would be 6442450941 numbers, more than the limit of 20000000"
                + " (raise it with --max-values N)", "data", "moons", "--samples", "2147483647");
        assertBad("100000 samples of 100000 features would be 10000100000 numbers, more than the limit of 20000000"
                + " (raise it with --max-values N)", "data", "blobs", "--features", "100000", "--samples", "100000");
        assertBad("moons: sample 0 has Infinity in column 2 (a smaller --noise keeps every value a finite double)",
                "data", "moons", "--noise", "1e308", "--samples", "5", "--seed", "0");
    }

    private void assertBad(String message, String... args) {
        out.reset();
        err.reset();
        assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
        assertThat(stdout()).as(String.join(" ", args)).isEmpty();
        assertThat(stderr()).as(String.join(" ", args)).isEqualTo("chainrule data: " + message + "\n"
                + "Try 'chainrule data --help' for more information.\n");
    }

    @Test
    void helpListsTheDatasets() {
        assertThat(run("data", "--help")).isZero();
        assertThat(stdout()).contains("Usage: chainrule data").contains("moons circles blobs classification xor"
                + " spiral").contains("--test-size=F");
        out.reset();
        assertThat(run("--help")).isZero();
        assertThat(stdout()).contains("data").contains("grad").contains("completion");
    }
}
