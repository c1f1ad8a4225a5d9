package dev.chainrule.data.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.data.Fixtures;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.datasets.MakeMoons;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TrainTestSplitTest {
    static Stream<JsonNode> cases() {
        return StreamSupport.stream(Fixtures.load("split.json").get("cases").spliterator(), false);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void splitsAsScikitLearn(JsonNode c) {
        JsonNode p = c.get("params");
        int n = c.get("n").intValue();
        TrainTestSplit spec = TrainTestSplit.defaults();
        if (p.has("test_size")) {
            spec = p.get("test_size").isIntegralNumber() ? TrainTestSplit.testCount(p.get("test_size").intValue())
                    : TrainTestSplit.testFraction(p.get("test_size").doubleValue());
        }
        if (p.has("train_size")) {
            spec = p.get("train_size").isIntegralNumber() ? spec.withTrainCount(p.get("train_size").intValue())
                    : spec.withTrainFraction(p.get("train_size").doubleValue());
        }
        long seed = p.get("random_state").longValue();
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {i};
        }
        int[] y = c.get("y").isNull() ? new int[n] : Fixtures.ints(c.get("y"));
        if (c.get("stratify").booleanValue()) {
            spec = spec.stratified();
        }
        Split s = spec.split(Dataset.of(x, y), seed);
        int[] train = Fixtures.ints(c.get("train"));
        int[] test = Fixtures.ints(c.get("test"));
        assertThat(s.indices().train()).as(c.toString()).containsExactly(train);
        assertThat(s.indices().test()).as(c.toString()).containsExactly(test);
        for (int i = 0; i < train.length; i++) {
            assertThat(s.train().x(i, 0)).isEqualTo(train[i]);
            assertThat(s.train().y(i)).isEqualTo(y[train[i]]);
        }
        if (!c.get("stratify").booleanValue()) {
            assertThat(spec.indices(n, seed)).isEqualTo(s.indices());
        }
    }

    @Test
    void theSeedsSplitOfTheMoons() {
        Dataset moons = MakeMoons.of(500).withNoise(0.2).generate(42);
        Split s = TrainTestSplit.trainTestSplit(moons, 0.3, 42);
        assertThat(s.train().size()).isEqualTo(350);
        assertThat(s.test().size()).isEqualTo(150);
        assertThat(s.test().row(0)).containsExactly(moons.row(s.indices().test()[0]));
    }

    @Test
    void sizesAsScikitLearn() {
        assertThat(TrainTestSplit.defaults().sizes(10)).containsExactly(7, 3);
        assertThat(TrainTestSplit.testFraction(0.3).sizes(500)).containsExactly(350, 150);
        assertThat(TrainTestSplit.testCount(3).withTrainCount(5).sizes(10)).containsExactly(5, 3);
        assertThat(TrainTestSplit.defaults().withTrainFraction(0.5).sizes(9)).containsExactly(4, 5);
        assertThat(TrainTestSplit.testCount(3).withoutShuffle().indices(6, 0))
                .isEqualTo(new SplitIndices(new int[] {0, 1, 2}, new int[] {3, 4, 5}));
    }

    @Test
    void impossibleSizesAreRefused() {
        assertThatThrownBy(() -> TrainTestSplit.testFraction(1.0)).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> TrainTestSplit.testCount(0)).hasMessageContaining("must be > 0");
        assertThatThrownBy(() -> TrainTestSplit.testCount(10).indices(10, 0))
                .hasMessageContaining("smaller than the number of samples 10");
        assertThatThrownBy(() -> TrainTestSplit.testFraction(0.6).withTrainFraction(0.5).indices(10, 0))
                .hasMessageContaining("sum to 1.1");
        assertThatThrownBy(() -> TrainTestSplit.testCount(4).stratified()
                .split(Dataset.of(new double[][] {{0}, {1}, {2}, {3}, {4}}, new int[] {0, 0, 0, 1, 1}), 0))
                .hasMessageContaining("1 training samples for 2 classes");
        assertThatThrownBy(() -> TrainTestSplit.testCount(2).stratified()
                .split(Dataset.of(new double[][] {{0}, {1}, {2}, {3}, {4}}, new int[] {0, 0, 0, 0, 1}), 0))
                .hasMessageContaining("class 1 has only 1");
    }
}
