/**
 * The {@code .chain} language: a model written as expressions, one statement a line, with {@code check} claims
 * that verify a hand derivation. {@link dev.chainrule.autograd.lang.ChainProgram} parses and evaluates a program;
 * the result, an {@link dev.chainrule.autograd.lang.Evaluation}, holds every named value, its gradient and each
 * check's verdict. The command {@code chainrule grad FILE} presents it.
 *
 * <pre>{@code
 * Evaluation e = ChainProgram.parse(Files.readString(path)).evaluate(Optional.empty(), OptionalDouble.empty());
 * }</pre>
 */
package dev.chainrule.autograd.lang;
