package dev.chainrule.nn.layers;

import dev.chainrule.autograd.Tensor;

/** The tanh activation. */
public record Tanh() implements Activation {
    @Override
    public Tensor apply(Tensor z) {
        return z.tanh();
    }

    @Override
    public String describe() {
        return "Tanh";
    }
}
