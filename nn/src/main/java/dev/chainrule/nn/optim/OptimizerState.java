package dev.chainrule.nn.optim;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Params;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;

/**
 * What an optimiser carries from one step to the next — a step counter and named slots of per-parameter tensors
 * (momentum's velocity, Adam's moments) — as an immutable value.
 *
 * <pre>{@code
 * OptimizerState s = new SGD(0.1, 0.9, false).step(params, grads, OptimizerState.initial()).state();
 * s.step();                          // 1
 * s.slot("velocity", params);        // the velocity after one step: the gradients
 * }</pre>
 *
 * @param step  how many steps have been taken
 * @param slots per-parameter state by slot name
 */
public record OptimizerState(int step, Map<String, Params> slots) {
    private static final OptimizerState INITIAL = new OptimizerState(0, HashMap.empty());

    /** No steps taken, no slots. */
    public static OptimizerState initial() {
        return INITIAL;
    }

    /** The slot's tensors, or zeros shaped like {@code params} if the slot is new. */
    public Params slot(String name, Params params) {
        return slots.get(name).getOrElse(() -> params.map(p -> Tensor.zeros(p.shape())));
    }

    /** The next state: one more step, with these slots replaced. */
    public OptimizerState next(Map<String, Params> updated) {
        return new OptimizerState(step + 1, slots.merge(updated, (old, fresh) -> fresh));
    }
}
