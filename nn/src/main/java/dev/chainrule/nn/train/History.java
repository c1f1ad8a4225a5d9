package dev.chainrule.nn.train;

import java.util.List;

/**
 * The loss per epoch, on the training data and (if given) on validation data.
 *
 * <pre>{@code
 * History h = trainer.validation(test).fit(start, train).history();
 * h.epochs();                          // how many epochs ran
 * h.training().get(h.epochs() - 1);    // the last training loss
 * }</pre>
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
