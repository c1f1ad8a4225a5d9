package dev.chainrule.nn.optim;

import dev.chainrule.autograd.Functional;
import dev.chainrule.nn.Params;
import io.vavr.collection.HashMap;

/**
 * Stochastic gradient descent, optionally with momentum and Nesterov momentum (PyTorch's formulation):
 * {@code v ← μ v + g}; plain {@code θ ← θ - η v}, Nesterov {@code θ ← θ - η (g + μ v)}. Without momentum,
 * {@code θ ← θ - η g}: the seeds' update. Every variant ends with {@link Functional#sgdStep}, {@code θ - η d}, along
 * its direction {@code d}.
 *
 * <pre>{@code
 * new SGD(0.1);                       // θ - 0.1 g
 * new SGD(0.1, 0.9, true);            // Nesterov momentum
 * }</pre>
 *
 * @param learningRate η, {@code >= 0}
 * @param momentum     μ in {@code [0, 1)}
 * @param nesterov     use Nesterov momentum (needs μ > 0)
 */
public record SGD(double learningRate, double momentum, boolean nesterov) implements Optimizer {
    public SGD {
        Optimizer.nonNegative("SGD: learning rate", learningRate);
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("SGD: momentum must be in [0, 1), got " + momentum);
        }
        if (nesterov && momentum == 0) {
            throw new IllegalArgumentException("SGD: Nesterov momentum needs momentum > 0");
        }
    }

    public SGD(double learningRate) {
        this(learningRate, 0.0, false);
    }

    @Override
    public Step step(Params params, Params grads, OptimizerState state) {
        if (momentum == 0) {
            return new Step(params.zipWith(grads, (p, g) -> Functional.sgdStep(p, g, learningRate)), state.next(HashMap.empty()));
        }
        Params velocity = state.slot("velocity", params).zipWith(grads, (v, g) -> v.mul(momentum).add(g));
        Params direction = nesterov ? grads.zipWith(velocity, (g, v) -> g.add(v.mul(momentum))) : velocity;
        Params updated = params.zipWith(direction, (p, d) -> Functional.sgdStep(p, d, learningRate));
        return new Step(updated, state.next(HashMap.of("velocity", velocity)));
    }

    @Override
    public String describe() {
        return "SGD(lr=" + learningRate + (momentum > 0 ? ", momentum=" + momentum : "") + (nesterov ? ", nesterov" : "") + ")";
    }
}
