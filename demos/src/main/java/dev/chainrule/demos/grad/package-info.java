/**
 * {@code chainrule grad}: runs a {@code .chain} program and presents the derivation as text, Markdown, LaTeX,
 * JSON or a Graphviz graph.
 *
 * <pre>{@code
 * ./chainrule grad demos/examples/seed000-ex1-tanh-step.chain --lr 0.1
 * ./chainrule grad demos/examples/seed000-ex1-tanh-step.chain --lr 0.1 --format latex > step.tex
 * ./chainrule grad demos/examples/seed000-ex1-tanh-step.chain --format svg > graph.svg
 * }</pre>
 */
package dev.chainrule.demos.grad;
