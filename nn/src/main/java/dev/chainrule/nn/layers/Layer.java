package dev.chainrule.nn.layers;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;
import dev.chainrule.nn.Params;
import java.util.random.RandomGenerator;

/**
 * A pure function of (parameters, input): a layer owns no state. {@link #init} makes its parameters, named under a
 * prefix such as {@code "0."}; {@link #forward} looks them up by the same names. Where the samples are — rows or
 * columns — is not the layer's to say: the model it belongs to ({@link Sequential#layout()}) passes its
 * {@link Layout} to every layer, which shapes a {@code Linear}'s weight and picks the axis of a softmax.
 *
 * <pre>{@code
 * Layer layer = new Linear(2, 10);
 * Params p = layer.init("0.", Layout.SAMPLES_AS_ROWS, new SplittableRandom(0));   // "0.weight" (2x10), "0.bias"
 * Tensor y = layer.forward(p, "0.", Layout.SAMPLES_AS_ROWS, Tensor.zeros(5, 2));    // 5 x 10
 * }</pre>
 */
public sealed interface Layer permits Linear, Activation, Sequential {
    /** This layer's parameters for a model with samples laid out as {@code layout}, named under {@code prefix}. */
    Params init(String prefix, Layout layout, RandomGenerator rng);

    /** The layer applied to {@code x} (samples laid out as {@code layout}), parameters looked up under {@code prefix}. */
    Tensor forward(Params params, String prefix, Layout layout, Tensor x);

    /** A short description, e.g. {@code Linear(2 → 10)}. */
    String describe();
}
