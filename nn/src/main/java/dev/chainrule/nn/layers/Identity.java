package dev.chainrule.nn.layers;

import dev.chainrule.autograd.Tensor;

/** The identity activation. */
public record Identity() implements Activation {
    @Override
    public Tensor apply(Tensor z) {
        return z;
    }

    @Override
    public String describe() {
        return "Identity";
    }
}
