/**
 * {@code chainrule studio}: a web server on 127.0.0.1 with two pages computed by chainrule — the derivation of a
 * {@code .chain} program (its graph, values, gradients, local derivatives, the chain rule per consumer, the checks)
 * and the TensorFlow Playground trained on {@code nn} — and their HTTP API ({@code POST /api/grad} answers exactly
 * as {@code chainrule grad --format json}).
 *
 * <pre>{@code
 * ./chainrule studio --open
 * curl -s --data-binary @demos/examples/seed000-ex1-tanh-step.chain 'http://127.0.0.1:8080/api/grad?lr=0.1'
 * }</pre>
 */
package dev.chainrule.demos.studio;
