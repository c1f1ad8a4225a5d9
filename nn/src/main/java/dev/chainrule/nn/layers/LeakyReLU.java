package dev.chainrule.nn.layers;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Layout;

/** {@code z} where {@code z > 0}, else {@code slope·z}. */
public record LeakyReLU(double slope) implements Activation {
    public LeakyReLU {
        if (!Double.isFinite(slope)) {
            throw new IllegalArgumentException("LeakyReLU: slope must be finite, got " + slope);
        }
    }

    /** The usual slope 0.01. */
    public LeakyReLU() {
        this(0.01);
    }

    @Override
    public Tensor apply(Tensor z, Layout layout) {
        return z.leakyRelu(slope);
    }

    @Override
    public String describe() {
        return "LeakyReLU(" + slope + ")";
    }
}
