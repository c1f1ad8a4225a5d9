package dev.chainrule.nn.train;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Model;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.loss.Loss;
import dev.chainrule.nn.loss.Penalty;
import dev.chainrule.nn.optim.Optimizer;
import dev.chainrule.nn.optim.OptimizerState;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * The training loop: epochs of full-batch, mini-batch or stochastic (one sample at a time, seed 003) gradient
 * steps, a loss history per epoch, stopping like scikit-learn when the loss has not improved by {@code tol} for
 * {@code nIterNoChange} epochs, a progress bar on a terminal and a callback after each epoch. Configuration
 * methods return a new trainer; {@link #fit} changes nothing but returns the result (except that it draws from a
 * generator given to {@link #shuffle}, so a second {@code fit} continues that generator's sequence).
 *
 * <pre>{@code
 * Sequential net = MLP.sizes(2, 10, 1).hidden(Activation.TANH).output(Activation.SIGMOID).layout(Layout.SAMPLES_AS_COLUMNS).build();
 * TrainingResult r = Trainer.of(net, new BinaryCrossEntropy(), new SGD(0.5)).epochs(1000).fullBatch()
 *         .fit(net.init(new SplittableRandom(42)), Samples.binary(X, y));
 * r.history().training();   // loss per epoch
 * }</pre>
 */
public final class Trainer {
    private final Model model;
    private final Loss loss;
    private final Optimizer optimizer;
    private int epochs = 100;
    private int batchSize; // 0: full batch
    private RandomGenerator shuffle;
    private double tol = Double.NaN;
    private int nIterNoChange = 10;
    private Samples validation;
    private Penalty penalty;
    private boolean allowUnused;
    private Consumer<EpochEnd> callback = e -> { };
    private PrintStream progress;
    private boolean progressAuto = true;

    private Trainer(Model model, Loss loss, Optimizer optimizer) {
        this.model = model;
        this.loss = loss;
        this.optimizer = optimizer;
    }

    /**
     * A full-batch trainer for 100 epochs without early stopping. Batches are laid out as the model's
     * {@link Model#layout()} says, and the loss is given that layout too.
     */
    public static Trainer of(Model model, Loss loss, Optimizer optimizer) {
        if (model == null || loss == null || optimizer == null) {
            throw new IllegalArgumentException("trainer: model, loss and optimizer must not be null");
        }
        return new Trainer(model, loss, optimizer);
    }

    /** A copy of this trainer with {@code change} applied: every setting method returns a new trainer. */
    private Trainer with(Consumer<Trainer> change) {
        Trainer t = new Trainer(model, loss, optimizer);
        t.epochs = epochs;
        t.batchSize = batchSize;
        t.shuffle = shuffle;
        t.tol = tol;
        t.nIterNoChange = nIterNoChange;
        t.validation = validation;
        t.penalty = penalty;
        t.allowUnused = allowUnused;
        t.callback = callback;
        t.progress = progress;
        t.progressAuto = progressAuto;
        change.accept(t);
        return t;
    }

    /** At most this many epochs (passes over the data). */
    public Trainer epochs(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("trainer: epochs must be >= 1, got " + n);
        }
        return with(t -> t.epochs = n);
    }

    /** One step per epoch on all samples. */
    public Trainer fullBatch() {
        return with(t -> t.batchSize = 0);
    }

    /** Steps on batches of {@code size} samples (the last may be smaller), shuffled each epoch with seed 0 unless set. */
    public Trainer miniBatch(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("trainer: batch size must be >= 1, got " + size);
        }
        return with(t -> t.batchSize = size);
    }

    /** One step per sample, in order unless {@link #shuffle} is set (seed 003's stochastic loop). */
    public Trainer stochastic() {
        return miniBatch(1);
    }

    /**
     * Shuffle the samples before each epoch's batches, drawing from {@code rng}. The generator is shared, not copied:
     * pass a fresh {@code new SplittableRandom(seed)} to each {@code fit} that must repeat the same order.
     */
    public Trainer shuffle(RandomGenerator rng) {
        return with(t -> t.shuffle = rng);
    }

    /** Stop when the monitored loss has not fallen below its best minus {@code tol} for more than {@code n} epochs. */
    public Trainer stopWhenNoImprovement(double tol, int n) {
        if (!(tol >= 0) || n < 1) {
            throw new IllegalArgumentException("trainer: tol must be >= 0 and n >= 1, got " + tol + " and " + n);
        }
        return with(t -> {
            t.tol = tol;
            t.nIterNoChange = n;
        });
    }

    /** Validation data: its loss is recorded each epoch and, with early stopping, monitored. */
    public Trainer validation(Samples data) {
        return with(t -> t.validation = data);
    }

    /** A penalty added to each batch's loss (e.g. {@code Penalty.l2(1e-4)}). */
    public Trainer penalty(Penalty p) {
        return with(t -> t.penalty = p);
    }

    /**
     * Give a parameter the loss does not depend on a gradient of zeros instead of failing. By default such a
     * parameter is an error that names it ({@link Params#gradientsFrom(Tensor)}): it is usually a tensor re-wrapped
     * on the way or one the model forgot, and training would silently leave it where it started.
     */
    public Trainer allowUnused() {
        return with(t -> t.allowUnused = true);
    }

    /** Called after every epoch (e.g. to plot hidden activations at chosen epochs). */
    public Trainer callback(Consumer<EpochEnd> c) {
        return with(t -> t.callback = c);
    }

    /** Draw the progress bar on {@code out} (null: never). By default it is drawn only on a terminal. */
    public Trainer progress(PrintStream out) {
        return with(t -> {
            t.progress = out;
            t.progressAuto = false;
        });
    }

    /** Trains from {@code start} on {@code data}. */
    public TrainingResult fit(Params start, Samples data) {
        Params params = start;
        OptimizerState state = OptimizerState.initial();
        int n = data.size();
        int size = batchSize == 0 ? n : Math.min(batchSize, n);
        int[] order = new int[n];
        java.util.Arrays.setAll(order, i -> i);
        RandomGenerator rng = shuffle != null ? shuffle : batchSize > 1 ? new SplittableRandom(0) : null;
        Tensor[] full = size == n ? data.all(model.layout()) : null;
        Tensor[] held = validation == null ? null : validation.all(model.layout());
        List<Double> trainLosses = new ArrayList<>();
        List<Double> validationLosses = new ArrayList<>();
        Progress bar = progressAuto ? Progress.onTerminal(epochs) : progress == null ? null : Progress.to(progress, epochs);
        double best = Double.POSITIVE_INFINITY;
        int noImprovement = 0;
        String reason = "reached " + epochs + " epochs";
        for (int epoch = 1; epoch <= epochs; epoch++) {
            if (rng != null) {
                shuffle(order, rng);
            }
            double total = 0;
            for (int from = 0; from < n; from += size) {
                int to = Math.min(n, from + size);
                Tensor[] xy = full != null ? full : data.batch(order, from, to, model.layout());
                Tensor l = objective(params, xy[0], xy[1]);
                Params grads = allowUnused ? params.gradientsFromAllowingUnused(l) : params.gradientsFrom(l);
                Optimizer.Step step = optimizer.step(params, grads, state);
                params = step.params();
                state = step.state();
                total += l.item() * (to - from);
            }
            double epochLoss = total / n;
            if (!Double.isFinite(epochLoss)) {
                reason = "the loss became " + epochLoss + " in epoch " + epoch + " (try a smaller learning rate)";
                trainLosses.add(epochLoss);
                break;
            }
            trainLosses.add(epochLoss);
            double validationLoss = held == null ? Double.NaN : objective(params, held[0], held[1]).item();
            if (held != null) {
                validationLosses.add(validationLoss);
            }
            callback.accept(new EpochEnd(epoch, params, epochLoss,
                    held == null ? OptionalDouble.empty() : OptionalDouble.of(validationLoss)));
            if (bar != null) {
                bar.update(epoch, epochLoss, validationLoss);
            }
            if (!Double.isNaN(tol)) {
                double monitored = held == null ? epochLoss : validationLoss;
                noImprovement = monitored > best - tol ? noImprovement + 1 : 0;
                best = Math.min(best, monitored);
                if (noImprovement > nIterNoChange) {
                    reason = "the " + (held == null ? "training" : "validation") + " loss did not improve by " + tol
                            + " for " + nIterNoChange + " epochs";
                    break;
                }
            }
        }
        if (bar != null) {
            bar.finish();
        }
        return new TrainingResult(params, state, new History(trainLosses, validationLosses), reason);
    }

    private Tensor objective(Params params, Tensor x, Tensor y) {
        Tensor l = loss.apply(model.forward(params, x), y, model.layout());
        return penalty == null ? l : l.add(penalty.apply(params));
    }

    /** Fisher-Yates, drawing {@code nextInt(i + 1)} from the last index down. */
    private static void shuffle(int[] a, RandomGenerator rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
