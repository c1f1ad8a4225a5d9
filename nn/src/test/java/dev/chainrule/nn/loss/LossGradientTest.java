package dev.chainrule.nn.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.init.Initializer;
import dev.chainrule.nn.layers.Linear;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

/** Each loss's value equals its hand formula and its gradient equals its hand δ, element by element. */
class LossGradientTest {
    private static final double TOL = 1e-14;
    private static final double[][] P = {{0.2, 0.7}, {0.9, 0.4}, {0.5, 0.1}};
    private static final double[][] Y = {{0.0, 1.0}, {1.0, 0.0}, {1.0, 1.0}};
    private static final int N = 6;

    /** {@code f(p, y)} element by element. */
    private static double[][] each(double[][] p, double[][] y, DoubleBinaryOperator f) {
        double[][] out = new double[p.length][p[0].length];
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p[0].length; j++) {
                out[i][j] = f.applyAsDouble(p[i][j], y[i][j]);
            }
        }
        return out;
    }

    private static double sum(double[][] a) {
        double s = 0;
        for (double[] row : a) {
            for (double v : row) {
                s += v;
            }
        }
        return s;
    }

    /** The loss's value and its gradient with respect to the prediction. */
    private static Tensor[] valueAndDelta(Loss loss, double[][] prediction, double[][] target) {
        Tensor p = Tensor.of(prediction);
        Tensor l = loss.apply(p, Tensor.of(target));
        return new Tensor[] {l, l.grad().of(p)};
    }

    private static void assertDelta(Tensor delta, double[][] hand) {
        assertThat(delta.allClose(Tensor.of(hand), TOL, TOL)).as(delta + "\n  vs hand δ\n" + Tensor.of(hand)).isTrue();
    }

    @Test
    void meanSquaredErrorDeltaIsTwiceTheErrorOverN() {
        Tensor[] r = valueAndDelta(new MeanSquaredError(), P, Y);
        assertThat(r[0].item()).isCloseTo(sum(each(P, Y, (p, y) -> (p - y) * (p - y))) / N, within(TOL));
        assertDelta(r[1], each(P, Y, (p, y) -> 2 * (p - y) / N));
    }

    @Test
    void halfMeanSquaredErrorDeltaIsTheErrorOverN() {
        Tensor[] r = valueAndDelta(new HalfMeanSquaredError(), P, Y);
        assertThat(r[0].item()).isCloseTo(0.5 * sum(each(P, Y, (p, y) -> (p - y) * (p - y))) / N, within(TOL));
        assertDelta(r[1], each(P, Y, (p, y) -> (p - y) / N));
    }

    @Test
    void halfSumOfSquaresDeltaIsTheError() {
        Tensor[] r = valueAndDelta(new HalfSumSquaredError(), P, Y);
        assertThat(r[0].item()).isCloseTo(0.5 * sum(each(P, Y, (p, y) -> (p - y) * (p - y))), within(TOL));
        assertDelta(r[1], each(P, Y, (p, y) -> p - y));
    }

    @Test
    void squaredErrorDeltaIsMinusTwiceTargetMinusPrediction() {
        Tensor[] r = valueAndDelta(new SquaredError(), P, Y);
        assertThat(r[0].item()).isCloseTo(sum(each(P, Y, (p, y) -> (y - p) * (y - p))), within(TOL));
        assertDelta(r[1], each(P, Y, (p, y) -> -2 * (y - p)));
    }

    @Test
    void binaryCrossEntropyDeltaInsideTheClip() {
        Tensor[] r = valueAndDelta(new BinaryCrossEntropy(), P, Y);
        assertThat(r[0].item()).isCloseTo(-sum(each(P, Y, (p, y) -> y * Math.log(p) + (1 - y) * Math.log(1 - p))) / N,
                within(TOL));
        assertDelta(r[1], each(P, Y, (p, y) -> (p - y) / (p * (1 - p)) / N));
    }

    @Test
    void binaryCrossEntropyClipsProbabilitiesOfZeroAndOne() {
        double eps = 1e-7;
        Tensor[] r = valueAndDelta(new BinaryCrossEntropy(eps), new double[][] {{0.0, 1.0, 0.3}}, new double[][] {{1.0, 0.0, 1.0}});
        assertThat(r[0].item()).isCloseTo(-(Math.log(eps) + Math.log(1 - (1 - eps)) + Math.log(0.3)) / 3, within(TOL));
        assertThat(r[1].toArray()).as("no gradient flows through the clipped elements")
                .containsExactly(new double[] {0.0, 0.0, (0.3 - 1) / (0.3 * 0.7) / 3}, within(TOL));
        assertThatThrownBy(() -> new BinaryCrossEntropy(0.5)).hasMessageContaining("epsilon must be in [0, 0.5), got 0.5");
    }

    @Test
    void binaryCrossEntropyWithLogitsDeltaIsSigmoidMinusTargetOverN() {
        double[][] x = {{-1.5, 0.3}, {2.0, 0.0}, {0.7, -0.2}};
        Tensor[] r = valueAndDelta(new BinaryCrossEntropyWithLogits(), x, Y);
        DoubleBinaryOperator bce = (z, y) -> {
            double s = 1 / (1 + Math.exp(-z));
            return -(y * Math.log(s) + (1 - y) * Math.log(1 - s));
        };
        assertThat(r[0].item()).isCloseTo(sum(each(x, Y, bce)) / N, within(TOL));
        assertDelta(r[1], each(x, Y, (z, y) -> (1 / (1 + Math.exp(-z)) - y) / N));
    }

    @Test
    void binaryCrossEntropyWithLogitsDeltaAtALogitOfExactlyZero() {
        // A zero-initialised output layer gives logits of exactly 0: the δ there is (σ(0) - y) / n = (½ - y) / n.
        Tensor[] r = valueAndDelta(new BinaryCrossEntropyWithLogits(), new double[][] {{0.0, 0.0}}, new double[][] {{0.0, 1.0}});
        assertThat(r[0].item()).isCloseTo(Math.log(2), within(TOL));
        assertThat(r[1].toArray()).containsExactly(0.25, -0.25);
    }

    @Test
    void binaryCrossEntropyWithLogitsIsStableAtPlusMinusOneThousand() {
        double[][] x = {{1000, -1000}, {1000, -1000}};
        double[][] y = {{1, 0}, {0, 1}};
        Tensor[] r = valueAndDelta(new BinaryCrossEntropyWithLogits(), x, y);
        assertThat(r[0].item()).isEqualTo(500.0); // two right by a mile (0), two wrong by 1000 each
        assertThat(r[1].toArray()).containsExactly(new double[] {0.0, 0.0, 0.25, -0.25}, within(0.0));
    }

    /** {@code softmax(z) - onehot} for samples as rows. */
    private static double[][] softmaxMinus(double[][] z, double[][] onehot, double scale) {
        double[][] out = new double[z.length][z[0].length];
        for (int i = 0; i < z.length; i++) {
            double total = 0;
            for (double v : z[i]) {
                total += Math.exp(v);
            }
            for (int k = 0; k < z[i].length; k++) {
                out[i][k] = (Math.exp(z[i][k]) / total - onehot[i][k]) * scale;
            }
        }
        return out;
    }

    private static final double[][] LOGITS = {{1.0, 2.0, 0.5, -1.0}, {0.0, 0.0, 3.0, 1.0}, {-2.0, 1.0, 0.1, 0.2}};
    private static final double[][] ONE_HOT = {{0, 1, 0, 0}, {1, 0, 0, 0}, {0, 0, 0, 1}};
    private static final int[] CLASSES = {1, 0, 3};

    private static double crossEntropyByHand() {
        double total = 0;
        for (int i = 0; i < LOGITS.length; i++) {
            double norm = 0;
            for (double v : LOGITS[i]) {
                norm += Math.exp(v);
            }
            total -= LOGITS[i][CLASSES[i]] - Math.log(norm);
        }
        return total;
    }

    @Test
    void softmaxCrossEntropyDeltaIsSoftmaxMinusOneHotDividedByNForTheMean() {
        Tensor[] mean = valueAndDelta(new SoftmaxCrossEntropy(), LOGITS, ONE_HOT);
        assertThat(mean[0].item()).isCloseTo(crossEntropyByHand() / 3, within(TOL));
        assertDelta(mean[1], softmaxMinus(LOGITS, ONE_HOT, 1.0 / 3));

        Tensor[] sum = valueAndDelta(SoftmaxCrossEntropy.summed(), LOGITS, ONE_HOT);
        assertThat(sum[0].item()).isCloseTo(crossEntropyByHand(), within(TOL));
        assertDelta(sum[1], softmaxMinus(LOGITS, ONE_HOT, 1.0));
    }

    @Test
    void softmaxCrossEntropyWithSamplesAsColumns() {
        Tensor z = Tensor.of(LOGITS).transpose().detach();
        Tensor l = new SoftmaxCrossEntropy().apply(z, Tensor.of(ONE_HOT).transpose(), Layout.SAMPLES_AS_COLUMNS);
        assertThat(l.item()).isCloseTo(crossEntropyByHand() / 3, within(TOL));
        assertDelta(l.grad().of(z), transpose(softmaxMinus(LOGITS, ONE_HOT, 1.0 / 3)));
    }

    @Test
    void classIndicesGiveTheSameLossAndDeltaAsOneHot() {
        for (Layout layout : Layout.values()) {
            SoftmaxCrossEntropy ce = new SoftmaxCrossEntropy();
            boolean rows = layout == Layout.SAMPLES_AS_ROWS;
            Tensor z1 = rows ? Tensor.of(LOGITS) : Tensor.of(transpose(LOGITS));
            Tensor z2 = rows ? Tensor.of(LOGITS) : Tensor.of(transpose(LOGITS));
            Tensor withOneHot = ce.apply(z1, rows ? Tensor.of(ONE_HOT) : Tensor.of(transpose(ONE_HOT)), layout);
            Tensor withIndices = ce.apply(z2, CLASSES, layout);
            assertThat(withIndices.item()).as(layout.name()).isEqualTo(withOneHot.item());
            assertThat(withIndices.grad().of(z2).sameValues(withOneHot.grad().of(z1))).as(layout.name()).isTrue();
        }
    }

    @Test
    void softmaxCrossEntropyOfOneSampleVector() {
        Tensor z = Tensor.of(LOGITS[0]);
        Tensor l = new SoftmaxCrossEntropy().apply(z, Tensor.of(ONE_HOT[0]));
        assertDelta(l.grad().of(z).reshape(1, 4), new double[][] {softmaxMinus(LOGITS, ONE_HOT, 1.0)[0]});
    }

    @Test
    void badLabelsAndShapesAreRejectedWithClearMessages() {
        SoftmaxCrossEntropy ce = new SoftmaxCrossEntropy();
        assertThatThrownBy(() -> ce.apply(Tensor.of(LOGITS), new int[] {1, 4, 0}))
                .hasMessageContaining("label 4 of sample 1 is outside 0..3");
        assertThatThrownBy(() -> ce.apply(Tensor.of(LOGITS), new int[] {1, -1, 0}))
                .hasMessageContaining("label -1 of sample 1 is outside 0..3");
        assertThatThrownBy(() -> ce.apply(Tensor.of(LOGITS), new int[] {1, 2}))
                .hasMessageContaining("2 labels for 3 samples");
        assertThatThrownBy(() -> new MeanSquaredError().apply(Tensor.zeros(3, 2), Tensor.zeros(2, 3)))
                .hasMessage("MSE: prediction has shape (3,2) but target has shape (2,3)");
        assertThatThrownBy(() -> new BinaryCrossEntropy().apply(Tensor.zeros(3, 1), Tensor.zeros(3)))
                .hasMessageContaining("BCE: prediction has shape (3,1) but target has shape (3,)");
    }

    private static final Tensor W = Tensor.of(new double[][] {{0.5, -2.0}, {1.5, -0.25}});
    private static final Tensor B = Tensor.of(0.3, -0.7);
    private static final Tensor W1 = Tensor.of(new double[][] {{-1.0, 3.0}});
    private static final Tensor B1 = Tensor.of(new double[][] {{4.0}});
    private static final Params PARAMS = Params.empty().withWeight("0.weight", W).with("0.bias", B).withWeight("W1", W1)
            .with("b1", B1);

    @Test
    void l2PenaltyIsHalfRateTimesSquaresAndItsGradientRateTimesWeightsNotBiases() {
        Tensor l = Penalty.l2(0.01).apply(PARAMS);
        assertThat(l.item()).isCloseTo(0.01 * 0.5 * (0.25 + 4 + 2.25 + 0.0625 + 1 + 9), within(TOL));
        Params g = PARAMS.gradientsFromAllowingUnused(l);   // the biases are not penalised: zeros
        assertThat(g.get("0.weight").allClose(W.mul(0.01), TOL, 0)).isTrue();
        assertThat(g.get("W1").allClose(W1.mul(0.01), TOL, 0)).isTrue();
        assertThat(g.get("0.bias").toArray()).containsOnly(0.0);
        assertThat(g.get("b1").toArray()).containsOnly(0.0);
    }

    @Test
    void l1PenaltyIsRateTimesAbsoluteValuesAndItsGradientRateTimesSign() {
        Tensor l = Penalty.l1(0.1).apply(PARAMS);
        assertThat(l.item()).isCloseTo(0.1 * (0.5 + 2 + 1.5 + 0.25 + 1 + 3), within(TOL));
        Params g = PARAMS.gradientsFromAllowingUnused(l);   // the biases are not penalised: zeros
        assertThat(g.get("0.weight").toArray()).containsExactly(new double[] {0.1, -0.1, 0.1, -0.1}, within(TOL));
        assertThat(g.get("W1").toArray()).containsExactly(new double[] {-0.1, 0.1}, within(TOL));
        assertThat(g.get("0.bias").toArray()).containsOnly(0.0);
        assertThat(g.get("b1").toArray()).containsOnly(0.0);
    }

    @Test
    void penaltiesApplyToTheDeclaredWeightsWhateverTheirNames() {
        // A weight called "b" is penalised, a bias called "weight" is not: the declaration decides, not the name.
        Params named = Params.empty().withWeight("b", Tensor.of(3.0)).with("weight", Tensor.of(5.0));
        assertThat(Penalty.l2(2.0).apply(named).item()).isEqualTo(9.0);
        assertThat(Penalty.l1(2.0).apply(named).item()).isEqualTo(6.0);
        Params fromLayers = new Linear(2, 1).named("b2", "w2").weights(Initializer.constant(2.0))
                .biases(Initializer.constant(7.0)).init("", Layout.SAMPLES_AS_ROWS, new SplittableRandom(0));
        assertThat(Penalty.l2(1.0).apply(fromLayers).item()).as("Linear declares its weight").isEqualTo(4.0);
        assertThat(Penalty.l2(0).apply(PARAMS).item()).isEqualTo(0.0);
        assertThat(Penalty.l2(1.0).apply(Params.empty()).item()).isEqualTo(0.0);
    }

    @Test
    void aPenaltyOfParamsWithoutWeightsIsAnErrorAndABadRateIsRejected() {
        assertThatThrownBy(() -> Penalty.l2(0.1).apply(Params.of("W1", W, "b1", B)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("penalty: none of the parameters (W1, b1) is a weight, so there is nothing to penalise;"
                        + " layers declare their weights (Linear's weight), and Params.withWeight declares one by hand");
        assertThatThrownBy(() -> Penalty.l2(-0.1)).hasMessageContaining("rate must be a finite number >= 0, got -0.1");
        assertThatThrownBy(() -> Penalty.l1(Double.NaN)).hasMessageContaining("got NaN");
    }

    private static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }
}
