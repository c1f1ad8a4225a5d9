package dev.chainrule.nn.layers;

import dev.chainrule.autograd.Tensor;

/** The sigmoid activation. */
public record Sigmoid() implements Activation {
    @Override
    public Tensor apply(Tensor z) {
        return z.sigmoid();
    }

    @Override
    public String describe() {
        return "Sigmoid";
    }
}
