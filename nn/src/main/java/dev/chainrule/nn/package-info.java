/**
 * Neural networks on top of {@code dev.chainrule.autograd}: {@link dev.chainrule.nn.Params} (named tensors, a
 * persistent map), {@link dev.chainrule.nn.Layout} (samples as rows or as columns), and the packages for layers,
 * initialisers, losses, optimisers, training, metrics and saving models.
 *
 * <pre>{@code
 * Sequential net = MLP.sizes(2, 2, 1).hidden(Activation.TANH).output(Activation.TANH).layout(Layout.SAMPLES_AS_COLUMNS).build();
 * Params p = net.init(new java.util.SplittableRandom(0));
 * Tensor yhat = net.forward(p, x);
 * }</pre>
 */
package dev.chainrule.nn;
