package dev.chainrule.nn.optim;

import dev.chainrule.autograd.Functional;
import dev.chainrule.nn.Params;
import io.vavr.collection.HashMap;

/**
 * Adam (Kingma and Ba): {@code m ← β₁m + (1-β₁)g}, {@code v ← β₂v + (1-β₂)g²},
 * {@code θ ← θ - η m̂ / (√v̂ + ε)} with the bias corrections {@code m̂ = m/(1-β₁ᵗ)}, {@code v̂ = v/(1-β₂ᵗ)}: the
 * gradient-descent step {@link Functional#sgdStep} along {@code m̂ / (√v̂ + ε)}.
 *
 * <pre>{@code
 * Optimizer adam = new Adam(0.001);
 * }</pre>
 *
 * @param learningRate η
 * @param beta1        decay of the first moment, in [0, 1)
 * @param beta2        decay of the second moment, in [0, 1)
 * @param epsilon      added to the denominator, > 0
 */
public record Adam(double learningRate, double beta1, double beta2, double epsilon) implements Optimizer {
    public Adam {
        Optimizer.nonNegative("Adam: learning rate", learningRate);
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("Adam: beta1 and beta2 must be in [0, 1), got " + beta1 + " and " + beta2);
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("Adam: epsilon must be > 0, got " + epsilon);
        }
    }

    /** The usual β₁ = 0.9, β₂ = 0.999, ε = 1e-8. */
    public Adam(double learningRate) {
        this(learningRate, 0.9, 0.999, 1e-8);
    }

    @Override
    public Step step(Params params, Params grads, OptimizerState state) {
        int t = state.step() + 1;
        Params m = state.slot("m", params).zipWith(grads, (mi, g) -> mi.mul(beta1).add(g.mul(1 - beta1)));
        Params v = state.slot("v", params).zipWith(grads, (vi, g) -> vi.mul(beta2).add(g.square().mul(1 - beta2)));
        double c1 = 1 - Math.pow(beta1, t);
        double c2 = 1 - Math.pow(beta2, t);
        Params mv = m.zipWith(v, (mi, vi) -> mi.div(c1).div(vi.div(c2).sqrt().add(epsilon)));
        Params updated = params.zipWith(mv, (p, d) -> Functional.sgdStep(p, d, learningRate));
        return new Step(updated, state.next(HashMap.of("m", m, "v", v)));
    }

    @Override
    public String describe() {
        return "Adam(lr=" + learningRate + ")";
    }
}
