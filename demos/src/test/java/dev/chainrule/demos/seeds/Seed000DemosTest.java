package dev.chainrule.demos.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.data.datasets.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 000, Exercises 2–4: the per-class data recipe, the pictures, and — at full settings — the thresholds: 95% test
 * accuracy for Exercise 2, and for Exercises 3 and 4 at least scikit-learn's {@code MLPClassifier} on the same files
 * minus two points; with the training loss and accuracies NumPy gets from the same loop ({@code seed000_sklearn.json},
 * written by {@code compare_seed000.py}).
 */
class Seed000DemosTest {
    private static final JsonNode PYTHON = Fixtures.json("seed000_sklearn.json");

    @TempDir
    Path dir;

    @Test
    void eachClassIsItsOwnRunsSubsetAndTheRecipeSaysHow() {
        PerClassSubsets recipe = Seed000Exercise.THREE_CLASSES;
        Dataset data = recipe.generate();
        int[] labels = data.labels();
        assertThat(data.size()).isEqualTo(1500);
        for (int k = 0; k < 3; k++) {
            int first = k * 500;
            assertThat(Arrays.copyOfRange(labels, first, first + 500)).as("class %d's block", k).containsOnly(k);
            Dataset run = recipe.run(k).generate(recipe.randomStates().get(k));
            int i = Arrays.stream(run.labels()).boxed().toList().indexOf(k);
            assertThat(data.row(first)).as("class %d's first sample is its run's first sample of class %d", k, k)
                    .containsExactly(run.row(i));
        }
        assertThat(recipe.recipe()).containsExactly(
                "X0, y0 = make_classification(n_samples=1500, n_features=4, n_informative=4, n_redundant=0, n_classes=3,"
                        + " n_clusters_per_class=2, flip_y=0, random_state=2)",
                "X1, y1 = make_classification(n_samples=1500, n_features=4, n_informative=4, n_redundant=0, n_classes=3,"
                        + " n_clusters_per_class=3, flip_y=0, random_state=7)",
                "X2, y2 = make_classification(n_samples=1500, n_features=4, n_informative=4, n_redundant=0, n_classes=3,"
                        + " n_clusters_per_class=4, flip_y=0, random_state=0)",
                "X = np.vstack([X0[y0 == 0], X1[y1 == 1], X2[y2 == 2]])   # class k: the class-k samples of run k",
                "y = np.repeat(np.arange(3), 500)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seed000-ex2", "seed000-ex3", "seed000-ex4"})
    void quickRunsWriteScikitLearnsDataTheirPicturesAndAConsistentSummary(String name) throws IOException {
        DemoOutput run = DemoOutput.run(name, dir).succeeded(name);
        double[][] train = Fixtures.csvRows(dir.resolve("train.csv"));
        assertThat(train).hasNumberOfRows(name.equals("seed000-ex2") ? 800 : 1200);
        assertThat(Fixtures.csvRows(dir.resolve("test.csv"))).hasNumberOfRows(name.equals("seed000-ex2") ? 200 : 300);
        JsonNode head = PYTHON.get(name).get("train_head");
        for (int i = 0; i < head.size(); i++) {
            for (int j = 0; j < head.get(i).size(); j++) {
                assertThat(train[i][j]).as("train.csv row %d column %d: scikit-learn's", i, j)
                        .isCloseTo(head.get(i).get(j).asDouble(), within(1e-12));
            }
        }
        assertThat(run.files()).contains(name.equals("seed000-ex2") ? "boundary.png" : "confusion.png")
                .startsWith("train.csv", "test.csv", "loss.png");
        run.picturesAreReal();
        assertThat(run.stdout()).contains("make_classification(n_samples=",
                "train_test_split(X, y, test_size=0.2, random_state=42)", "epoch   100/100", "test accuracy");
        JsonNode confusion = run.result("confusion_matrix");
        int right = 0;
        int all = 0;
        for (int t = 0; t < confusion.size(); t++) {
            for (int p = 0; p < confusion.size(); p++) {
                right += t == p ? confusion.get(t).get(p).asInt() : 0;
                all += confusion.get(t).get(p).asInt();
            }
        }
        assertThat((double) right / all).isEqualTo(run.result("test_accuracy").asDouble());
        assertThat(run.result("test_accuracy").asDouble()).as("after 100 of the 2000 epochs").isGreaterThan(0.7);
    }

    @Test
    void exercise2ReachesNinetyFivePercentAtFullSettingsAsNumpyDoes() throws IOException {
        DemoOutput run = fullRun("seed000-ex2");
        assertThat(run.result("test_accuracy").asDouble()).isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seed000-ex3", "seed000-ex4"})
    void reachesScikitLearnsAccuracyMinusTwoPointsAtFullSettings(String name) throws IOException {
        DemoOutput run = fullRun(name);
        JsonNode sklearn = PYTHON.get(name);
        double best = Math.max(sklearn.get("sklearn_tanh_test_accuracy").asDouble(),
                sklearn.get("sklearn_relu_test_accuracy").asDouble());
        assertThat(run.result("test_accuracy").asDouble()).as("against " + sklearn.get("sklearn").asText())
                .isGreaterThanOrEqualTo(best - 0.02);
    }

    /** The demo at full settings, whose last training loss and accuracies must be NumPy's for the same loop. */
    private DemoOutput fullRun(String name) throws IOException {
        DemoOutput run = DemoOutput.runFull(name, dir).succeeded(name);
        JsonNode numpy = PYTHON.get(name);
        assertThat(run.setting("epochs").asInt()).isEqualTo(Seed000Exercise.EPOCHS);
        assertThat(run.result("training_loss").asDouble()).as("the last epoch's training loss, NumPy's")
                .isCloseTo(numpy.get("numpy_demo_last_training_loss").asDouble(), within(1e-9));
        assertThat(run.result("train_accuracy").asDouble()).isEqualTo(numpy.get("numpy_demo_train_accuracy").asDouble());
        assertThat(run.result("test_accuracy").asDouble()).isEqualTo(numpy.get("numpy_demo_test_accuracy").asDouble());
        assertThat(run.stdout()).contains("epoch  2000/2000");
        return run;
    }

    @Test
    void theExercisesShareOneModelAndLoopAndDifferInTheirLayersOnly() {
        assertThat(Seed000Exercise.EX2.sizes()).containsExactly(2, 10, 1);
        assertThat(Seed000Exercise.EX3.sizes()).containsExactly(4, 16, 3);
        assertThat(Seed000Exercise.EX4.sizes()).containsExactly(4, 24, 12, 3);
        assertThat(List.of(Seed000Exercise.EX2, Seed000Exercise.EX3, Seed000Exercise.EX4)).extracting(Demo::name)
                .containsExactly("seed000-ex2", "seed000-ex3", "seed000-ex4");
    }
}
