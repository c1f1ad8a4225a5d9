package dev.chainrule.nn.loss;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Params;
import io.vavr.Tuple2;

/**
 * A regularisation term added to a loss: L2 ({@code rate · ½ Σ w²}, derivative {@code rate · w}) or L1
 * ({@code rate · Σ |w|}, derivative {@code rate · sign(w)}), as in TensorFlow Playground (seed 002, Exercise 3).
 * It applies to the weights — the parameters their layer declared as weights ({@code Linear}'s weight, not its
 * bias; see {@link Params#isWeight}) — whatever their names.
 *
 * <pre>{@code
 * Sequential net = MLP.sizes(2, 10, 1).hidden(Activation.TANH).build();
 * Params params = net.init(new SplittableRandom(0));       // 0.weight and 2.weight are weights
 * Tensor L = loss.apply(net.forward(params, X), y).add(Penalty.l2(0.001).apply(params));
 * }</pre>
 *
 * @param kind L1 or L2
 * @param rate the regularisation rate, {@code >= 0}
 */
public record Penalty(Kind kind, double rate) {
    /** The two penalties. */
    public enum Kind { L1, L2 }

    public Penalty {
        if (kind == null) {
            throw new IllegalArgumentException("penalty: kind must not be null");
        }
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("penalty: rate must be a finite number >= 0, got " + rate);
        }
    }

    public static Penalty l2(double rate) {
        return new Penalty(Kind.L2, rate);
    }

    public static Penalty l1(double rate) {
        return new Penalty(Kind.L1, rate);
    }

    /**
     * The penalty of the weights of {@code params}, a scalar tensor (differentiable in them).
     *
     * @throws IllegalArgumentException if {@code params} has parameters but none is a weight: hand-made
     *                                  {@code Params} declare theirs with {@link Params#withWeight}
     */
    public Tensor apply(Params params) {
        Params weights = params.weights();
        if (weights.size() == 0 && params.size() > 0) {
            throw new IllegalArgumentException("penalty: none of the parameters (" + params.names().mkString(", ")
                    + ") is a weight, so there is nothing to penalise; layers declare their weights (Linear's weight),"
                    + " and Params.withWeight declares one by hand");
        }
        Tensor total = Tensor.of(0.0);
        for (Tuple2<String, Tensor> p : weights) {
            Tensor w = p._2;
            total = total.add(kind == Kind.L2 ? w.square().sum().mul(0.5) : w.abs().sum());
        }
        return total.mul(rate);
    }
}
