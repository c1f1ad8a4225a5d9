package dev.chainrule.nn.loss;

import dev.chainrule.autograd.Functional;
import dev.chainrule.autograd.Tensor;

/**
 * Binary cross-entropy of probabilities, {@code -mean(y log p + (1 - y) log(1 - p))} with {@code p} clipped to
 * {@code [ε, 1 - ε]} as seed 002 does ({@link Functional#bce(Tensor, Tensor, double)}). δ (inside the clip):
 * {@code (p - y) / (p(1 - p)) / n}.
 *
 * <pre>{@code
 * Tensor p = Tensor.param("p", 0.9, 0.2);
 * Tensor L = new BinaryCrossEntropy().apply(p, Tensor.of(1.0, 0.0));   // -(log 0.9 + log 0.8) / 2
 * new BinaryCrossEntropy(1e-7);                                         // another clip
 * }</pre>
 *
 * @param epsilon the clip, {@code 1e-15} by default
 */
public record BinaryCrossEntropy(double epsilon) implements Loss {
    public BinaryCrossEntropy {
        if (!(epsilon >= 0 && epsilon < 0.5)) {
            throw new IllegalArgumentException("BCE: epsilon must be in [0, 0.5), got " + epsilon);
        }
    }

    /** The clip {@link Functional#BCE_EPSILON}, {@code 1e-15}. */
    public BinaryCrossEntropy() {
        this(Functional.BCE_EPSILON);
    }

    @Override
    public Tensor apply(Tensor prediction, Tensor target) {
        Loss.requireSameShape("BCE", prediction, target);
        return Functional.bce(prediction, target, epsilon);
    }

    @Override
    public String describe() {
        return "BCE";
    }
}
