package dev.chainrule.nn;

import dev.chainrule.autograd.Tensor;

/**
 * A model as a pure function of (parameters, input). {@link dev.chainrule.nn.layers.Sequential} is one; so is any
 * lambda written with tensor ops.
 *
 * <pre>{@code
 * Model m = (p, x) -> p.get("W2").matmul(p.get("W1").matmul(x).add(p.get("b1")).tanh()).add(p.get("b2")).tanh();
 * }</pre>
 */
@FunctionalInterface
public interface Model {
    /** The model's output for input {@code x}. */
    Tensor forward(Params params, Tensor x);
}
