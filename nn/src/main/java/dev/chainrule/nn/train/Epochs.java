package dev.chainrule.nn.train;

import dev.chainrule.nn.Params;
import dev.chainrule.nn.optim.OptimizerState;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * What the trainer does after each epoch, whatever the solver: record the losses, tell the callback, draw the
 * progress bar, and watch for no improvement (scikit-learn's {@code n_iter_no_change}).
 */
final class Epochs {
    private final List<Double> training = new ArrayList<>();
    private final List<Double> validation = new ArrayList<>();
    private final Consumer<EpochEnd> callback;
    private final Progress bar;
    private final double tol;
    private final int patience;
    private double best = Double.POSITIVE_INFINITY;
    private int noImprovement;

    /** With {@code tol} NaN there is no early stopping. */
    Epochs(Consumer<EpochEnd> callback, Progress bar, double tol, int patience) {
        this.callback = callback;
        this.bar = bar;
        this.tol = tol;
        this.patience = patience;
    }

    /** Records an epoch whose loss is not finite; the reason to stop. */
    String diverged(int epoch, double loss) {
        training.add(loss);
        return "the loss became " + loss + " in epoch " + epoch + " (try a smaller learning rate)";
    }

    /**
     * Records an epoch: its training loss and its validation loss (empty without validation data). Returns the
     * reason to stop early, or null to go on.
     */
    String ended(int epoch, Params params, double loss, OptionalDouble validationLoss) {
        training.add(loss);
        validationLoss.ifPresent(validation::add);
        callback.accept(new EpochEnd(epoch, params, loss, validationLoss));
        if (bar != null) {
            bar.update(epoch, loss, validationLoss.orElse(Double.NaN));
        }
        if (Double.isNaN(tol)) {
            return null;
        }
        double monitored = validationLoss.orElse(loss);
        noImprovement = monitored > best - tol ? noImprovement + 1 : 0;
        best = Math.min(best, monitored);
        return noImprovement > patience ? "the " + (validationLoss.isPresent() ? "validation" : "training")
                + " loss did not improve by " + tol + " for " + patience + " epochs" : null;
    }

    /** The result, once training has stopped for {@code reason}. */
    TrainingResult result(Params params, OptimizerState state, String reason) {
        if (bar != null) {
            bar.finish();
        }
        return new TrainingResult(params, state, new History(training, validation), reason);
    }
}
