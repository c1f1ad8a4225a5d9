package dev.chainrule.demos.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.demos.Main;
import dev.chainrule.demos.cli.Io;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code chainrule train} and {@code chainrule predict}, run in process as a user runs them. */
class TrainCommandTest {
    @TempDir
    Path dir;

    /** What one run printed. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "moons,    --noise=0.1, 0.95",
        "circles,  --noise=0.05, 0.95",
        "xor,      --noise=0.3, 0.90"})
    void jsonReachesTheStatedAccuracyAndPrintsNothingElse(String data, String noise, double accuracy) throws IOException {
        Run r = run("train", "--data", data, "--samples", "300", noise, "--seed", "3", "--epochs", "400", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines().count()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(r.out());
        List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("train_accuracy", "test_accuracy", "train_loss", "test_loss", "epochs");
        assertThat(json.get("test_accuracy").asDouble()).as(data).isGreaterThanOrEqualTo(accuracy);
        assertThat(json.get("epochs").asInt()).isEqualTo(400);
    }

    @Test
    void predictReproducesTheSavedModelsTestAccuracy() throws IOException {
        Path model = dir.resolve("model.json");
        Run trained = run("train", "--data", "moons", "--samples", "300", "--noise", "0.2", "--seed", "7",
                "--epochs", "300", "--save", model.toString(), "--json");
        assertThat(trained.status()).as(trained.err()).isZero();
        double testAccuracy = new ObjectMapper().readTree(trained.out()).get("test_accuracy").asDouble();
        Path test = dir.resolve("test.csv");
        assertThat(run("data", "moons", "--samples", "300", "--noise", "0.2", "--seed", "7", "--test-size", "0.2",
                "--split-seed", "7", "--part", "test", "--out", test.toString()).status()).isZero();
        Run predicted = run("predict", "--model", model.toString(), "--data", test.toString());
        assertThat(predicted.status()).as(predicted.err()).isZero();
        List<String> classes = predicted.out().lines().toList();
        List<String> labels = Files.readAllLines(test).stream().skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1)).toList();
        assertThat(classes.get(0)).isEqualTo("y");
        int right = 0;
        for (int i = 0; i < labels.size(); i++) {
            right += classes.get(i + 1).equals(labels.get(i)) ? 1 : 0;
        }
        assertThat((double) right / labels.size()).isEqualTo(testAccuracy);
        Run proba = run("predict", "--model", model.toString(), "--data", test.toString(), "--proba");
        assertThat(proba.out().lines().findFirst()).contains("p0,p1");
        assertThat(proba.out().lines().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[0])
                + Double.parseDouble(l.split(",")[1]))).allSatisfy(s -> assertThat(s).isCloseTo(1.0,
                org.assertj.core.api.Assertions.within(1e-12)));
    }

    @Test
    void threeClassesFromACsvFileWithPictures() throws IOException {
        Path csv = dir.resolve("blobs.csv");
        assertThat(run("data", "blobs", "--samples", "240", "--centers", "3", "--seed", "1", "--out", csv.toString())
                .status()).isZero();
        Path pictures = dir.resolve("pictures");
        Run r = run("train", "--data", csv.toString(), "--epochs", "200", "--plot", pictures.toString(), "--quiet");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("2-10-3 tanh → softmax, CE").contains("test  loss").contains("accuracy");
        for (String png : List.of("loss.png", "boundary.png")) {
            BufferedImage image = ImageIO.read(pictures.resolve(png).toFile());
            assertThat(image.getWidth()).isEqualTo(900);
            assertThat(image.getHeight()).isEqualTo(650);
        }
    }

    @Test
    void aLossThatBecomesNaNOrInfiniteStopsWithItsEpochAndAHint() {
        Path model = dir.resolve("never.json");
        Run r = run("train", "--data", "moons", "--optimizer", "sgd", "--lr", "1e300", "--output", "identity", "--loss",
                "mse", "--epochs", "50", "--save", model.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("the loss became").contains("in epoch").contains("smaller --lr");
        assertThat(model).doesNotExist();
    }

    @Test
    void badInputIsOneLineAndExit2AndNothingIsWritten() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x1,x2,y\n0.5,abc,1\n");
        assertBad(bad + ":2: column 'x2': \"abc\" is not a number", "--data", bad.toString());
        Path halves = dir.resolve("halves.csv");
        Files.writeString(halves, "x1,x2,y\n0.5,0.1,1.5\n0.2,0.3,0\n0.1,0.1,1\n0.3,0.3,0\n0.5,0.5,1\n");
        assertBad("a classifier needs labels that are whole numbers 0…k−1, but sample 0 has the label 1.5 (for"
                + " real-valued targets use --output identity --loss mse)", "--data", halves.toString(), "--loss", "bce");
        assertBad("--layers 3,10,1: the data has 2 features, so the first size must be 2", "--data", "moons",
                "--layers", "3,10,1");
        assertBad("a sigmoid output separates 2 classes, 0 and 1, but the labels go up to 2 (use --output softmax --loss ce)",
                "--data", "blobs", "--output", "sigmoid");
        assertBad("--loss bce needs --output sigmoid (a probability per sample), not softmax", "--data", "moons",
                "--output", "softmax", "--loss", "bce");
        assertBad("--optimizer rmsprop: one of sgd, momentum, adam, lbfgs", "--data", "moons", "--optimizer", "rmsprop");
        assertBad("unknown data set 'moon': one of moons circles blobs classification xor spiral, or a CSV file",
                "--data", "moon");
        assertBad("--noise makes a generated data set; it does not apply to the file " + bad, "--data", bad.toString(),
                "--noise", "0.1");
        assertThat(dir.resolve("model.json")).doesNotExist();
        Path notAModel = dir.resolve("not-a-model.json");
        Files.writeString(notAModel, "{\"a\": 1}");
        Run r = run("predict", "--model", notAModel.toString(), "--data", halves.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("chainrule predict: " + notAModel).contains("\"format\" is missing");
        assertThat(r.out()).isEmpty();
    }

    private void assertBad(String message, String... args) {
        Path model = dir.resolve("model.json");
        String[] all = Stream.concat(Stream.of("train"), Stream.concat(Stream.of(args), Stream.of("--save", model.toString())))
                .toArray(String[]::new);
        Run r = run(all);
        assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(r.out()).as(String.join(" ", args)).isEmpty();
        assertThat(r.err()).as(String.join(" ", args)).isEqualTo("chainrule train: " + message + "\n"
                + "Try 'chainrule train --help' for more information.\n");
        assertThat(model).doesNotExist();
    }
}
