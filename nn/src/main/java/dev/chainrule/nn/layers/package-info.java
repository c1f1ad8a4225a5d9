/**
 * Layers as pure functions of (parameters, input): {@link dev.chainrule.nn.layers.Linear}, the activations
 * ({@link dev.chainrule.nn.layers.Tanh}, {@link dev.chainrule.nn.layers.Sigmoid}, {@link dev.chainrule.nn.layers.ReLU},
 * {@link dev.chainrule.nn.layers.LeakyReLU}, {@link dev.chainrule.nn.layers.Softmax},
 * {@link dev.chainrule.nn.layers.Identity}), {@link dev.chainrule.nn.layers.Sequential} and the
 * {@link dev.chainrule.nn.layers.MLP} builder.
 *
 * <pre>{@code
 * Sequential net = MLP.sizes(2, 10, 1).hidden(new Tanh()).output(new Sigmoid()).build();
 * }</pre>
 */
package dev.chainrule.nn.layers;
