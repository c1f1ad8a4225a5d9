package dev.chainrule.nn.train;

import dev.chainrule.nn.Params;
import dev.chainrule.nn.optim.OptimizerState;

/**
 * The outcome of {@link Trainer#fit}.
 *
 * @param params     the trained parameters
 * @param state      the optimiser's state, to continue training
 * @param history    the loss per epoch
 * @param stopReason why training stopped, in words
 */
public record TrainingResult(Params params, OptimizerState state, History history, String stopReason) {
}
