/**
 * Layers as pure functions of (parameters, input): {@link dev.chainrule.nn.layers.Linear}, the
 * {@link dev.chainrule.nn.layers.Activation activations} ({@code Activation.TANH}, {@code SIGMOID}, {@code RELU},
 * {@code leakyRelu(slope)}, {@code SOFTMAX}, {@code IDENTITY}), {@link dev.chainrule.nn.layers.Sequential} — the
 * model, which holds the layout of the samples for all its layers — and the {@link dev.chainrule.nn.layers.MLP}
 * builder.
 *
 * <pre>{@code
 * Sequential net = MLP.sizes(2, 10, 1).hidden(Activation.TANH).output(Activation.SIGMOID).build();
 * Params p = net.init(new SplittableRandom(0));
 * Tensor probabilities = net.forward(p, Tensor.of(new double[][] {{0.0, 1.0}, {1.0, 0.0}}));
 * }</pre>
 */
package dev.chainrule.nn.layers;
