package dev.chainrule.nn.layers;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;

/** Softmax over the classes of each sample: {@code axis} 1 when samples are rows, 0 when they are columns. */
public record Softmax(int axis) implements Activation {
    /** Softmax over the features of each sample in {@code layout}. */
    public Softmax(Layout layout) {
        this(layout.featureAxis());
    }

    @Override
    public Tensor apply(Tensor z) {
        return z.softmax(axis);
    }

    @Override
    public String describe() {
        return "Softmax(axis=" + axis + ")";
    }
}
