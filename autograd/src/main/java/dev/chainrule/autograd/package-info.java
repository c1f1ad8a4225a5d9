/**
 * The autograd core: {@link dev.chainrule.autograd.Tensor}, an immutable float64 tensor of rank 0–2 that is also a
 * node of the computation graph; {@link dev.chainrule.autograd.Op}, the sealed table of primitive ops, each a record
 * with its forward computation and vector-Jacobian rule in one file; and reverse mode returning
 * {@link dev.chainrule.autograd.Gradients} as an immutable value keyed by node identity.
 *
 * <pre>{@code
 * Tensor w = Tensor.param("w", new double[][] {{0.5, -0.3}});
 * Tensor h = Tensor.of(new double[][] {{0.2}, {0.7}});
 * Tensor L = w.matmul(h).tanh().sum();
 * Gradients g = L.grad();
 * g.of(w);                                   // ∂L/∂w = (1 - tanh²(w·h)) hᵀ
 * L.differentiableGrad().of(w).sum().grad(); // second derivatives
 * }</pre>
 */
package dev.chainrule.autograd;
