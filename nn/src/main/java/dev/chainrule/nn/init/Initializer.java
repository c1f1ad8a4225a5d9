package dev.chainrule.nn.init;

import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.Tensor;
import java.util.random.RandomGenerator;

/**
 * Makes the initial value of a parameter. Random initialisers draw from the given generator in row-major order, so
 * a NumPy-compatible generator ({@code dev.chainrule.data.random.RandomState}) reproduces
 * {@code np.random.randn(out, in)} exactly for a weight of shape {@code (out, in)}.
 *
 * <pre>{@code
 * Initializer.constant(0.1);                    // the seeds' "every weight is 0.1"
 * Initializer.of(new double[][] {{0.3, -0.1}, {0.2, 0.4}});   // given weights
 * Initializer.standardNormal();                 // seed 002: np.random.randn
 * Initializer.xavierUniform();                  // Glorot
 * }</pre>
 */
@FunctionalInterface
public interface Initializer {
    /**
     * A tensor of {@code shape} for a parameter with {@code fanIn} inputs and {@code fanOut} outputs per unit.
     */
    Tensor create(Shape shape, int fanIn, int fanOut, RandomGenerator rng);

    /** Every element {@code value}. */
    static Initializer constant(double value) {
        return (shape, fanIn, fanOut, rng) -> Tensor.full(shape, value);
    }

    static Initializer zeros() {
        return constant(0.0);
    }

    /** Exactly these values (a matrix; its shape must be the parameter's, or the vector/column of a bias). */
    static Initializer of(double[][] values) {
        Tensor given = Tensor.of(values);
        return (shape, fanIn, fanOut, rng) -> {
            if (given.size() != shape.size()) {
                throw new IllegalArgumentException("initializer: the given values have shape " + given.shape()
                        + " but the parameter has shape " + shape);
            }
            return given.reshape(shape).detach();
        };
    }

    /** Exactly these values, for a vector or column parameter. */
    static Initializer of(double... values) {
        return of(new double[][] {values});
    }

    /** {@code N(0, 1)} draws ({@code np.random.randn}). */
    static Initializer standardNormal() {
        return normal(0.0, 1.0);
    }

    /** {@code N(mean, std²)} draws. */
    static Initializer normal(double mean, double std) {
        if (!(std >= 0)) {
            throw new IllegalArgumentException("normal initializer: std must be >= 0, got " + std);
        }
        return (shape, fanIn, fanOut, rng) -> fill(shape, () -> mean + std * rng.nextGaussian());
    }

    /** Uniform draws in {@code [low, high)}. */
    static Initializer uniform(double low, double high) {
        if (!(low <= high)) {
            throw new IllegalArgumentException("uniform initializer: low " + low + " is above high " + high);
        }
        return (shape, fanIn, fanOut, rng) -> fill(shape, () -> low + (high - low) * rng.nextDouble());
    }

    /** Glorot/Xavier uniform: {@code U(-a, a)} with {@code a = √(6 / (fanIn + fanOut))}. */
    static Initializer xavierUniform() {
        return xavierUniform(6);
    }

    /**
     * Glorot uniform with another numerator: {@code U(-a, a)} with {@code a = √(factor / (fanIn + fanOut))}.
     * scikit-learn's MLP draws both the weights and the biases of each layer this way, factor 6, or 2 for logistic
     * units; used for both in a {@code Linear} layer (which draws its weight, then its bias, each in row-major order)
     * with samples as rows and a {@code RandomState}, it gives scikit-learn's {@code coefs_} and
     * {@code intercepts_} bit for bit.
     *
     * <pre>{@code
     * Initializer glorot = Initializer.xavierUniform(2.0);   // MLPClassifier(activation="logistic")
     * Sequential net = MLP.sizes(2, 8, 1).hidden(Activation.SIGMOID).weights(glorot).biases(glorot).build();
     * net.init(new RandomState(0));                          // 0.weight, 0.bias, 2.weight, 2.bias as scikit-learn
     * }</pre>
     */
    static Initializer xavierUniform(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("xavierUniform: factor must be a finite number > 0, got " + factor);
        }
        return (shape, fanIn, fanOut, rng) -> uniform(-bound(factor, fanIn + fanOut), bound(factor, fanIn + fanOut))
                .create(shape, fanIn, fanOut, rng);
    }

    /** Glorot/Xavier normal: {@code N(0, 2 / (fanIn + fanOut))}. */
    static Initializer xavierNormal() {
        return (shape, fanIn, fanOut, rng) -> normal(0, bound(2, fanIn + fanOut)).create(shape, fanIn, fanOut, rng);
    }

    /** He (Kaiming) normal for ReLU layers: {@code N(0, 2 / fanIn)}. */
    static Initializer heNormal() {
        return (shape, fanIn, fanOut, rng) -> normal(0, bound(2, fanIn)).create(shape, fanIn, fanOut, rng);
    }

    /** He (Kaiming) uniform: {@code U(-a, a)} with {@code a = √(6 / fanIn)}. */
    static Initializer heUniform() {
        return (shape, fanIn, fanOut, rng) -> uniform(-bound(6, fanIn), bound(6, fanIn)).create(shape, fanIn, fanOut, rng);
    }

    private static double bound(double numerator, int fans) {
        return Math.sqrt(numerator / Math.max(1, fans));
    }

    private static Tensor fill(Shape shape, java.util.function.DoubleSupplier draw) {
        double[] values = new double[shape.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = draw.getAsDouble();
        }
        return Tensor.of(shape, values);
    }
}
