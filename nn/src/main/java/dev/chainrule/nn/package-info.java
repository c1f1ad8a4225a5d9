/**
 * Neural networks on top of {@code dev.chainrule.autograd}: {@link dev.chainrule.nn.Params} (named tensors in a
 * persistent map, each known to be a weight or not), {@link dev.chainrule.nn.Model} and its
 * {@link dev.chainrule.nn.Layout} (samples as rows or as columns: said once, on the model), and the packages for
 * layers, initialisers, losses, optimisers, training, metrics and saving models.
 *
 * <pre>{@code
 * Sequential net = MLP.sizes(2, 2, 1).layout(Layout.SAMPLES_AS_COLUMNS)
 *         .hidden(Activation.TANH).output(Activation.TANH).build();
 * Params p = net.init(new java.util.SplittableRandom(0));
 * Tensor yhat = net.forward(p, Tensor.of(new double[][] {{0.5}, {-0.2}}));   // one sample, as a column
 * }</pre>
 */
package dev.chainrule.nn;
