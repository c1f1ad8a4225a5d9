package dev.chainrule.nn.layers;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;

/** The relu activation. */
public record ReLU() implements Activation {
    @Override
    public Tensor apply(Tensor z, Layout layout) {
        return z.relu();
    }

    @Override
    public String describe() {
        return "ReLU";
    }
}
