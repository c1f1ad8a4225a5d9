package dev.chainrule.nn.layers;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;

/** The identity activation. */
public record Identity() implements Activation {
    @Override
    public Tensor apply(Tensor z, Layout layout) {
        return z;
    }

    @Override
    public String describe() {
        return "Identity";
    }
}
