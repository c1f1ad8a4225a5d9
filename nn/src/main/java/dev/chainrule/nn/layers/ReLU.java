package dev.chainrule.nn.layers;

import dev.chainrule.autograd.Tensor;

/** The relu activation. */
public record ReLU() implements Activation {
    @Override
    public Tensor apply(Tensor z) {
        return z.relu();
    }

    @Override
    public String describe() {
        return "ReLU";
    }
}
