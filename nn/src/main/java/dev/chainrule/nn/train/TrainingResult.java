package dev.chainrule.nn.train;

import dev.chainrule.nn.Params;
import dev.chainrule.nn.optim.OptimizerState;

/**
 * The outcome of {@link Trainer#fit}.
 *
 * <pre>{@code
 * TrainingResult r = trainer.fit(start, data);
 * r.params();                   // the trained parameters
 * r.history().training();       // the loss per epoch
 * r.stopReason();               // e.g. "reached 100 epochs"
 * }</pre>
 *
 * @param params     the trained parameters
 * @param state      the optimizer's state, to continue training (for L-BFGS: the number of iterations, no slots —
 *                   its curvature pairs are not kept)
 * @param history    the loss per epoch
 * @param stopReason why training stopped, in words
 */
public record TrainingResult(Params params, OptimizerState state, History history, String stopReason) {
}
