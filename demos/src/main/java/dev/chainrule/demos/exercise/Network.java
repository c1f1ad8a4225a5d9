package dev.chainrule.demos.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The network of a template: a fully connected network of {@code sizes} (inputs first), its activations and loss,
 * and how many examples a step takes (as the columns of the input). It writes the forward pass as {@code .chain}
 * statements and the backward pass as a hand derivation's {@link Step}s, with a {@link Mistake} planted on request.
 *
 * <pre>{@code
 * Network n = new Network(List.of(2, 2, 1), Activation.TANH, Activation.TANH, Loss.SQUARED, 1,
 *         new Naming("x", "y", "W", "b", "z", "u", "h", "yhat", "L"), true);
 * n.forward();    // [z1 = W1 @ x + b1, h1 = tanh(z1), u2 = W2 @ h1 + b2, yhat = tanh(u2), L = sum((y - yhat) ^ 2)]
 * n.steps(null);  // δ2 = ∂L/∂u2 = 2 * (yhat - y) * (1 - yhat ^ 2), ∂L/∂W2 = {u2} @ h1.T, ...
 * }</pre>
 *
 * @param sizes            units per layer, the input's first
 * @param hidden           the hidden layers' activation
 * @param output           the output layer's activation
 * @param loss             the loss
 * @param batch            examples per step (the input's columns)
 * @param names            the names in the seed's notation
 * @param scalarOutputBias whether a single output unit's bias is written as a number (seeds 000 and 004: b2 = 0.2)
 */
record Network(List<Integer> sizes, Activation hidden, Activation output, Loss loss, int batch, Naming names,
               boolean scalarOutputBias) {
    Network {
        sizes = List.copyOf(sizes);
        if (sizes.size() < 2 || batch < 1 || !loss.fits(output) || hidden == Activation.SOFTMAX) {
            throw new IllegalArgumentException("not a network a template can have: " + sizes + " " + output + " "
                    + loss);
        }
    }

    /** The number of layers with weights. */
    int layers() {
        return sizes.size() - 1;
    }

    /** Units in layer {@code l} (0 is the input). */
    int units(int l) {
        return sizes.get(l);
    }

    /** {@code 2-2-1}. */
    String shape() {
        return sizes.stream().map(String::valueOf).collect(Collectors.joining("-"));
    }

    String pre(int l) {
        return (l == layers() && names.outputPre() != null ? names.outputPre() : names.pre()) + l;
    }

    /** The output of layer {@code l}: the input for 0, the network's output for the last. */
    String act(int l) {
        if (l == 0) {
            return names.input();
        }
        return l == layers() && names.output() != null ? names.output() : names.act() + l;
    }

    String weight(int l) {
        return names.weight() + l;
    }

    String bias(int l) {
        return names.bias() + l;
    }

    Activation activation(int l) {
        return l == layers() ? output : hidden;
    }

    /** Whether layer {@code l}'s bias is a number rather than a column. */
    boolean scalarBias(int l) {
        return scalarOutputBias && l == layers() && units(l) == 1 && batch == 1;
    }

    /** Whether the target is a number (one output, one example). */
    boolean scalarTarget() {
        return units(layers()) == 1 && batch == 1;
    }

    /** The forward pass and the loss, one {@code .chain} statement each. */
    List<String> forward() {
        List<String> lines = new ArrayList<>();
        for (int l = 1; l <= layers(); l++) {
            lines.add(pre(l) + " = " + weight(l) + " @ " + act(l - 1) + " + " + bias(l));
            lines.add(act(l) + " = " + activation(l).of(pre(l)));
        }
        lines.add(names.loss() + " = " + loss.of(act(layers()), names.target()));
        return lines;
    }

    /**
     * The backward pass by hand, from the output layer down: per layer its δ, the weights' gradient and the bias's.
     * With {@code mistake} (or null for none), that mistake in its step.
     */
    List<Step> steps(Mistake mistake) {
        List<Step> steps = new ArrayList<>();
        for (int l = layers(); l >= 1; l--) {
            String p = pre(l);
            String delta = l == layers()
                    ? loss.outputDelta(act(l), names.target(), output, at(mistake, Mistake.Kind.SIGN, p),
                            at(mistake, Mistake.Kind.WRONG_DERIVATIVE, p))
                    : "(" + weight(l + 1) + (at(mistake, Mistake.Kind.DROPPED_TRANSPOSE, p) ? "" : ".T") + " @ {"
                            + pre(l + 1) + "}) * "
                            + hidden.derivative(act(l), at(mistake, Mistake.Kind.WRONG_DERIVATIVE, p));
            steps.add(step(p, Step.Kind.DELTA, l, delta, mistake));
            steps.add(step(weight(l), Step.Kind.WEIGHT, l, "{" + p + "} @ " + act(l - 1) + ".T", mistake));
            String bias = scalarBias(l) ? "sum({" + p + "})"
                    : batch == 1 ? "{" + p + "}"
                    : at(mistake, Mistake.Kind.MISSING_SUM, bias(l)) ? "{" + p + "} @ " + firstExample()
                    : "sum({" + p + "}, axis=1, keepdims=true)";
            steps.add(step(bias(l), Step.Kind.BIAS, l, bias, mistake));
        }
        return steps;
    }

    /** The mistakes that can be planted, each at its step (a {@link Mistake.Kind#SLIP} without its addend yet). */
    List<Mistake> mistakeSites() {
        List<Mistake> sites = new ArrayList<>();
        sites.add(Mistake.at(Mistake.Kind.SIGN, pre(layers())));
        for (int l = layers(); l >= 1; l--) {
            boolean factor = l < layers() || loss.outputDeltaHasDerivative();
            if (factor) {
                sites.add(Mistake.at(Mistake.Kind.WRONG_DERIVATIVE, pre(l)));
            }
            if (l < layers() && units(l + 1) == units(l)) {
                sites.add(Mistake.at(Mistake.Kind.DROPPED_TRANSPOSE, pre(l)));
            }
            if (batch > 1) {
                sites.add(Mistake.at(Mistake.Kind.MISSING_SUM, bias(l)));
            }
        }
        for (Step s : steps(null)) {
            sites.add(Mistake.at(Mistake.Kind.SLIP, s.of()));
        }
        return sites;
    }

    /** A column that picks the batch's first example: {@code [[1], [0]]}. */
    private String firstExample() {
        StringBuilder sb = new StringBuilder("[[1]");
        for (int k = 1; k < batch; k++) {
            sb.append(", [0]");
        }
        return sb.append(']').toString();
    }

    private static boolean at(Mistake m, Mistake.Kind kind, String of) {
        return m != null && m.kind() == kind && m.of().equals(of);
    }

    private static Step step(String of, Step.Kind kind, int layer, String formula, Mistake m) {
        return at(m, Mistake.Kind.SLIP, of) ? new Step(of, kind, layer, "(" + formula + ") + " + m.addend(), formula)
                : new Step(of, kind, layer, formula, formula);
    }
}
