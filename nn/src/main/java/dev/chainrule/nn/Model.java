package dev.chainrule.nn;

import dev.chainrule.autograd.Tensor;
import java.util.function.BiFunction;

/**
 * A model as a pure function of (parameters, input), with the layout of its samples: the one place that says
 * whether samples are rows or columns, read by the {@link dev.chainrule.nn.train.Trainer} (to make batches) and
 * the losses (to find the classes of a sample). {@link dev.chainrule.nn.layers.Sequential} is one; so is any
 * function written with tensor ops, through {@link #of}.
 *
 * <pre>{@code
 * Model m = Model.of(Layout.SAMPLES_AS_COLUMNS, (p, x) ->
 *         p.get("W2").matmul(p.get("W1").matmul(x).add(p.get("b1")).tanh()).add(p.get("b2")).tanh());
 * m.layout();   // SAMPLES_AS_COLUMNS
 * }</pre>
 */
public interface Model {
    /** The model's output for input {@code x}, whose samples are laid out as {@link #layout()}. */
    Tensor forward(Params params, Tensor x);

    /** Where the samples are in the model's input and output. */
    Layout layout();

    /** A model computing {@code forward} on inputs with samples laid out as {@code layout}. */
    static Model of(Layout layout, BiFunction<Params, Tensor, Tensor> forward) {
        return new FunctionModel(layout, forward);
    }
}
