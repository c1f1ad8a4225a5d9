package dev.chainrule.nn.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.init.Initializer;
import io.vavr.control.Option;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LayersTest {
    private static final Layout ROWS = Layout.SAMPLES_AS_ROWS;
    private static final Layout COLUMNS = Layout.SAMPLES_AS_COLUMNS;
    private static final double[][] W = {{0.1, 0.2, 0.3}, {-0.4, 0.5, -0.6}}; // in x out
    private static final double[] B = {0.01, 0.02, 0.03};
    private static final double[][] X = {{1, 2}, {3, -1}, {0, 0.5}, {-2, 1}}; // 4 samples as rows

    /** {@code X @ W + b} by hand. */
    private static double[][] affine() {
        double[][] out = new double[X.length][3];
        for (int n = 0; n < X.length; n++) {
            for (int o = 0; o < 3; o++) {
                out[n][o] = B[o] + X[n][0] * W[0][o] + X[n][1] * W[1][o];
            }
        }
        return out;
    }

    private static Tensor t(double[][] rows) {
        return Tensor.of(rows);
    }

    @Test
    void linearParameterNamesAndShapesInBothLayouts() {
        Params rows = new Linear(2, 3).init("0.", ROWS, new SplittableRandom(1));
        assertThat(rows.names()).containsExactly("0.weight", "0.bias");
        assertThat(rows.get("0.weight").shape()).isEqualTo(Shape.matrix(2, 3));
        assertThat(rows.get("0.bias").shape()).isEqualTo(Shape.vector(3));
        Params columns = new Linear(2, 3).named("W1", "b1").init("0.", COLUMNS, new SplittableRandom(1));
        assertThat(columns.names()).containsExactly("W1", "b1");
        assertThat(columns.get("W1").shape()).isEqualTo(Shape.matrix(3, 2));
        assertThat(columns.get("b1").shape()).isEqualTo(Shape.matrix(3, 1));
        assertThat(new Linear(2, 3).withoutBias().init("", ROWS, new SplittableRandom(1)).names()).containsExactly("weight");
        assertThat(rows.isWeight("0.weight")).as("Linear declares its weight a weight").isTrue();
        assertThat(rows.isWeight("0.bias")).isFalse();
        assertThat(columns.weights().names()).containsExactly("W1");
        Linear named = new Linear(2, 3).named("W1", "b1");
        assertThat(named.weightName("0.")).isEqualTo("W1");
        assertThat(named.explicitWeightName()).isEqualTo(Option.some("W1"));
        assertThat(new Linear(2, 3).weightName("0.")).as("never null").isEqualTo("0.weight");
        assertThat(new Linear(2, 3).explicitWeightName()).isEqualTo(Option.none());
        assertThat(new Linear(2, 3).biasName("")).isEqualTo("bias");
        assertThatThrownBy(() -> new Linear(2, 3).named(" ", "b")).hasMessageContaining("must not be null or blank");
        assertThatThrownBy(() -> new Linear(2, 3).named(null, "b")).hasMessageContaining("must not be null");
    }

    @Test
    void linearIsAffineInBothLayouts() {
        Linear rows = new Linear(2, 3).weights(Initializer.of(W)).biases(Initializer.of(B));
        Params p = rows.init("", ROWS, new SplittableRandom(0));
        Tensor y = rows.forward(p, "", ROWS, t(X));
        assertThat(y.shape()).isEqualTo(Shape.matrix(4, 3));
        assertThat(y.allClose(t(affine()), 1e-15, 0)).isTrue();

        Linear columns = new Linear(2, 3).weights(Initializer.of(t(W).transpose().toMatrix())).biases(Initializer.of(B));
        Params q = columns.init("", COLUMNS, new SplittableRandom(0));
        assertThat(q.get("bias").shape()).isEqualTo(Shape.matrix(3, 1));
        Tensor yc = columns.forward(q, "", COLUMNS, t(X).transpose());
        assertThat(yc.shape()).isEqualTo(Shape.matrix(3, 4));
        assertThat(yc.allClose(t(affine()).transpose(), 1e-15, 0)).isTrue();

        assertThat(rows.forward(p, "", ROWS, Tensor.of(X[1])).shape()).as("one sample as a vector").isEqualTo(Shape.vector(3));
        assertThat(columns.forward(q, "", COLUMNS, Tensor.of(X[1])).toArray()).containsExactly(affine()[1], within(1e-15));
        assertThat(rows.withoutBias().forward(p, "", ROWS, t(X)).allClose(t(X).matmul(t(W)), 0, 0)).isTrue();
    }

    @Test
    void aWrongInputWidthNamesTheLayerAndTheShapes() {
        Linear rows = new Linear(2, 10);
        Params p = rows.init("0.", ROWS, new SplittableRandom(0));
        assertThatThrownBy(() -> rows.forward(p, "0.", ROWS, Tensor.zeros(4, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Linear(2 → 10): input of shape (4,3) has 3 features but the layer expects 2 (samples as rows: n x 2)");
        Linear columns = new Linear(2, 10);
        assertThatThrownBy(() -> columns.forward(columns.init("", COLUMNS, new SplittableRandom(0)), "", COLUMNS, Tensor.zeros(4, 3)))
                .hasMessage("Linear(2 → 10): input of shape (4,3) has 4 features but the layer expects 2 (samples as columns: 2 x n)");
        assertThatThrownBy(() -> rows.forward(p, "0.", ROWS, Tensor.of(1.0))).hasMessageContaining("input of shape () has no features");

        Sequential net = MLP.sizes(2, 10, 1).build();
        Params q = net.init(new SplittableRandom(0));
        assertThatThrownBy(() -> net.forward(q, Tensor.zeros(5, 4))).hasMessageStartingWith("Linear(2 → 10): input of shape (5,4)");
        Sequential later = Sequential.of(new Linear(2, 3), Activation.TANH, new Linear(4, 1));
        assertThatThrownBy(() -> later.forward(later.init(new SplittableRandom(0)), Tensor.zeros(5, 2)))
                .hasMessageStartingWith("Linear(4 → 1): input of shape (5,3) has 3 features but the layer expects 4");
    }

    @Test
    void missingParametersAndBadSizesAreReported() {
        Linear l = new Linear(2, 3);
        assertThatThrownBy(() -> l.forward(Params.empty(), "0.", ROWS, Tensor.zeros(1, 2)))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("no parameter '0.weight'");
        assertThatThrownBy(() -> new Linear(0, 3)).hasMessageContaining("in and out must be positive, got 0 and 3");
        assertThatThrownBy(() -> new Linear(2, 3).weights(null)).hasMessageContaining("must not be null");
    }

    @Test
    void activationsComputeTheirFunctions() {
        Tensor z = Tensor.of(-2.0, 0.0, 3.0);
        assertThat(Activation.TANH.apply(z).toArray()).containsExactly(Math.tanh(-2), 0.0, Math.tanh(3));
        assertThat(Activation.SIGMOID.apply(z).toArray())
                .containsExactly(new double[] {1 / (1 + Math.exp(2)), 0.5, 1 / (1 + Math.exp(-3))}, within(1e-16));
        assertThat(Activation.RELU.apply(z).toArray()).containsExactly(0.0, 0.0, 3.0);
        assertThat(Activation.leakyRelu(0.1).apply(z).toArray()).containsExactly(new double[] {-0.2, 0.0, 3.0}, within(1e-16));
        assertThat(Activation.leakyRelu().slope()).isEqualTo(0.01);
        assertThat(Activation.IDENTITY.apply(z)).isSameAs(z);
        assertThat(Activation.TANH.describe()).isEqualTo("Tanh");
        assertThat(Activation.leakyRelu(0.2)).isEqualTo(Activation.leakyRelu(0.2)).isNotEqualTo(Activation.leakyRelu(0.3))
                .hasToString("LeakyReLU(0.2)");
        assertThat(Activation.RELU.kind()).isEqualTo(Activation.Kind.RELU);
        assertThatThrownBy(() -> Activation.leakyRelu(Double.NaN)).hasMessageContaining("slope must be finite, got NaN");
        assertThat(Activation.TANH.init("0.", ROWS, new SplittableRandom(0)).size()).isZero();
    }

    @Test
    void softmaxNormalisesEachSampleInItsLayout() {
        Tensor logits = t(new double[][] {{1, 2, 3}, {0, 0, 0}});
        double[] rowSums = Activation.SOFTMAX.apply(logits, ROWS).sum(1).toArray();
        assertThat(rowSums).containsExactly(new double[] {1, 1}, within(1e-15));
        double[] columnSums = Activation.SOFTMAX.apply(logits.transpose(), COLUMNS).sum(0).toArray();
        assertThat(columnSums).containsExactly(new double[] {1, 1}, within(1e-15));
        assertThat(Activation.SOFTMAX.apply(logits).get(1, 2)).as("samples as rows by default").isCloseTo(1.0 / 3, within(1e-16));
        assertThat(Activation.SOFTMAX.apply(Tensor.of(0.0, 0.0), COLUMNS).toArray()).as("one sample as a vector")
                .containsExactly(0.5, 0.5);
    }

    @Test
    void sequentialNamesParametersByPositionAndNests() {
        Sequential net = Sequential.of(new Linear(2, 3), Activation.TANH,
                Sequential.of(new Linear(3, 3), Activation.RELU), new Linear(3, 1).named("Wout", "bout"));
        Params p = net.init(new SplittableRandom(0));
        assertThat(p.names()).containsExactly("0.weight", "0.bias", "2.0.weight", "2.0.bias", "Wout", "bout");
        assertThat(net.forward(p, Tensor.zeros(5, 2)).shape()).isEqualTo(Shape.matrix(5, 1));
        assertThat(net.describe()).isEqualTo("Sequential(Linear(2 → 3), Tanh, Sequential(Linear(3 → 3), ReLU), Linear(3 → 1))");
        assertThatThrownBy(() -> new Sequential(ROWS, java.util.List.of())).hasMessageContaining("needs at least one layer");
        assertThatThrownBy(() -> net.layers().add(Activation.TANH)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aModelHasOneLayoutAndANestedSequentialThatDisagreesIsRejected() {
        Sequential inner = Sequential.of(new Linear(3, 3), Activation.RELU);
        assertThatThrownBy(() -> Sequential.of(COLUMNS, new Linear(2, 3), inner))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Sequential: layer 1, Sequential(Linear(3 → 3), ReLU), has samples as rows but the model it"
                        + " is in has samples as columns; a model has one layout: give both the same");
        Sequential agreeing = Sequential.of(COLUMNS, new Linear(2, 3), Sequential.of(COLUMNS, new Linear(3, 3), Activation.RELU));
        assertThat(agreeing.init(new SplittableRandom(0)).get("1.0.weight").shape()).isEqualTo(Shape.matrix(3, 3));
        assertThat(agreeing.forward(agreeing.init(new SplittableRandom(0)), Tensor.zeros(2, 5)).shape())
                .isEqualTo(Shape.matrix(3, 5));
        assertThatThrownBy(() -> inner.forward(Params.empty(), "", COLUMNS, Tensor.zeros(3, 5)))
                .hasMessage("Sequential(Linear(3 → 3), ReLU) has samples as rows but was asked to run with samples as columns");
    }

    @Test
    void mlpBuildsLinearLayersWithActivationsBetween() {
        Sequential binary = MLP.sizes(2, 10, 1).hidden(Activation.TANH).output(Activation.SIGMOID).build();
        assertThat(binary.describe()).isEqualTo("Sequential(Linear(2 → 10), Tanh, Linear(10 → 1), Sigmoid)");
        Sequential logits = MLP.sizes(4, 24, 12, 3).build();
        assertThat(logits.describe()).as("ReLU between, no output activation by default")
                .isEqualTo("Sequential(Linear(4 → 24), ReLU, Linear(24 → 12), ReLU, Linear(12 → 3))");
        Sequential columns = MLP.sizes(4, 3).output(Activation.SOFTMAX).layout(COLUMNS).build();
        assertThat(columns.layout()).as("the layout is set once, on the model").isEqualTo(COLUMNS);
        assertThat(columns.init(new SplittableRandom(0)).get("0.weight").shape()).isEqualTo(Shape.matrix(3, 4));
        assertThat(columns.forward(columns.init(new SplittableRandom(0)), Tensor.zeros(4, 5)).sum(0).toArray())
                .as("the softmax follows it: each column sums to 1").containsExactly(new double[] {1, 1, 1, 1, 1}, within(1e-15));
        Params constant = MLP.sizes(3, 2).weights(Initializer.constant(0.1)).biases(Initializer.constant(-1)).build()
                .init(new SplittableRandom(0));
        assertThat(constant.get("0.weight").toArray()).containsOnly(0.1);
        assertThat(constant.get("0.bias").toArray()).containsOnly(-1.0);
        assertThatThrownBy(() -> MLP.sizes(3)).hasMessageContaining("needs at least an input and an output size");
        assertThatThrownBy(() -> MLP.sizes(3, 0, 1)).hasMessageContaining("every size must be positive, got [3, 0, 1]");
    }

    @Test
    void bothLayoutsComputeTheSameNetworkTransposed() {
        Sequential rows = MLP.sizes(2, 4, 3).hidden(Activation.TANH).output(Activation.SOFTMAX).build();
        Sequential columns = MLP.sizes(2, 4, 3).hidden(Activation.TANH).output(Activation.SOFTMAX).layout(COLUMNS).build();
        Params p = rows.init(new SplittableRandom(9));
        Params q = Params.empty();
        for (String layer : new String[] {"0.", "2."}) {
            Tensor b = p.get(layer + "bias");
            q = q.with(layer + "weight", p.get(layer + "weight").transpose()).with(layer + "bias", b.reshape(b.size(), 1));
        }
        Tensor yRows = rows.forward(p, t(X));
        Tensor yColumns = columns.forward(q, t(X).transpose());
        assertThat(yRows.shape()).isEqualTo(Shape.matrix(4, 3));
        assertThat(yColumns.shape()).isEqualTo(Shape.matrix(3, 4));
        assertThat(yColumns.allClose(yRows.transpose(), 1e-15, 0)).isTrue();
    }
}
