package dev.chainrule.nn.layers;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;

/** Softmax over the classes of each sample: along each row when samples are rows, each column when they are columns. */
public record Softmax() implements Activation {
    @Override
    public Tensor apply(Tensor z, Layout layout) {
        return z.softmax(z.rank() == 1 ? 0 : layout.featureAxis());
    }

    @Override
    public String describe() {
        return "Softmax";
    }
}
