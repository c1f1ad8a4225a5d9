package dev.chainrule.nn.loss;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Params;
import io.vavr.Tuple2;
import java.util.function.Predicate;

/**
 * A regularisation term added to a loss: L2 ({@code rate · ½ Σ w²}, derivative {@code rate · w}) or L1
 * ({@code rate · Σ |w|}, derivative {@code rate · sign(w)}), as in TensorFlow Playground (seed 002, Exercise 3).
 * By default it applies to weights only: parameters whose name does not end in {@code bias} and is not
 * {@code b} followed by digits.
 *
 * <pre>{@code
 * Tensor L = loss.apply(yhat, y).add(Penalty.l2(0.001).apply(params));
 * }</pre>
 *
 * @param kind     L1 or L2
 * @param rate     the regularisation rate, {@code >= 0}
 * @param appliesTo which parameters (by name) are penalised
 */
public record Penalty(Kind kind, double rate, Predicate<String> appliesTo) {
    /** The two penalties. */
    public enum Kind { L1, L2 }

    /** Weights but not biases. */
    public static final Predicate<String> WEIGHTS = name -> !name.endsWith("bias") && !name.matches("b\\d*");

    public Penalty {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("penalty: rate must be a finite number >= 0, got " + rate);
        }
    }

    public static Penalty l2(double rate) {
        return new Penalty(Kind.L2, rate, WEIGHTS);
    }

    public static Penalty l1(double rate) {
        return new Penalty(Kind.L1, rate, WEIGHTS);
    }

    /** The penalty of {@code params}, a scalar tensor (differentiable in the parameters). */
    public Tensor apply(Params params) {
        Tensor total = Tensor.of(0.0);
        for (Tuple2<String, Tensor> p : params) {
            if (appliesTo.test(p._1)) {
                Tensor w = p._2;
                total = total.add(kind == Kind.L2 ? w.square().sum().mul(0.5) : w.abs().sum());
            }
        }
        return total.mul(rate);
    }
}
