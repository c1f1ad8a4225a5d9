package dev.chainrule.nn.layers;

import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.init.Initializer;
import io.vavr.control.Option;
import java.util.random.RandomGenerator;

/**
 * A fully connected (dense) layer. In a model with samples as rows: {@code X @ W + b} with {@code W: in x out},
 * {@code b: (out,)}; with samples as columns: {@code W @ X + b} with {@code W: out x in}, {@code b: out x 1} (the
 * model's {@link Layout} decides). Parameters are called
 * {@code PREFIXweight} and {@code PREFIXbias}, or explicit names such as {@code W1}, {@code b1}; the weight is
 * declared a weight ({@link Params#isWeight}), so penalties apply to it and not to the bias.
 *
 * <pre>{@code
 * Linear l1 = new Linear(2, 2).named("W1", "b1")
 *         .weights(Initializer.of(new double[][] {{0.3, -0.1}, {0.2, 0.4}}))
 *         .biases(Initializer.of(0.1, -0.2));
 * Sequential seed000 = Sequential.of(Layout.SAMPLES_AS_COLUMNS, l1, Activation.TANH);   // W1 @ x + b1
 * }</pre>
 *
 * @param in         inputs per sample
 * @param out        outputs per sample
 * @param bias       whether there is a bias
 * @param weightInit how the weight starts
 * @param biasInit   how the bias starts
 * @param explicitWeightName the weight's own name ({@link #named}), or none for {@code PREFIXweight}: the name
 *                           in {@code Params} is {@link #weightName(String)}
 * @param explicitBiasName   the bias's own name, or none for {@code PREFIXbias} ({@link #biasName(String)})
 */
public record Linear(int in, int out, boolean bias, Initializer weightInit, Initializer biasInit,
                     Option<String> explicitWeightName, Option<String> explicitBiasName) implements Layer {
    public Linear {
        if (in <= 0 || out <= 0) {
            throw new IllegalArgumentException("Linear: in and out must be positive, got " + in + " and " + out);
        }
        if (weightInit == null || biasInit == null) {
            throw new IllegalArgumentException("Linear: initializers must not be null");
        }
        if (explicitWeightName == null || explicitBiasName == null
                || explicitWeightName.exists(String::isBlank) || explicitBiasName.exists(String::isBlank)) {
            throw new IllegalArgumentException("Linear: explicit names must not be null or blank, got "
                    + explicitWeightName + " and " + explicitBiasName);
        }
    }

    /** With a bias; Xavier-uniform weights, zero biases. */
    public Linear(int in, int out) {
        this(in, out, true, Initializer.xavierUniform(), Initializer.zeros(), Option.none(), Option.none());
    }

    public Linear withoutBias() {
        return new Linear(in, out, false, weightInit, biasInit, explicitWeightName, explicitBiasName);
    }

    public Linear weights(Initializer init) {
        return new Linear(in, out, bias, init, biasInit, explicitWeightName, explicitBiasName);
    }

    public Linear biases(Initializer init) {
        return new Linear(in, out, bias, weightInit, init, explicitWeightName, explicitBiasName);
    }

    /** Explicit parameter names, e.g. {@code named("W1", "b1")}, instead of prefixed ones. */
    public Linear named(String weight, String bias) {
        if (weight == null || bias == null) {
            throw new IllegalArgumentException("Linear.named: names must not be null, got " + weight + " and " + bias);
        }
        return new Linear(in, out, this.bias, weightInit, biasInit, Option.some(weight), Option.some(bias));
    }

    /** The weight's name in {@code Params} for a layer at {@code prefix}: its own name, else {@code PREFIXweight}. */
    public String weightName(String prefix) {
        return explicitWeightName.getOrElse(() -> prefix + "weight");
    }

    /** The bias's name in {@code Params} for a layer at {@code prefix}: its own name, else {@code PREFIXbias}. */
    public String biasName(String prefix) {
        return explicitBiasName.getOrElse(() -> prefix + "bias");
    }

    /** The weight's shape: {@code in x out} with samples as rows, {@code out x in} with samples as columns. */
    public Shape weightShape(Layout layout) {
        return layout == Layout.SAMPLES_AS_ROWS ? Shape.matrix(in, out) : Shape.matrix(out, in);
    }

    /** The bias's shape: {@code (out,)} with samples as rows, {@code out x 1} with samples as columns. */
    public Shape biasShape(Layout layout) {
        return layout == Layout.SAMPLES_AS_ROWS ? Shape.vector(out) : Shape.matrix(out, 1);
    }

    @Override
    public Params init(String prefix, Layout layout, RandomGenerator rng) {
        Shape w = weightShape(layout);
        Params p = Params.empty().withWeight(weightName(prefix), checked(weightInit.create(w, in, out, rng), w, "weight"));
        Shape b = biasShape(layout);
        return bias ? p.with(biasName(prefix), checked(biasInit.create(b, in, out, rng), b, "bias")) : p;
    }

    private Tensor checked(Tensor t, Shape expected, String what) {
        if (t.size() != expected.size()) {
            throw new IllegalArgumentException(describe() + ": the " + what + " initializer made shape " + t.shape()
                    + ", expected " + expected);
        }
        return t.reshape(expected);
    }

    @Override
    public Tensor forward(Params params, String prefix, Layout layout, Tensor x) {
        int features = layout == Layout.SAMPLES_AS_ROWS ? x.shape().cols() : x.rank() == 1 ? x.size() : x.shape().rows();
        if (x.rank() == 0 || features != in) {
            throw new IllegalArgumentException(describe() + ": input of shape " + x.shape() + " has " + (x.rank() == 0
                    ? "no features" : features + " features") + " but the layer expects " + in + " ("
                    + (layout == Layout.SAMPLES_AS_ROWS ? "samples as rows: n x " + in : "samples as columns: " + in + " x n") + ")");
        }
        Tensor w = params.get(weightName(prefix));
        Tensor left = layout == Layout.SAMPLES_AS_ROWS ? x : w;
        Tensor right = layout == Layout.SAMPLES_AS_ROWS ? w : x;
        if (!bias) {
            return left.matmul(right);
        }
        Tensor b = params.get(biasName(prefix));
        // product and bias in one node and one array (the same numbers as matmul then add)
        return left.matmulAdd(right, layout == Layout.SAMPLES_AS_COLUMNS && x.rank() == 1 ? b.reshape(out) : b);
    }

    @Override
    public String describe() {
        return "Linear(" + in + " → " + out + (bias ? "" : ", no bias") + ")";
    }
}
