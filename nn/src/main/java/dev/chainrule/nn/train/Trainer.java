package dev.chainrule.nn.train;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.preprocessing.Batches;
import dev.chainrule.nn.Model;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.loss.Loss;
import dev.chainrule.nn.loss.Penalty;
import dev.chainrule.nn.optim.LBFGS;
import dev.chainrule.nn.optim.Optimizer;
import dev.chainrule.nn.optim.OptimizerState;
import dev.chainrule.nn.optim.Solver;
import io.vavr.collection.HashMap;
import java.io.PrintStream;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * The training loop, for any {@link Solver}: epochs of full-batch, mini-batch or stochastic (one sample at a time,
 * seed 003) steps of an {@link Optimizer}, or full-batch {@link LBFGS} with one iteration per epoch; a loss history
 * per epoch, stopping like scikit-learn when the loss has not improved by {@code tol} for {@code nIterNoChange}
 * epochs, a progress bar on a terminal and a callback after each epoch. The model says where the samples are
 * ({@link Model#layout()}); the trainer lays the data out so and tells the loss. Configuration methods return a new
 * trainer; {@link #fit} changes nothing but returns the result (except that it draws from a generator given to
 * {@link #shuffle}, so a second {@code fit} continues that generator's sequence).
 *
 * <pre>{@code
 * Sequential net = MLP.sizes(2, 10, 1).layout(Layout.SAMPLES_AS_COLUMNS)
 *         .hidden(Activation.TANH).output(Activation.SIGMOID).build();
 * TrainingResult r = Trainer.of(net, new BinaryCrossEntropy(), new SGD(0.5)).targets(Targets.binary())
 *         .epochs(1000).fullBatch().fit(net.init(new RandomState(42)), MakeMoons.of(500).withNoise(0.2).generate(42));
 * r.history().training();   // loss per epoch
 * Trainer.of(net, new BinaryCrossEntropy(), new LBFGS()).targets(Targets.binary()).epochs(200).fit(start, data);
 * }</pre>
 */
public final class Trainer {
    private final Model model;
    private final Loss loss;
    private final Solver solver;
    private int epochs = 100;
    private int batchSize; // 0: full batch
    private RandomGenerator shuffle;
    private double tol = Double.NaN;
    private int nIterNoChange = 10;
    private Dataset validation;
    private Targets targets = Targets.values();
    private Penalty penalty;
    private boolean allowUnused;
    private Consumer<EpochEnd> callback = e -> { };
    private PrintStream progress;
    private boolean progressAuto = true;

    private Trainer(Model model, Loss loss, Solver solver) {
        this.model = model;
        this.loss = loss;
        this.solver = solver;
    }

    /**
     * A full-batch trainer for 100 epochs without early stopping, targets as they are ({@link Targets#values()}).
     * Batches are laid out as the model's {@link Model#layout()} says, and the loss is given that layout too.
     */
    public static Trainer of(Model model, Loss loss, Solver solver) {
        if (model == null || loss == null || solver == null) {
            throw new IllegalArgumentException("trainer: model, loss and solver must not be null");
        }
        return new Trainer(model, loss, solver);
    }

    /** A copy of this trainer with {@code change} applied: every setting method returns a new trainer. */
    private Trainer with(Consumer<Trainer> change) {
        Trainer t = new Trainer(model, loss, solver);
        t.epochs = epochs;
        t.batchSize = batchSize;
        t.shuffle = shuffle;
        t.tol = tol;
        t.nIterNoChange = nIterNoChange;
        t.validation = validation;
        t.targets = targets;
        t.penalty = penalty;
        t.allowUnused = allowUnused;
        t.callback = callback;
        t.progress = progress;
        t.progressAuto = progressAuto;
        change.accept(t);
        return t;
    }

    /** At most this many epochs (passes over the data); for L-BFGS, at most this many iterations. */
    public Trainer epochs(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("trainer: epochs must be >= 1, got " + n);
        }
        return with(t -> t.epochs = n);
    }

    /** One step per epoch on all samples (the default, and the only way L-BFGS works). */
    public Trainer fullBatch() {
        return with(t -> t.batchSize = 0);
    }

    /**
     * Steps on batches of {@code size} samples (the last may be smaller), in a new order each epoch: data's
     * {@link Batches#shuffled}, drawing from the generator given to {@link #shuffle}, else from
     * {@code new SplittableRandom(0)}. A size of 1 is {@link #stochastic()}: in order unless {@code shuffle} is set.
     */
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
     * Shuffle the samples before each epoch's batches ({@link Batches#shuffled}: a new order every epoch, NumPy's
     * {@code permutation(n)} for a {@code RandomState}), drawing from {@code rng}. Full-batch training uses the samples
     * in their order and draws nothing. The generator is shared, not copied: pass a fresh
     * {@code new SplittableRandom(seed)} to each {@code fit} that must repeat the same order.
     */
    public Trainer shuffle(RandomGenerator rng) {
        return with(t -> t.shuffle = rng);
    }

    /**
     * Stop when the monitored loss has not fallen below its best minus {@code tol} for more than {@code n} epochs
     * (optimizers only: L-BFGS stops by its own tolerances).
     */
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
    public Trainer validation(Dataset data) {
        return with(t -> t.validation = data);
    }

    /**
     * How each sample's {@code y} becomes the loss's target: {@link Targets#values()} (as it is, one column; the
     * default), {@link Targets#binary()} (0/1 labels, checked) or {@link Targets#oneHot(int)} (class labels).
     */
    public Trainer targets(Targets t) {
        if (t == null) {
            throw new IllegalArgumentException("trainer: targets must not be null");
        }
        return with(c -> c.targets = t);
    }

    /**
     * A penalty added to each batch's loss (e.g. {@code Penalty.l2(1e-4)}): the training loss recorded per epoch is
     * the objective minimised, with the penalty; the validation loss is the loss alone.
     */
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

    /**
     * Trains from {@code start} on {@code data}, whose targets become tensors as {@link #targets} says, laid out as the
     * model's {@link Model#layout()}.
     *
     * @throws IllegalArgumentException if the data (training or validation) is empty, holds NaN or infinite values,
     *                                  or has targets that do not fit, or if the loss does not depend on a parameter
     *                                  (unless {@link #allowUnused()})
     */
    public TrainingResult fit(Params start, Dataset data) {
        TrainingData.check("the training data", data, targets);
        if (validation != null) {
            TrainingData.check("the validation data", validation, targets);
        }
        Tensor[] held = validation == null ? null : TrainingData.tensors(validation, targets, model.layout());
        Progress bar = progressAuto ? Progress.onTerminal(epochs) : progress == null ? null : Progress.to(progress, epochs);
        Epochs record = new Epochs(callback, bar, tol, nIterNoChange);
        return switch (solver) {
            case Optimizer optimizer -> gradientDescent(optimizer, start, data, held, record);
            case LBFGS lbfgs -> fullBatch(lbfgs, start, data, held, record);
        };
    }

    /** Epochs of steps along the gradient of each batch. */
    private TrainingResult gradientDescent(Optimizer optimizer, Params start, Dataset data, Tensor[] held, Epochs record) {
        int n = data.size();
        int size = batchSize == 0 ? n : Math.min(batchSize, n);
        Tensor[] full = size == n ? TrainingData.tensors(data, targets, model.layout()) : null;
        RandomGenerator rng = shuffle != null ? shuffle : batchSize > 1 ? new SplittableRandom(0) : null;
        Iterable<Dataset> batches = full != null ? List.of(data)
                : rng == null ? Batches.of(data, size) : Batches.shuffled(data, size, rng);
        Params params = start;
        OptimizerState state = OptimizerState.initial();
        String reason = null;
        for (int epoch = 1; epoch <= epochs && reason == null; epoch++) {
            double total = 0;
            for (Dataset batch : batches) {
                Tensor[] xy = full != null ? full : TrainingData.tensors(batch, targets, model.layout());
                Tensor l = objective(params, xy[0], xy[1]);
                Optimizer.Step step = optimizer.step(params, gradients(params, l), state);
                params = step.params();
                state = step.state();
                total += l.item() * batch.size();
            }
            double epochLoss = total / n;
            reason = Double.isFinite(epochLoss) ? record.ended(epoch, params, epochLoss, validationLoss(params, held))
                    : record.diverged(epoch, epochLoss);
        }
        return record.result(params, state, reason != null ? reason : "reached " + epochs + " epochs");
    }

    /** L-BFGS on all the data, one iteration per epoch; the state holds the number of iterations. */
    private TrainingResult fullBatch(LBFGS lbfgs, Params start, Dataset data, Tensor[] held, Epochs record) {
        if (batchSize != 0) {
            throw new IllegalArgumentException("trainer: L-BFGS works on the full batch, so it cannot be used with "
                    + (batchSize == 1 ? "stochastic()" : "miniBatch(" + batchSize + ")"));
        }
        if (!Double.isNaN(tol)) {
            throw new IllegalArgumentException("trainer: L-BFGS stops by its own tolerances (LBFGS gradientTolerance"
                    + " and tolerance); stopWhenNoImprovement is for optimizers that step along gradients");
        }
        Tensor[] xy = TrainingData.tensors(data, targets, model.layout());
        LBFGS.Result r = lbfgs.minimize(p -> {
            Tensor l = objective(p, xy[0], xy[1]);
            return new LBFGS.Value(l.item(), gradients(p, l));
        }, start, epochs, it -> record.ended(it.number(), it.params(), it.loss(), validationLoss(it.params(), held)));
        return record.result(r.params(), new OptimizerState(r.iterations(), HashMap.empty()), r.reason());
    }

    private Params gradients(Params params, Tensor loss) {
        return allowUnused ? params.gradientsFromAllowingUnused(loss) : params.gradientsFrom(loss);
    }

    /** The loss on the validation data, without the penalty: how well the model fits, as scikit-learn reports it. */
    private OptionalDouble validationLoss(Params params, Tensor[] held) {
        return held == null ? OptionalDouble.empty()
                : OptionalDouble.of(loss.apply(model.forward(params, held[0]), held[1], model.layout()).item());
    }

    private Tensor objective(Params params, Tensor x, Tensor y) {
        Tensor l = loss.apply(model.forward(params, x), y, model.layout());
        return penalty == null ? l : l.add(penalty.apply(params));
    }

}
