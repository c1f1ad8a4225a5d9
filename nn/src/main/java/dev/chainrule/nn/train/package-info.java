/**
 * The training loop: {@link dev.chainrule.nn.train.Trainer} (full-batch, mini-batch, stochastic or L-BFGS; early
 * stopping; progress bar; callbacks) on data's {@code Dataset}, with {@link dev.chainrule.nn.train.Targets} saying
 * what each sample's {@code y} means to the loss, and the {@link dev.chainrule.nn.train.History} of losses.
 *
 * <pre>{@code
 * TrainingResult r = Trainer.of(net, new MeanSquaredError(), new SGD(0.1)).epochs(500).fit(params, dataset);
 * }</pre>
 */
package dev.chainrule.nn.train;
