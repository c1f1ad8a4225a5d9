package dev.chainrule.demos.seeds;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.random.RandomState;
import dev.chainrule.nn.Model;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.init.Initializer;
import dev.chainrule.nn.layers.Activation;
import dev.chainrule.nn.layers.Layer;
import dev.chainrule.nn.layers.MLP;
import dev.chainrule.nn.layers.Sequential;
import dev.chainrule.nn.loss.BinaryCrossEntropy;
import dev.chainrule.nn.metrics.Metrics;
import dev.chainrule.nn.optim.SGD;
import dev.chainrule.nn.train.EpochEnd;
import dev.chainrule.nn.train.Targets;
import dev.chainrule.nn.train.Trainer;
import dev.chainrule.nn.train.TrainingResult;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Seed 003's network, {@code 2-H-1} with sigmoid units everywhere (H = 2 in sections 1–2), its weights started "to
 * some small random values" — uniform in [−0.5, 0.5), drawn from a NumPy-compatible {@code RandomState(seed)} as
 * {@code rng.uniform(-0.5, 0.5, ...)} draws them — and trained as the document's loop does: binary cross-entropy,
 * one sample at a time in the order of the data, {@code w ← w − α∇E} after each. Also the parts of the trained
 * network that the document looks at: the hidden units' values {@code (z1, z2)} and lines {@code a_j = 0}, and the
 * output unit as a function of the hidden values.
 *
 * <pre>{@code
 * Seed003Network net = Seed003Network.withHiddenUnits(2);
 * TrainingResult r = net.train(net.start(0), split.train(), split.test(), 0.5, 500, e -> { });
 * net.accuracy(r.params(), split.test());
 * net.hidden(r.params(), split.train().x());           // rows (z1, z2)
 * }</pre>
 *
 * @param model the {@code Sequential}: Linear (layer 0), sigmoid, Linear (layer 2), sigmoid; samples as rows
 */
record Seed003Network(Sequential model) {
    /** The range of the initial weights and biases: "small random values". */
    static final double INITIAL_RANGE = 0.5;

    static Seed003Network withHiddenUnits(int hidden) {
        Initializer small = Initializer.uniform(-INITIAL_RANGE, INITIAL_RANGE);
        return new Seed003Network(MLP.sizes(2, hidden, 1).hidden(Activation.SIGMOID).output(Activation.SIGMOID)
                .weights(small).biases(small).build());
    }

    /** Seed 003 section 1.1, Task 1's single perceptron {@code σ(w0 + w1 x1 + w2 x2)}, started and trained the same way. */
    static Seed003Network perceptron() {
        Initializer small = Initializer.uniform(-INITIAL_RANGE, INITIAL_RANGE);
        return new Seed003Network(MLP.sizes(2, 1).output(Activation.SIGMOID).weights(small).biases(small).build());
    }

    /** The initial weights for {@code seed}. */
    Params start(long seed) {
        return model.init(new RandomState(seed));
    }

    /**
     * Trains from {@code start} on {@code train} as the document's loop does, for {@code epochs} epochs with
     * learning rate {@code rate}; {@code test}'s loss is recorded each epoch, {@code callback} sees every epoch's end.
     */
    TrainingResult train(Params start, Dataset train, Dataset test, double rate, int epochs, Consumer<EpochEnd> callback) {
        return Trainer.of(model, new BinaryCrossEntropy(), new SGD(rate)).targets(Targets.binary()).stochastic()
                .epochs(epochs).validation(test).callback(callback).progress(null).fit(start, train);
    }

    /** The mean binary cross-entropy on {@code data}. */
    double loss(Params params, Dataset data) {
        return new BinaryCrossEntropy().apply(model.forward(params, data.xTensor()), data.yTensor()).item();
    }

    /** The fraction of {@code data} classified right (class 1 where {@code ŷ > 0.5}). */
    double accuracy(Params params, Dataset data) {
        return Metrics.accuracy(data.labels(), Metrics.threshold(model.forward(params, data.xTensor())));
    }

    /** The network as the function a boundary picture draws. */
    UnaryOperator<double[][]> probabilities(Params params) {
        return Probabilities.of(model, params, Probabilities.Output.PROBABILITY);
    }

    /** The hidden units' values {@code z = σ(a)} for the points {@code x}, one row per point. */
    double[][] hidden(Params params, double[][] x) {
        Tensor a = layer(0).forward(params, "0.", model.layout(), Tensor.of(x));
        return layer(1).forward(params, "1.", model.layout(), a).toMatrix();
    }

    /** The output unit {@code σ(w30 + w31 z1 + w32 z2)} as a function of the hidden values: a boundary picture over (z1, z2). */
    UnaryOperator<double[][]> outputOverHidden(Params params) {
        Model output = Model.of(model.layout(), (p, z) ->
                layer(3).forward(p, "3.", model.layout(), layer(2).forward(p, "2.", model.layout(), z)));
        return Probabilities.of(output, params, Probabilities.Output.PROBABILITY);
    }

    /**
     * Hidden unit {@code j}'s weights (from 1) in the document's names: {@code {w_j0, w_j1, w_j2}}, its bias and the
     * weights of x1 and x2, so that its line is {@code w_j0 + w_j1 x1 + w_j2 x2 = 0}. For the perceptron, {@code j = 1}
     * is its only unit.
     */
    double[] hiddenUnit(Params params, int j) {
        double[][] w = params.get("0.weight").toMatrix();    // in x out: w[i][j-1] is w_{j,i+1}
        double[] b = params.get("0.bias").toArray();
        return new double[] {b[j - 1], w[0][j - 1], w[1][j - 1]};
    }

    /** The output unit's weights in the document's names: {@code {w30, w31, w32, ...}}. */
    double[] outputUnit(Params params) {
        double[] w = params.get("2.weight").toArray();
        double[] out = new double[w.length + 1];
        out[0] = params.get("2.bias").item();
        System.arraycopy(w, 0, out, 1, w.length);
        return out;
    }

    private Layer layer(int i) {
        return model.layers().get(i);
    }
}
