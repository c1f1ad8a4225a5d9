package dev.chainrule.data.preprocessing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.data.Fixtures;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.random.RandomState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PreprocessingTest {
    private static final JsonNode SCALERS = Fixtures.load("scalers.json");

    private static void assertBits(double[][] actual, JsonNode expected) {
        double[][] e = Fixtures.matrix(expected);
        assertThat(actual.length).isEqualTo(e.length);
        for (int i = 0; i < e.length; i++) {
            assertThat(actual[i]).as("row %d", i).containsExactly(e[i]);
        }
    }

    @Test
    void standardScalerIsScikitLearns() {
        double[][] train = Fixtures.matrix(SCALERS.get("train"));
        double[][] test = Fixtures.matrix(SCALERS.get("test"));
        JsonNode f = SCALERS.get("standard");
        StandardScaler s = StandardScaler.fit(train);
        assertThat(s.mean()).containsExactly(Fixtures.doubles(f.get("mean")));
        assertThat(s.variance()).containsExactly(Fixtures.doubles(f.get("var")));
        assertThat(s.scale()).containsExactly(Fixtures.doubles(f.get("scale")));
        assertThat(s.scale()[2]).as("the constant column keeps scale 1").isEqualTo(1.0);
        assertBits(s.transform(train), f.get("train"));
        assertBits(s.transform(test), f.get("test"));
        double[][] back = s.inverseTransform(s.transform(test));
        for (int i = 0; i < back.length; i++) {
            for (int j = 0; j < back[i].length; j++) {
                assertThat(back[i][j]).isCloseTo(test[i][j], org.assertj.core.data.Offset.offset(1e-12 * (1 + Math.abs(test[i][j]))));
            }
        }
    }

    @Test
    void minMaxScalerIsScikitLearns() {
        double[][] train = Fixtures.matrix(SCALERS.get("train"));
        double[][] test = Fixtures.matrix(SCALERS.get("test"));
        JsonNode f = SCALERS.get("minmax");
        MinMaxScaler m = MinMaxScaler.fit(train);
        assertThat(m.dataMin()).containsExactly(Fixtures.doubles(f.get("data_min")));
        assertThat(m.dataMax()).containsExactly(Fixtures.doubles(f.get("data_max")));
        assertThat(m.scale()).containsExactly(Fixtures.doubles(f.get("scale")));
        assertThat(m.min()).containsExactly(Fixtures.doubles(f.get("min")));
        assertBits(m.transform(test), f.get("test"));
        MinMaxScaler pm1 = MinMaxScaler.fit(train, -1, 1);
        assertBits(pm1.transform(test), SCALERS.get("minmax_pm1").get("test"));
        assertBits(pm1.inverseTransform(pm1.transform(test)), SCALERS.get("minmax_pm1").get("inverse"));
        assertThatThrownBy(() -> MinMaxScaler.fit(train, 1, 1)).hasMessageContaining("low < high");
        assertThatThrownBy(() -> m.transform(new double[][] {{1, 2}})).hasMessageContaining("x has 2 features but the"
                + " scaler was fitted on 5");
    }

    @Test
    void scalersKeepLabelsAndDoNotTouchTheirInput() {
        Dataset d = Dataset.of(new double[][] {{1, 10}, {3, 30}}, new int[] {1, 0});
        Dataset t = StandardScaler.fit(d).transform(d);
        assertThat(t.labels()).containsExactly(1, 0);
        assertThat(t.x()).isDeepEqualTo(new double[][] {{-1, -1}, {1, 1}});
        assertThat(d.x()).isDeepEqualTo(new double[][] {{1, 10}, {3, 30}});
        assertThat(MinMaxScaler.fit(d).transform(d).x()).isDeepEqualTo(new double[][] {{0, 0}, {1, 1}});
    }

    @Test
    void oneHotAndBack() {
        OneHot h = OneHot.fit(new int[] {5, 2, 5, 7});
        assertThat(h.categories()).containsExactly(2, 5, 7);
        double[][] e = h.encode(new int[] {7, 2, 5});
        assertThat(e).isDeepEqualTo(new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}});
        assertThat(h.decode(e)).containsExactly(7, 2, 5);
        assertThat(h.decode(new double[][] {{0.2, 0.5, 0.3}, {0.4, 0.4, 0.2}})).containsExactly(5, 2);
        assertThat(OneHot.ofClasses(3).encode(new int[] {1})).isDeepEqualTo(new double[][] {{0, 1, 0}});
        assertThatThrownBy(() -> h.encode(new int[] {2, 3})).hasMessageContaining("label 3 in row 1 is not one of the"
                + " categories [2, 5, 7]");
        assertThatThrownBy(() -> h.decode(new double[][] {{1, 0}})).hasMessageContaining("row 0 has 2 values");
    }

    @Test
    void batchesInOrderAndShuffledPerEpoch() {
        double[][] x = new double[10][];
        int[] y = new int[10];
        for (int i = 0; i < 10; i++) {
            x[i] = new double[] {i};
            y[i] = i % 2;
        }
        Dataset d = Dataset.of(x, y);
        List<Integer> sizes = new ArrayList<>();
        List<Double> firsts = new ArrayList<>();
        for (Dataset b : Batches.of(d, 4)) {
            sizes.add(b.size());
            firsts.add(b.x(0, 0));
        }
        assertThat(sizes).containsExactly(4, 4, 2);
        assertThat(firsts).containsExactly(0.0, 4.0, 8.0);
        assertThat(Batches.of(d, 4).dropLast().count()).isEqualTo(2);

        Batches shuffled = Batches.shuffled(d, 3, new RandomState(0));
        RandomState reference = new RandomState(0);
        for (int epoch = 0; epoch < 3; epoch++) {
            int[] order = reference.permutation(10);
            List<Double> seen = new ArrayList<>();
            for (Dataset b : shuffled) {
                for (int i = 0; i < b.size(); i++) {
                    seen.add(b.x(i, 0));
                    assertThat(b.y(i)).isEqualTo((int) b.x(i, 0) % 2);
                }
            }
            assertThat(seen).containsExactlyElementsOf(Arrays.stream(order).mapToObj(v -> (double) v).toList());
        }
        SplittableRandom any = new SplittableRandom(5);
        SplittableRandom same = new SplittableRandom(5);
        for (Dataset b : Batches.shuffled(d, 10, any)) {
            int[] order = java.util.stream.IntStream.range(0, 10).toArray();
            for (int i = 9; i > 0; i--) {
                int j = same.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            assertThat(b.x()).as("any generator: Fisher-Yates with nextInt(i + 1)")
                    .isEqualTo(d.select(order).x());
        }
        assertThatThrownBy(() -> Batches.of(d, 0)).hasMessageContaining("batchSize must be >= 1");
    }
}
