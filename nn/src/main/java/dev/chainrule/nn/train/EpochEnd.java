package dev.chainrule.nn.train;

import dev.chainrule.nn.Params;
import java.util.OptionalDouble;

/**
 * What a callback sees after each epoch (each iteration, for L-BFGS).
 *
 * <pre>{@code
 * trainer.callback(e -> { if (e.epoch() % 100 == 0) System.out.println(e.epoch() + " " + e.trainingLoss()); });
 * }</pre>
 *
 * @param epoch          the epoch just finished, from 1
 * @param params         the parameters after it
 * @param trainingLoss   its mean training loss
 * @param validationLoss the validation loss, if there is validation data
 */
public record EpochEnd(int epoch, Params params, double trainingLoss, OptionalDouble validationLoss) {
}
