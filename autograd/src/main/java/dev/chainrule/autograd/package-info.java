/**
 * The autograd core: {@link dev.chainrule.autograd.Tensor}, an immutable float64 tensor of rank 0–2 that is also a
 * node of the computation graph; {@link dev.chainrule.autograd.Op}, the sealed table of primitive ops, each a record
 * with its forward computation, its vector-Jacobian rule and the human-readable form of that rule
 * ({@link dev.chainrule.autograd.Rule}) in one file; and reverse mode returning
 * {@link dev.chainrule.autograd.Gradients} as an immutable value keyed by node identity.
 * {@link dev.chainrule.autograd.Functional} holds the formulas several modules share (mse, bce, the SGD step).
 *
 * <pre>{@code
 * Tensor w = Tensor.param("w", new double[][] {{0.5, -0.3}});
 * Tensor h = Tensor.of(new double[][] {{0.2}, {0.7}});
 * Tensor L = w.matmul(h).tanh().sum();
 * Gradients g = L.grad();                    // every δ
 * g.of(w);                                   // ∂L/∂w = (1 - tanh²(w·h)) hᵀ
 * L.grad(w).of(w);                           // the same, computing only what leads to w
 * L.differentiableGrad().of(w).sum().grad(); // second derivatives
 * }</pre>
 *
 * <h2>Adding an op</h2>
 * An op is written in four places, and nowhere else:
 * <ol>
 *   <li>Its record, {@code Foo.java}, implementing {@link dev.chainrule.autograd.Op}: a compact constructor that
 *       checks its arguments; {@code forward()} computing the values into a new array and returning
 *       {@code Tensor.node(this, shape, data)}; {@code vjp(input, out, g)}, the gradient reaching each input,
 *       written with tensor ops on the inputs, {@code out} and {@code g} (so that it can be differentiated again);
 *       and {@code rule()}, the same rule as a formula in the {@code .chain} syntax —
 *       {@code Rule.elementwise("foo(x)", "∂out/∂x in terms of x and out")} for an element-wise op, or
 *       {@code Rule.map("foo(x)", "the gradient of x in terms of G")} otherwise. The formula's names are the
 *       record's components, {@code out} and {@code G} (see {@link dev.chainrule.autograd.Rule}).</li>
 *   <li>{@code Op}'s {@code permits} list.</li>
 *   <li>Its fluent method on {@link dev.chainrule.autograd.Tensor}, e.g. {@code x.foo()}.</li>
 *   <li>If {@code .chain} programs may call it, one line in the language's table of functions,
 *       {@code lang/Builtins.TABLE}.</li>
 * </ol>
 * Transcripts, documents and web pages then print its derivative from {@code rule()}, with numbers from
 * {@code vjp}; nothing else needs to know the op. The test {@code OpRulesTest} fails until it is given an example of
 * the new op, and then checks that the formula and the {@code vjp} agree.
 */
package dev.chainrule.autograd;
