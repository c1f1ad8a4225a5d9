package dev.chainrule.demos.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 004's demos: the perceptron, the activations' derivatives from the engine, the published slip, and the blob
 * classification of section 7.5 (96% test accuracy at full settings).
 */
class Seed004DemosTest {
    private static final double[] POINTS = {-3, -1.25, -0.5, -1e-3, 1e-3, 0.4, 2};

    @TempDir
    Path dir;

    @Test
    void thePerceptronsOutputIsTheSigmoidOfItsNetInputBothWays() throws IOException {
        DemoOutput run = DemoOutput.run("seed004-perceptron", dir).succeeded("seed004-perceptron");
        double net = 0.5 * 2 - 0.25 * 3 + 0.1 * 4 + 0.2;
        assertThat(run.result("output").asDouble()).isCloseTo(1 / (1 + Math.exp(-net)), within(1e-15));
        assertThat(run.result("document_recipe_output").asDouble()).isCloseTo(run.result("output").asDouble(), within(1e-15));
        assertThat(run.result("section6_output").asDouble()).isCloseTo(0.548824, within(5e-7));
        assertThat(run.result("printed_section6").get("agree").asInt()).isEqualTo(4);
        assertThat(run.stdout()).contains("✓ they agree", "hidden 0: z = 0.1·0.5 + (-0.2)·(-1.5) + 0.0");
    }

    @Test
    void theDocumentsRecipeIsTheSigmoidOfTheBiasedSum() {
        assertThat(Seed004Perceptron.documentRecipe(new double[] {1, -1}, new double[] {2, 3}, 0.5))
                .isCloseTo(1 / (1 + Math.exp(-(2 - 3 + 0.5))), within(1e-15));
    }

    @Test
    void theDerivativeCurvesFromTheEngineAreTheClosedForms() {
        Seed004Activations.Curve sigmoid = Seed004Activations.ACTIVATIONS.get(0).at(POINTS);
        Seed004Activations.Curve tanh = Seed004Activations.ACTIVATIONS.get(1).at(POINTS);
        Seed004Activations.Curve leaky = Seed004Activations.ACTIVATIONS.get(2).at(POINTS);
        for (int i = 0; i < POINTS.length; i++) {
            double z = POINTS[i];
            double s = 1 / (1 + Math.exp(-z));
            assertThat(sigmoid.value()[i]).isCloseTo(s, within(1e-15));
            assertThat(sigmoid.derivative()[i]).as("σ′(%s)", z).isCloseTo(s * (1 - s), within(1e-15));
            assertThat(tanh.value()[i]).isCloseTo(Math.tanh(z), within(1e-15));
            assertThat(tanh.derivative()[i]).as("tanh′(%s)", z).isCloseTo(1 / (Math.cosh(z) * Math.cosh(z)), within(1e-15));
            assertThat(leaky.value()[i]).isEqualTo(z > 0 ? z : 0.01 * z);
            assertThat(leaky.derivative()[i]).as("leaky_relu′(%s)", z).isEqualTo(z > 0 ? 1.0 : 0.01);
        }
        assertThat(sigmoid.rule()).isEqualTo("σ·(1 − σ)");
        assertThat(tanh.rule()).isEqualTo("1 − tanh²");
        assertThat(leaky.rule()).contains("0.01");
    }

    @Test
    void theActivationsArePicturedWithTheirDerivatives() throws IOException {
        DemoOutput run = DemoOutput.run("seed004-activations", dir).succeeded("seed004-activations");
        assertThat(run.pictures()).extracting(p -> p.getFileName().toString())
                .containsExactly("sigmoid.png", "tanh.png", "leaky_relu.png", "derivatives.png");
        run.picturesAreReal();
        assertThat(run.result("sigmoid_derivative_at_0").asDouble()).isEqualTo(0.25);
        assertThat(run.result("tanh_derivative_at_0").asDouble()).isEqualTo(1.0);
        assertThat(run.result("leaky_relu_derivative_at_0").asDouble()).isEqualTo(0.01);
        assertThat(run.summary().get("settings").get("samples").asInt()).isLessThan(601);
    }

    @Test
    void thePublishedSlipIsFlaggedAndExplainedAndTheDemoEndsNormally() throws IOException {
        DemoOutput run = DemoOutput.run("seed004-mse-slip", dir).succeeded("seed004-mse-slip");
        assertThat(run.result("loss").asDouble()).isCloseTo(0.101780, within(5e-7));
        assertThat(run.result("published_loss").asDouble()).isEqualTo(0.1010);
        assertThat(run.result("loss_from_printed_yhat").asDouble()).isCloseTo(0.5 * 0.4512 * 0.4512, within(1e-15));
        assertThat(run.result("checks_failed").asInt()).isEqualTo(1);
        assertThat(run.result("failed_check_lines").get(0).asInt()).isEqualTo(19);
        assertThat(run.result("printed_section6").get("disagree").asInt()).isEqualTo(1);
        assertThat(run.stdout()).contains("✗ line 19  check C == 0.1010", "C is 0.101780, not 0.1010",
                "so the printed 0.1010 is an arithmetic slip, not rounding");
        assertThat(run.stdout().lines().filter(l -> l.startsWith("The slip: "))).hasSize(1);
    }

    @Test
    void theBlobsAreClassifiedAtNinetySixPercentAtFullSettings() throws IOException {
        DemoOutput run = DemoOutput.runFull("seed004-blobs", dir).succeeded("seed004-blobs");
        assertThat(run.result("test_accuracy").asDouble()).isGreaterThanOrEqualTo(0.96);
        assertThat(run.result("train_accuracy").asDouble()).as("the document: over 96%").isGreaterThan(0.96);
        assertThat(run.setting("epochs").asInt()).isEqualTo(Seed004Blobs.EPOCHS);
    }

    @Test
    void theBlobsNetworkLearnsSampleBySampleAndIsPictured() throws IOException {
        DemoOutput run = DemoOutput.run("seed004-blobs", dir).succeeded("seed004-blobs");
        assertThat(run.files()).containsExactly("train.csv", "test.csv", "loss.png", "boundary.png", "summary.json");
        run.picturesAreReal();
        assertThat(run.setting("batch").asText()).isEqualTo("one sample, in order");
        assertThat(run.result("training_loss").asDouble()).isLessThan(0.02);
        assertThat(run.result("test_loss").asDouble()).as("a mean over the test samples, like the training loss")
                .isLessThan(0.02);
        assertThat(run.stdout()).contains("epoch     1/5", "epoch     5/5", "0.weight = [[", "2.bias   = [");
    }
}
