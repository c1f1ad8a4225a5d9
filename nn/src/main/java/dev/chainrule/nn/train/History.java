package dev.chainrule.nn.train;

import java.util.List;

/**
 * The loss per epoch, on the training data and (if given) on validation data.
 *
 * @param training   the mean training loss of each epoch
 * @param validation the validation loss after each epoch; empty without validation data
 */
public record History(List<Double> training, List<Double> validation) {
    public History {
        training = List.copyOf(training);
        validation = List.copyOf(validation);
    }

    public int epochs() {
        return training.size();
    }
}
