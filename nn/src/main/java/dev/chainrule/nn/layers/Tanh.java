package dev.chainrule.nn.layers;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;

/** The tanh activation. */
public record Tanh() implements Activation {
    @Override
    public Tensor apply(Tensor z, Layout layout) {
        return z.tanh();
    }

    @Override
    public String describe() {
        return "Tanh";
    }
}
