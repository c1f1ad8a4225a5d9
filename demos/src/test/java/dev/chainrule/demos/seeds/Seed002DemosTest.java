package dev.chainrule.demos.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.datasets.Playground;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 002: the moons network gives NumPy's numbers for the sheet's code with {@code np.random.seed(42)}
 * ({@code seed002_moons.json}, written by {@code seed002_moons.py}) and, at full settings, at least 97% test accuracy;
 * the Playground runs are trained and reported as the Playground does.
 */
class Seed002DemosTest {
    private static final JsonNode NUMPY = Fixtures.json("seed002_moons.json");

    @TempDir
    Path dir;

    @Test
    void theMoonsLossesAreNumpysForTheSheetsCode() throws IOException {
        DemoOutput run = DemoOutput.run("seed002-moons", dir).succeeded("seed002-moons");
        JsonNode losses = run.result("losses_every_100");
        assertThat(losses.size()).isEqualTo(2);
        for (int i = 0; i < losses.size(); i++) {
            assertThat(losses.get(i).asDouble()).as("the loss at epoch %d", 100 * (i + 1))
                    .isCloseTo(NUMPY.get("losses_every_100").get(i).asDouble(), within(1e-12));
        }
        assertThat(run.stdout()).contains("X_train (2, 350), y_train (1, 350), X_test (2, 150), y_test (1, 150)",
                "epoch   100/200  training loss 0.229955");
        assertThat(run.files()).containsExactly("train.csv", "test.csv", "loss.png", "boundary.png", "summary.json");
        run.picturesAreReal();
    }

    @Test
    void theMoonsReachNinetySevenPercentAtFullSettingsAsTheSheetsCodeDoes() throws IOException {
        DemoOutput run = DemoOutput.runFull("seed002-moons", dir).succeeded("seed002-moons");
        assertThat(run.result("test_accuracy").asDouble()).isGreaterThanOrEqualTo(0.97)
                .isEqualTo(NUMPY.get("test_accuracy").asDouble());
        assertThat(run.result("test_loss").asDouble()).isCloseTo(NUMPY.get("test_loss").asDouble(), within(1e-12));
        JsonNode losses = run.result("losses_every_100");
        assertThat(losses.size()).isEqualTo(10);
        for (int i = 0; i < 10; i++) {
            assertThat(losses.get(i).asDouble()).as("the loss at epoch %d", 100 * (i + 1))
                    .isCloseTo(NUMPY.get("losses_every_100").get(i).asDouble(), within(1e-12));
        }
        assertThat(run.stdout()).contains("Test loss: 0.0648", "Test accuracy: 99.33% (the sheet: 99.33%)");
    }

    @Test
    void thePlaygroundRunsAreTabledAndPicturedAndRegularisationShrinksTheWeights() throws IOException {
        DemoOutput run = DemoOutput.run("seed002-playground", dir).succeeded("seed002-playground");
        assertThat(run.files()).containsExactly("train.csv", "test.csv", "features7-train.csv", "features7-test.csv",
                "boundary-tanh.png", "boundary-none.png", "boundary-l1.png", "boundary-l2.png", "test-loss.png",
                "summary.json");
        run.picturesAreReal();
        assertThat(Fixtures.csvRows(dir.resolve("train.csv"))).hasNumberOfRows(250);
        double[][] seven = Fixtures.csvRows(dir.resolve("features7-train.csv"));
        assertThat(seven).hasNumberOfRows(100);
        assertThat(seven[0]).hasSize(8);
        assertThat(seven[0][4]).as("x1·x2").isCloseTo(seven[0][0] * seven[0][1], within(1e-15));
        for (String key : new String[] {"tanh", "none", "l1", "l2"}) {
            JsonNode r = run.result(key);
            assertThat(r.get("test_loss").asDouble()).as(key).isBetween(0.0, 2.0);
            assertThat(r.get("test_accuracy").asDouble()).as(key).isBetween(0.0, 1.0);
        }
        double none = run.result("none").get("sum_of_absolute_weights").asDouble();
        assertThat(run.result("l1").get("sum_of_absolute_weights").asDouble()).isLessThan(none);
        assertThat(run.result("l2").get("sum_of_absolute_weights").asDouble()).isLessThan(none);
        assertThat(run.result("l1").get("document_test_loss").asDouble()).isEqualTo(0.489);
        assertThat(run.stdout()).contains("l1    7-8-8-8-8-8-8-1  L1 0.003", "document's test");
    }

    @Test
    void aPlaygroundRunReportsTheLossWithoutItsPenaltyAsThePlaygroundShowsIt() {
        PlaygroundRun l1 = Seed002Playground.RUNS.get(2);
        Dataset spiral = Playground.spiral(200, 0, 1);
        PlaygroundRun.Outcome o = l1.train(spiral, 3, 1);
        Dataset test = l1.network(o.points().test());
        double[] y = test.y();
        assertThat(y).containsOnly(-1.0, 1.0);
        assertThat(test.features()).isEqualTo(7);
        Tensor outputs = Tensor.of(o.model().probabilities().apply(o.points().test().x()));
        Tensor asTanh = outputs.mul(2).sub(1);
        assertThat(o.model().testLoss()).as("½ mean (output − label)², no penalty")
                .isCloseTo(new HalfMeanSquaredError().apply(asTanh.reshape(y.length), Tensor.of(y)).item(), within(1e-12));
        assertThat(o.model().history().epochs()).isEqualTo(3);
        PlaygroundRun unregularised = new PlaygroundRun("none", "the same without L1", l1.features(), l1.hidden(),
                l1.activation(), l1.learningRate(), l1.trainFraction(), Optional.empty(), l1.documentTestLoss());
        assertThat(unregularised.train(spiral, 3, 1).sumOfAbsoluteWeights()).as("the penalty was trained with")
                .isGreaterThan(o.sumOfAbsoluteWeights());
    }

    @Test
    void theHalfMeanSquaredErrorIsHalfTheMeanSquare() {
        Tensor out = Tensor.param("out", 0.8, -0.6);
        Tensor loss = new HalfMeanSquaredError().apply(out, Tensor.of(1.0, -1.0));
        assertThat(loss.item()).isCloseTo(0.05, within(1e-15));
        assertThat(loss.grad().of(out).toArray()).containsExactly(new double[] {-0.1, 0.2}, within(1e-15));
    }
}
