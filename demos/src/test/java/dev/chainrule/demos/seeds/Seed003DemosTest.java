package dev.chainrule.demos.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.data.split.Split;
import dev.chainrule.nn.Params;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 003's demos: backpropagation in the 2-2-1 network (the document's deltas against the engine), scikit-learn's
 * MLPClassifier with its three solvers (against scikit-learn's own numbers, {@code seed003-sklearn.json}), and XOR
 * with the starts that get stuck and the wider network that does not.
 */
class Seed003DemosTest {
    @TempDir
    Path dir;

    /** A demo run at full settings, as {@code chainrule demo NAME} runs it; its summary, parsed. */
    private JsonNode runFull(Demo demo) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DemoRun run = new DemoRun(demo, dir, new PrintStream(out, true, StandardCharsets.UTF_8), false);
        demo.run(run);
        run.finish();
        return new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    @Test
    void backpropSeparatesTheDataThatOnePerceptronCannotAndPicturesItsHiddenValues() throws IOException {
        DemoOutput run = DemoOutput.run("seed003-backprop", dir).succeeded("seed003-backprop");
        assertThat(run.result("weights_count").asInt()).isEqualTo(9);
        assertThat(run.result("gradient_largest_difference").asDouble()).isLessThan(1e-12);
        assertThat(run.result("perceptron_train_accuracy").asDouble()).isLessThan(0.9);
        assertThat(run.result("train_accuracy").asDouble()).isEqualTo(1.0);
        assertThat(run.result("test_accuracy").asDouble()).isEqualTo(1.0);
        assertThat(run.result("epochs").asInt()).isEqualTo(30);
        assertThat(run.result("hidden_epochs")).extracting(JsonNode::asInt).containsExactly(0, 14, 15, 16, 17, 20, 30);
        assertThat(run.stdout()).contains("✓ the document's formulas and the engine agree", "9 weights",
                "after epoch  20");
        assertThat(run.pictures()).extracting(p -> p.getFileName().toString()).containsExactly("loss.png",
                "boundary-epoch20.png", "boundary.png", "hidden.png", "hidden-output.png");
        assertThat(names(run.summary().get("files"))).contains("train.csv", "test.csv");
        run.picturesAreReal();
    }

    @Test
    void backpropAtFullSettingsDrivesTheLossBelowBothEpsilons() throws Exception {
        JsonNode summary = runFull(new Seed003Backprop());
        JsonNode results = summary.get("results");
        assertThat(summary.get("settings").get("epochs").asInt()).isEqualTo(500);
        assertThat(results.get("first_epoch_below_epsilon").get("0.01").asInt()).isEqualTo(31);
        assertThat(results.get("first_epoch_below_epsilon").get("0.001").asInt()).isEqualTo(148);
        assertThat(results.get("train_loss").asDouble()).isLessThan(5e-4);
        assertThat(results.get("train_accuracy").asDouble()).isEqualTo(1.0);
        assertThat(results.get("test_accuracy").asDouble()).isEqualTo(1.0);
    }

    @Test
    void theDocumentsDeltasGiveTheEnginesGradientForAnyWeightsAndSample() {
        Seed003Network net = Seed003Network.withHiddenUnits(2);
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            Params params = net.model().init(rng).map(t -> t.mul(8));          // weights up to ±4, not only small ones
            double[] x = {rng.nextDouble(-3, 3), rng.nextDouble(-3, 3)};
            int y = trial % 2;
            Seed003HandBackprop hand = Seed003HandBackprop.of(net, params, x, y);
            double[] engine = Seed003HandBackprop.engineGradient(net, params, x, y);
            assertThat(hand.z3()).isCloseTo(net.model().forward(params, dev.chainrule.autograd.Tensor.of(new double[][] {x}))
                    .item(), within(1e-15));
            for (int k = 0; k < 9; k++) {
                assertThat(hand.gradient()[k]).as("∂E/∂%s, trial %d", Seed003HandBackprop.NAMES[k], trial)
                        .isCloseTo(engine[k], within(1e-13));
            }
        }
    }

    @Test
    void theMadeDataIsScikitLearnsAndMlpClassifiersSgdAndAdamGiveItsNumbers() throws IOException {
        JsonNode fixture;
        try (InputStream in = getClass().getResourceAsStream("seed003-sklearn.json")) {
            fixture = new ObjectMapper().readTree(in);
        }
        Split split = Seed003Data.split();
        assertThat(split.train().size()).isEqualTo(fixture.get("train_size").asInt());
        assertThat(split.test().size()).isEqualTo(fixture.get("test_size").asInt());
        for (int i = 0; i < 3; i++) {
            assertThat(split.train().row(i)[0]).isEqualTo(fixture.get("x_train_first").get(i).get(0).asDouble());
            assertThat(split.train().row(i)[1]).isEqualTo(fixture.get("x_train_first").get(i).get(1).asDouble());
            assertThat(split.train().labels()[i]).isEqualTo(fixture.get("y_train_first").get(i).asInt());
        }
        for (JsonNode expected : fixture.get("fits")) {
            String solver = expected.get("solver").asText();
            Seed003Sklearn.Fit fit = Seed003Sklearn.fit(solver, expected.get("changed").asBoolean(),
                    expected.get("random_state").asLong(), split);
            String what = expected.toString();
            assertThat(fit.trainAccuracy()).as(what).isEqualTo(expected.get("train_accuracy").asDouble());
            assertThat(fit.testAccuracy()).as(what).isEqualTo(expected.get("test_accuracy").asDouble());
            if (!solver.equals("lbfgs")) {             // L-BFGS: the same accuracy; scipy's line search takes other steps
                assertThat(fit.classifier().iterations()).as(what).isEqualTo(expected.get("n_iter").asInt());
                assertThat(fit.loss()).as(what).isCloseTo(expected.get("loss").asDouble(), within(1e-6));
            }
        }
    }

    @Test
    void sklearnTablesTheSolversAtTheDefaultsAndWithTheHintsSettings() throws IOException {
        DemoOutput run = DemoOutput.run("seed003-sklearn", dir).succeeded("seed003-sklearn");
        JsonNode table = run.result("table");
        assertThat(table).hasSize(6);
        assertThat(table).extracting(r -> r.get("solver").asText()).containsExactly("lbfgs", "sgd", "adam", "lbfgs",
                "sgd", "adam");
        assertThat(table).extracting(r -> r.get("test_accuracy").asDouble()).containsExactly(1.0, 0.5, 0.5, 1.0, 1.0, 1.0);
        assertThat(table.get(1).get("iterations").asInt()).isEqualTo(200);
        assertThat(run.result("test_accuracy_by_random_state").get("adam")).extracting(JsonNode::asDouble)
                .containsExactly(1.0, 1.0, 0.72);
        assertThat(run.stdout()).contains("200*", "learning_rate_init=0.05, n_iter_no_change=100, max_iter=1000");
        assertThat(run.pictures()).extracting(p -> p.getFileName().toString())
                .containsExactly("boundary-lbfgs.png", "boundary-sgd.png", "boundary-adam.png", "loss.png");
        run.picturesAreReal();
    }

    @Test
    void xorGetsStuckFromSomeStartsWithTwoHiddenUnitsAndFromNoneWithFour() throws IOException {
        DemoOutput run = DemoOutput.run("seed003-xor", dir).succeeded("seed003-xor");
        assertThat(run.result("runs_2_2_1")).hasSize(6);
        assertThat(run.result("stuck_seeds_2_2_1")).extracting(JsonNode::asInt).containsExactly(5);
        for (JsonNode r : run.result("runs_2_2_1")) {
            assertThat(r.get("stuck").asBoolean()).isEqualTo(r.get("train_accuracy").asDouble() < 0.9);
        }
        assertThat(run.result("wide_lowest_test_accuracy").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(run.result("by_hidden_units").get("2-4-1").get("stuck").asInt()).isZero();
        assertThat(run.stdout()).contains("stuck: a cluster on the wrong side", "2-2-1: 1 of 6 starts stuck (seeds [5])");
        assertThat(run.pictures()).extracting(p -> p.getFileName().toString()).containsExactly("loss-2-2-1.png",
                "boundary-2-2-1.png", "boundary-2-2-1-stuck.png", "boundary-2-4-1.png", "zoomed-2-2-1.png",
                "zoomed-2-4-1-seed0.png", "zoomed-2-4-1-seed1.png");
        run.picturesAreReal();
    }

    @Test
    void xorWithFourHiddenUnitsReaches95PercentFromEveryStartAtFullSettings() {
        Split split = Seed003Xor.split();
        for (long seed = 0; seed < 10; seed++) {
            Seed003Xor.Run wide = Seed003Xor.train(Seed003Xor.WIDE, seed, split, 200);
            assertThat(wide.testAccuracy()).as("2-4-1 from seed %d", seed).isGreaterThanOrEqualTo(0.95);
            assertThat(wide.stuck()).isFalse();
        }
        assertThat(Seed003Xor.train(2, 5, split, 200).stuck()).as("2-2-1 from seed 5").isTrue();
        assertThat(Seed003Xor.train(2, 0, split, 200).testAccuracy()).as("2-2-1 from seed 0").isEqualTo(1.0);
    }
}
