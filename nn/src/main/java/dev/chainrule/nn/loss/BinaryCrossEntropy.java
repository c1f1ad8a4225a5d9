package dev.chainrule.nn.loss;

import dev.chainrule.autograd.Tensor;

/**
 * Binary cross-entropy of probabilities, {@code -mean(y log p + (1 - y) log(1 - p))} with {@code p} clipped to
 * {@code [ε, 1 - ε]} as seed 002 does. δ (inside the clip): {@code (p - y) / (p(1 - p)) / n}.
 *
 * @param epsilon the clip, {@code 1e-15} by default
 */
public record BinaryCrossEntropy(double epsilon) implements Loss {
    public BinaryCrossEntropy {
        if (!(epsilon >= 0 && epsilon < 0.5)) {
            throw new IllegalArgumentException("BCE: epsilon must be in [0, 0.5), got " + epsilon);
        }
    }

    public BinaryCrossEntropy() {
        this(1e-15);
    }

    @Override
    public Tensor apply(Tensor prediction, Tensor target) {
        Loss.requireSameShape("BCE", prediction, target);
        Tensor p = epsilon > 0 ? prediction.clip(epsilon, 1 - epsilon) : prediction;
        return target.mul(p.log()).add(target.rsub(1.0).mul(p.rsub(1.0).log())).mean().neg();
    }

    @Override
    public String describe() {
        return "BCE";
    }
}
