package dev.chainrule.nn.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.random.RandomState;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.layers.Linear;
import dev.chainrule.nn.layers.MLP;
import dev.chainrule.nn.layers.Sequential;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InitializerTest {
    private static final int FAN_IN = 200;
    private static final int FAN_OUT = 300;

    /** A 200 x 300 weight drawn by {@code init}: 60 000 samples of its distribution. */
    private static double[] draw(Initializer init) {
        return new Linear(FAN_IN, FAN_OUT).weights(init).init("", Layout.SAMPLES_AS_ROWS, new SplittableRandom(123))
                .get("weight").toArray();
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double std(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / v.length);
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    @Test
    void theSameSeedGivesTheSameParametersAndAnotherSeedOthers() {
        Sequential net = MLP.sizes(3, 5, 2).build();
        Params a = net.init(new SplittableRandom(42));
        assertThat(net.init(new SplittableRandom(42))).isEqualTo(a);
        assertThat(net.init(new SplittableRandom(43))).isNotEqualTo(a);
        Sequential normal = MLP.sizes(3, 5, 2).weights(Initializer.heNormal()).build();
        assertThat(normal.init(new SplittableRandom(7))).isEqualTo(normal.init(new SplittableRandom(7)));
    }

    @Test
    void drawsAreInRowMajorOrder() {
        Tensor t = Initializer.uniform(0, 1).create(Shape.matrix(2, 3), 3, 2, new SplittableRandom(5));
        SplittableRandom rng = new SplittableRandom(5);
        double[] expected = new double[6];
        for (int i = 0; i < 6; i++) {
            expected[i] = rng.nextDouble();
        }
        assertThat(t.toArray()).containsExactly(expected);
    }

    @Test
    void xavierUniformStaysWithinItsBoundWithTheStdOfAUniform() {
        double a = Math.sqrt(6.0 / (FAN_IN + FAN_OUT));
        double[] w = draw(Initializer.xavierUniform());
        assertThat(maxAbs(w)).isLessThanOrEqualTo(a).isGreaterThan(0.99 * a);
        assertThat(std(w)).isCloseTo(a / Math.sqrt(3), within(0.02 * a));
        assertThat(mean(w)).isCloseTo(0, within(0.01 * a));
    }

    @Test
    void xavierNormalHasStdRootTwoOverFanInPlusFanOut() {
        double[] w = draw(Initializer.xavierNormal());
        double sigma = Math.sqrt(2.0 / (FAN_IN + FAN_OUT));
        assertThat(std(w)).isCloseTo(sigma, within(0.02 * sigma));
        assertThat(mean(w)).isCloseTo(0, within(0.02 * sigma));
    }

    @Test
    void heInitialisersScaleWithFanIn() {
        double sigma = Math.sqrt(2.0 / FAN_IN);
        assertThat(std(draw(Initializer.heNormal()))).isCloseTo(sigma, within(0.02 * sigma));
        double a = Math.sqrt(6.0 / FAN_IN);
        double[] w = draw(Initializer.heUniform());
        assertThat(maxAbs(w)).isLessThanOrEqualTo(a).isGreaterThan(0.99 * a);
        assertThat(std(w)).isCloseTo(a / Math.sqrt(3), within(0.02 * a));
    }

    @Test
    void plainDistributionsAndConstants() {
        double[] n = draw(Initializer.normal(3.0, 0.5));
        assertThat(mean(n)).isCloseTo(3.0, within(0.01));
        assertThat(std(n)).isCloseTo(0.5, within(0.01));
        assertThat(std(draw(Initializer.standardNormal()))).isCloseTo(1.0, within(0.02));
        double[] u = draw(Initializer.uniform(-1, 3));
        assertThat(java.util.Arrays.stream(u).min().orElseThrow()).isGreaterThanOrEqualTo(-1).isLessThan(-0.99);
        assertThat(java.util.Arrays.stream(u).max().orElseThrow()).isLessThan(3).isGreaterThan(2.99);
        assertThat(mean(u)).isCloseTo(1.0, within(0.03));
        assertThat(draw(Initializer.constant(0.1))).containsOnly(0.1);
        assertThat(draw(Initializer.zeros())).containsOnly(0.0);
    }

    @Test
    void givenValuesAreUsedAsTheyAreAndCopied() {
        double[][] w = {{0.3, -0.1}, {0.2, 0.4}};
        Initializer given = Initializer.of(w);
        w[0][0] = 99;
        Params p = new Linear(2, 2).weights(given).biases(Initializer.of(0.1, -0.2))
                .init("", Layout.SAMPLES_AS_COLUMNS, new SplittableRandom(0));
        assertThat(p.get("weight").toArray()).containsExactly(0.3, -0.1, 0.2, 0.4);
        assertThat(p.get("bias").shape()).isEqualTo(Shape.matrix(2, 1));
        assertThat(p.get("bias").toArray()).containsExactly(0.1, -0.2);
        Params rows = new Linear(2, 2).biases(Initializer.of(0.1, -0.2)).init("", Layout.SAMPLES_AS_ROWS, new SplittableRandom(0));
        assertThat(rows.get("bias").shape()).isEqualTo(Shape.vector(2));
    }

    @Test
    void givenValuesOfTheWrongShapeAreRejected() {
        Linear l = new Linear(2, 2).weights(Initializer.of(new double[][] {{1, 2, 3}}));
        assertThatThrownBy(() -> l.init("0.", Layout.SAMPLES_AS_ROWS, new SplittableRandom(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("initializer: the given values have shape (1,3) but the parameter has shape (2,2)");
        assertThatThrownBy(() -> new Linear(2, 3).biases(Initializer.of(0.1, 0.2)).init("", Layout.SAMPLES_AS_ROWS,
                new SplittableRandom(0)))
                .hasMessage("initializer: the given values have shape (1,2) but the parameter has shape (3,)");
        Initializer wrongSize = (shape, fanIn, fanOut, rng) -> Tensor.zeros(5);
        assertThatThrownBy(() -> new Linear(2, 3).weights(wrongSize).init("", Layout.SAMPLES_AS_ROWS, new SplittableRandom(0)))
                .hasMessage("Linear(2 → 3): the weight initializer made shape (5,), expected (2,3)");
    }

    @Test
    void xavierUniformWithAFactorDrawsScikitLearnsInitialisationInItsOrder() {
        // scikit-learn: for each layer, coefs = uniform(-b, b, (fan_in, fan_out)), then intercepts = uniform(-b, b, fan_out),
        // with b = sqrt(factor / (fan_in + fan_out)), factor 2 for logistic units.
        Initializer glorot = Initializer.xavierUniform(2.0);
        Params p = MLP.sizes(3, 5, 2).weights(glorot).biases(glorot).build().init(new RandomState(7));
        RandomState numpy = new RandomState(7);
        int[][] layers = {{3, 5}, {5, 2}};
        String[] names = {"0.", "2."};
        for (int l = 0; l < 2; l++) {
            int in = layers[l][0];
            int out = layers[l][1];
            double b = Math.sqrt(2.0 / (in + out));
            double[] coefs = java.util.Arrays.stream(numpy.uniform(-b, b, in, out)).flatMapToDouble(java.util.Arrays::stream)
                    .toArray();
            assertThat(p.get(names[l] + "weight").toArray()).containsExactly(coefs);
            assertThat(p.get(names[l] + "bias").toArray()).containsExactly(numpy.uniform(-b, b, out));
        }
        assertThat(Initializer.xavierUniform(6.0).create(Shape.matrix(4, 3), 4, 3, new RandomState(1)).toArray())
                .as("factor 6 is xavierUniform()")
                .containsExactly(Initializer.xavierUniform().create(Shape.matrix(4, 3), 4, 3, new RandomState(1)).toArray());
        assertThatThrownBy(() -> Initializer.xavierUniform(0)).hasMessageContaining("factor must be a finite number > 0");
    }

    @Test
    void badDistributionSettingsAreRejected() {
        assertThatThrownBy(() -> Initializer.normal(0, -1)).hasMessageContaining("std must be >= 0, got -1.0");
        assertThatThrownBy(() -> Initializer.uniform(1, 0)).hasMessageContaining("low 1.0 is above high 0.0");
    }
}
