package dev.chainrule.nn.optim;

import dev.chainrule.nn.Params;

/**
 * A pure update rule: {@code step(params, grads, state)} returns new parameters and a new state and changes
 * nothing — there is no {@code zero_grad} and no hidden call-order contract. The {@link Solver} that steps along
 * the gradient of each batch; implement it for an optimiser of your own.
 *
 * <pre>{@code
 * Optimizer sgd = new SGD(0.1);
 * OptimizerState state = OptimizerState.initial();
 * Optimizer.Step s = sgd.step(params, grads, state);
 * params = s.params();
 * state = s.state();
 * }</pre>
 */
public non-sealed interface Optimizer extends Solver {
    /** The parameters after one step along {@code grads}, and the state for the next step. */
    Step step(Params params, Params grads, OptimizerState state);

    /**
     * The result of a step.
     *
     * @param params the updated parameters
     * @param state  the state to pass to the next step
     */
    record Step(Params params, OptimizerState state) {
    }

    /** Fails naming the argument unless {@code value} is finite and at least 0. */
    static double nonNegative(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number >= 0, got " + value);
        }
        return value;
    }
}
