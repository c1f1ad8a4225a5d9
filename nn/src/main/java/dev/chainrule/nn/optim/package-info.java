/**
 * How parameters are fitted, each kind a {@link dev.chainrule.nn.optim.Solver}: optimisers as pure functions
 * {@code step(params, grads, state) → (params, state)} ({@link dev.chainrule.nn.optim.SGD} with momentum and
 * Nesterov, {@link dev.chainrule.nn.optim.Adam}), and full-batch {@link dev.chainrule.nn.optim.LBFGS}, which the
 * trainer runs one iteration per epoch and which also minimises any objective on its own.
 *
 * <pre>{@code
 * Optimizer.Step s = new Adam(0.01).step(params, grads, OptimizerState.initial());
 * Trainer.of(net, loss, new LBFGS()).epochs(200).fit(start, data);
 * }</pre>
 */
package dev.chainrule.nn.optim;
