package dev.chainrule.nn.layers;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Params;
import java.util.random.RandomGenerator;

/**
 * An element-wise (or, for {@link Softmax}, per-sample) function without parameters.
 *
 * <pre>{@code
 * new Tanh().apply(z);   // tanh(z)
 * }</pre>
 */
public sealed interface Activation extends Layer permits Tanh, Sigmoid, ReLU, LeakyReLU, Softmax, Identity {
    /** The activation of {@code z}. */
    Tensor apply(Tensor z);

    @Override
    default Params init(String prefix, RandomGenerator rng) {
        return Params.empty();
    }

    @Override
    default Tensor forward(Params params, String prefix, Tensor x) {
        return apply(x);
    }
}
