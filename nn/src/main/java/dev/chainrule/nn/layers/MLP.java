package dev.chainrule.nn.layers;

import dev.chainrule.nn.Layout;
import dev.chainrule.nn.init.Initializer;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a multi-layer perceptron from its layer sizes: {@code Linear} layers with a hidden activation between them
 * and an output activation at the end. The same builder makes the seeds' binary (sigmoid) and multi-class
 * (softmax) models: only {@code output(...)} and the loss change. {@link #layout} sets where the samples are for the
 * whole network (the {@link Sequential}'s layout), so a softmax output normalises each sample's classes in either.
 *
 * <pre>{@code
 * Sequential binary = MLP.sizes(2, 10, 1).hidden(Activation.TANH).output(Activation.SIGMOID).build();
 * Sequential threeClass = MLP.sizes(4, 24, 12, 3).hidden(Activation.TANH).output(Activation.IDENTITY).build(); // logits
 * Sequential seed002 = MLP.sizes(2, 10, 1).layout(Layout.SAMPLES_AS_COLUMNS)
 *         .weights(Initializer.standardNormal()).biases(Initializer.zeros())
 *         .hidden(Activation.TANH).output(Activation.SIGMOID).build();
 * }</pre>
 */
public final class MLP {
    private final int[] sizes;
    private Activation hidden = Activation.RELU;
    private Activation output = Activation.IDENTITY;
    private Layout layout = Layout.SAMPLES_AS_ROWS;
    private Initializer weights = Initializer.xavierUniform();
    private Initializer biases = Initializer.zeros();

    private MLP(int[] sizes) {
        this.sizes = sizes.clone();
    }

    /** Sizes from input to output, e.g. {@code sizes(2, 10, 1)}: at least two. */
    public static MLP sizes(int... sizes) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("MLP.sizes: needs at least an input and an output size, got "
                    + sizes.length + " size(s)");
        }
        for (int s : sizes) {
            if (s <= 0) {
                throw new IllegalArgumentException("MLP.sizes: every size must be positive, got " + java.util.Arrays.toString(sizes));
            }
        }
        return new MLP(sizes);
    }

    /** The activation after every hidden layer (default ReLU). */
    public MLP hidden(Activation a) {
        this.hidden = requireNonNull(a, "hidden");
        return this;
    }

    /** The activation after the last layer (default identity: logits). */
    public MLP output(Activation a) {
        this.output = requireNonNull(a, "output");
        return this;
    }

    /** Where the samples are: rows (the default) or columns. */
    public MLP layout(Layout l) {
        this.layout = requireNonNull(l, "layout");
        return this;
    }

    public MLP weights(Initializer init) {
        this.weights = init;
        return this;
    }

    public MLP biases(Initializer init) {
        this.biases = init;
        return this;
    }

    private static <T> T requireNonNull(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("MLP: " + what + " must not be null");
        }
        return value;
    }

    public Sequential build() {
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i + 1 < sizes.length; i++) {
            layers.add(new Linear(sizes[i], sizes[i + 1]).weights(weights).biases(biases));
            Activation a = i + 2 < sizes.length ? hidden : output;
            if (a.kind() != Activation.Kind.IDENTITY) {
                layers.add(a);
            }
        }
        return new Sequential(layout, layers);
    }
}
