package dev.chainrule.nn.train;

import dev.chainrule.nn.Params;
import java.util.OptionalDouble;

/**
 * What a callback sees after each epoch.
 *
 * @param epoch          the epoch just finished, from 1
 * @param params         the parameters after it
 * @param trainingLoss   its mean training loss
 * @param validationLoss the validation loss, if there is validation data
 */
public record EpochEnd(int epoch, Params params, double trainingLoss, OptionalDouble validationLoss) {
}
