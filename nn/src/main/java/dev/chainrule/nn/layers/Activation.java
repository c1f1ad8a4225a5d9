package dev.chainrule.nn.layers;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;
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
    /** The activation of {@code z}, whose samples are laid out as {@code layout} (which only softmax reads). */
    Tensor apply(Tensor z, Layout layout);

    /** The activation of {@code z} with samples as rows. */
    default Tensor apply(Tensor z) {
        return apply(z, Layout.SAMPLES_AS_ROWS);
    }

    @Override
    default Params init(String prefix, Layout layout, RandomGenerator rng) {
        return Params.empty();
    }

    @Override
    default Tensor forward(Params params, String prefix, Layout layout, Tensor x) {
        return apply(x, layout);
    }
}
