/**
 * Optimisers as pure functions {@code step(params, grads, state) → (params, state)}: {@link dev.chainrule.nn.optim.SGD}
 * (with momentum and Nesterov), {@link dev.chainrule.nn.optim.Adam}; and {@link dev.chainrule.nn.optim.LBFGS} for
 * full-batch problems.
 *
 * <pre>{@code
 * Optimizer.Step s = new Adam(0.01).step(params, grads, OptimizerState.initial());
 * }</pre>
 */
package dev.chainrule.nn.optim;
