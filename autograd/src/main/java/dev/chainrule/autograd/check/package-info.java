/**
 * Numerical gradient checking: {@link dev.chainrule.autograd.check.GradCheck} compares reverse-mode gradients with
 * central differences and returns a per-element {@link dev.chainrule.autograd.check.GradCheckReport};
 * {@link dev.chainrule.autograd.check.GradientAssert} turns that into an AssertJ assertion for users' tests.
 *
 * <pre>{@code
 * assertThatGradients(in -> in.get(0).softmax(1).log().sum(), logits).matchNumerical();
 * }</pre>
 */
package dev.chainrule.autograd.check;
