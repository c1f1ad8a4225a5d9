/**
 * The {@code .chain} language as a library: a model written as expressions, one statement a line, with
 * {@code check} claims that verify a hand derivation. {@link dev.chainrule.autograd.lang.ChainProgram} parses and
 * evaluates a program; the result, an {@link dev.chainrule.autograd.lang.Evaluation}, holds every named value, its
 * gradient, each check's verdict, the first step that made a NaN or an infinity, the update {@code updated(η)} and
 * the {@link dev.chainrule.autograd.lang.LocalDerivative}s of every step, taken from the ops' own rules.
 * {@link dev.chainrule.autograd.lang.ExprText} prints expressions and formulas. Errors are
 * {@link dev.chainrule.autograd.lang.ChainException}s that speak of the program: a line, a column, names. The
 * command {@code chainrule grad FILE}, the web studio and tests all use this one API.
 *
 * <pre>{@code
 * Evaluation e = ChainProgram.parse(Files.readString(path)).evaluate();
 * for (Binding b : e.bindings()) {
 *     for (LocalDerivative d : e.localDerivatives(b)) {
 *         System.out.println(d.label() + " = " + d.text());     // ∂h1/∂z1 = 1 − h1²
 *     }
 * }
 * }</pre>
 *
 * <p>It lives in {@code autograd}, beside the engine it explains, because it needs nothing else: its losses and
 * its update are {@link dev.chainrule.autograd.Functional}'s, which {@code nn} uses too.
 */
package dev.chainrule.autograd.lang;
