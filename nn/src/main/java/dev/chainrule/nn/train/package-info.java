/**
 * Training loops: {@link dev.chainrule.nn.train.Trainer} (full-batch, mini-batch, stochastic; early stopping;
 * progress bar; callbacks), {@link dev.chainrule.nn.train.Samples} (the data) and the
 * {@link dev.chainrule.nn.train.History} of losses.
 *
 * <pre>{@code
 * TrainingResult r = Trainer.of(net, new MeanSquaredError(), new SGD(0.1)).epochs(500).fit(params, samples);
 * }</pre>
 */
package dev.chainrule.nn.train;
