package dev.chainrule.nn.optim;

/**
 * How a {@link dev.chainrule.nn.train.Trainer} fits parameters: step by step along the gradient of each batch (an
 * {@link Optimizer}: {@link SGD}, {@link Adam}, or one of your own), or by full-batch {@link LBFGS}, one iteration
 * per epoch. The sealed list is every kind the trainer knows how to run.
 *
 * <pre>{@code
 * Solver adam = new Adam(0.01);                        // mini-batches, stochastic or full batch
 * Solver lbfgs = new LBFGS();                          // full batch only
 * Trainer.of(net, new SoftmaxCrossEntropy(), lbfgs).targets(Targets.oneHot(3)).epochs(200).fit(start, data);
 * }</pre>
 */
public sealed interface Solver permits Optimizer, LBFGS {
    /** A short description, e.g. {@code SGD(lr=0.1, momentum=0.9)}. */
    String describe();
}
