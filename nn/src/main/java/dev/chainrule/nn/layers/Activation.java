package dev.chainrule.nn.layers;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.Params;
import java.util.random.RandomGenerator;

/**
 * An activation layer: a function without parameters, applied to each element — or, for {@link #SOFTMAX}, to the
 * classes of each sample, along the axis the model's {@link Layout} gives. The activations are constants
 * ({@code Activation.TANH}, …) and {@link #leakyRelu(double)}; the names differ on purpose from the autograd ops
 * they apply ({@code dev.chainrule.autograd.Tanh} is the op record behind {@code tensor.tanh()}), so both packages
 * can be imported together.
 *
 * <pre>{@code
 * Sequential net = Sequential.of(new Linear(2, 10), Activation.TANH, new Linear(10, 1), Activation.SIGMOID);
 * Activation.TANH.apply(Tensor.of(-1.0, 0.0, 1.0));          // tanh, element by element
 * Activation.leakyRelu(0.2).apply(Tensor.of(-1.0, 2.0));     // [-0.2, 2.0]
 * Activation.SOFTMAX.apply(logits, Layout.SAMPLES_AS_COLUMNS); // each column sums to 1
 * }</pre>
 */
public final class Activation implements Layer {
    /** The functions. */
    public enum Kind { TANH, SIGMOID, RELU, LEAKY_RELU, SOFTMAX, IDENTITY }

    /** {@code tanh(z)}. */
    public static final Activation TANH = new Activation(Kind.TANH, 0);
    /** The logistic sigmoid {@code 1 / (1 + e^-z)}. */
    public static final Activation SIGMOID = new Activation(Kind.SIGMOID, 0);
    /** {@code max(z, 0)}. */
    public static final Activation RELU = new Activation(Kind.RELU, 0);
    /** Softmax over the classes of each sample: along a row when samples are rows, a column when they are columns. */
    public static final Activation SOFTMAX = new Activation(Kind.SOFTMAX, 0);
    /** {@code z} unchanged (logits). */
    public static final Activation IDENTITY = new Activation(Kind.IDENTITY, 0);

    private final Kind kind;
    private final double slope;

    private Activation(Kind kind, double slope) {
        this.kind = kind;
        this.slope = slope;
    }

    /** {@code z} where {@code z > 0}, else {@code slope·z}. */
    public static Activation leakyRelu(double slope) {
        if (!Double.isFinite(slope)) {
            throw new IllegalArgumentException("LeakyReLU: slope must be finite, got " + slope);
        }
        return new Activation(Kind.LEAKY_RELU, slope);
    }

    /** Leaky ReLU with the usual slope 0.01. */
    public static Activation leakyRelu() {
        return leakyRelu(0.01);
    }

    public Kind kind() {
        return kind;
    }

    /** The slope for negative inputs of a leaky ReLU; 0 for the other activations. */
    public double slope() {
        return slope;
    }

    /** The activation of {@code z}, whose samples are laid out as {@code layout} (which only softmax reads). */
    public Tensor apply(Tensor z, Layout layout) {
        return switch (kind) {
            case TANH -> z.tanh();
            case SIGMOID -> z.sigmoid();
            case RELU -> z.relu();
            case LEAKY_RELU -> z.leakyRelu(slope);
            case SOFTMAX -> z.softmax(z.rank() == 1 ? 0 : layout.featureAxis());
            case IDENTITY -> z;
        };
    }

    /** The activation of {@code z} with samples as rows. */
    public Tensor apply(Tensor z) {
        return apply(z, Layout.SAMPLES_AS_ROWS);
    }

    /** No parameters. */
    @Override
    public Params init(String prefix, Layout layout, RandomGenerator rng) {
        return Params.empty();
    }

    @Override
    public Tensor forward(Params params, String prefix, Layout layout, Tensor x) {
        return apply(x, layout);
    }

    /** {@code Tanh}, {@code Sigmoid}, {@code ReLU}, {@code LeakyReLU(0.2)}, {@code Softmax} or {@code Identity}. */
    @Override
    public String describe() {
        return switch (kind) {
            case TANH -> "Tanh";
            case SIGMOID -> "Sigmoid";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "LeakyReLU(" + slope + ")";
            case SOFTMAX -> "Softmax";
            case IDENTITY -> "Identity";
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Activation a && a.kind == kind && Double.compare(a.slope, slope) == 0;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Double.hashCode(slope);
    }

    @Override
    public String toString() {
        return describe();
    }
}
