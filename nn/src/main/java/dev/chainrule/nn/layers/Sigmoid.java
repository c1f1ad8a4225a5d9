package dev.chainrule.nn.layers;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;

/** The sigmoid activation. */
public record Sigmoid() implements Activation {
    @Override
    public Tensor apply(Tensor z, Layout layout) {
        return z.sigmoid();
    }

    @Override
    public String describe() {
        return "Sigmoid";
    }
}
