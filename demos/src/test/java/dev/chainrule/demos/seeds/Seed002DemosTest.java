package dev.chainrule.demos.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 002: the moons network gives NumPy's numbers for the sheet's code with {@code np.random.seed(42)}
 * ({@code seed002_moons.json}, written by {@code seed002_moons.py}) and, at full settings, at least 97% test accuracy.
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
}
