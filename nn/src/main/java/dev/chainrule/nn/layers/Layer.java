package dev.chainrule.nn.layers;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Params;
import java.util.random.RandomGenerator;

/**
 * A pure function of (parameters, input): a layer owns no state. {@link #init} makes its parameters, named under a
 * prefix such as {@code "0."}; {@link #forward} looks them up by the same names.
 *
 * <pre>{@code
 * Layer layer = new Linear(2, 10);
 * Params p = layer.init("0.", new SplittableRandom(0));   // "0.weight", "0.bias"
 * Tensor y = layer.forward(p, "0.", x);
 * }</pre>
 */
public sealed interface Layer permits Linear, Activation, Sequential {
    /** This layer's parameters, named under {@code prefix}, drawn from {@code rng} where random. */
    Params init(String prefix, RandomGenerator rng);

    /** The layer applied to {@code x}, with parameters looked up under {@code prefix}. */
    Tensor forward(Params params, String prefix, Tensor x);

    /** A short description, e.g. {@code Linear(2 → 10)}. */
    String describe();
}
