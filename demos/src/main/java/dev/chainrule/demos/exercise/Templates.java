package dev.chainrule.demos.exercise;

import dev.chainrule.demos.exercise.Ranges.Range;
import dev.chainrule.demos.exercise.Ranges.Targets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every template, in the order of the course documents: the hand derivations of the seeds, and other sizes of them.
 * Each is stated here once: its network in the seed's notation, its numbers' ranges, η, decimals and questions.
 *
 * <pre>{@code
 * Templates.ALL.forEach(t -> System.out.println(t.name() + "  " + t.summary()));
 * Template t = Templates.find("seed001-q2").orElseThrow();
 * }</pre>
 */
final class Templates {
    private static final Naming SEED000 = new Naming("x", "y", "W", "b", "z", "u", "h", "yhat", "L");
    private static final Naming SEED001 = new Naming("x", "z", "w", "b", "n", null, "x", null, "E");
    private static final Naming SEED001_BATCH = new Naming("X", "Z", "W", "b", "n", null, "x", null, "E");
    private static final Naming SEED003 = new Naming("x", "y", "W", "b", "a", null, "z", "yhat", "E");
    private static final Naming SEED004 = new Naming("x", "y", "W", "b", "z", null, "a", "yhat", "C");

    private static final Range INPUTS = new Range(1, 1.0, true);
    private static final Range WEIGHTS = new Range(1, 0.9, true);
    private static final Range SMALL_WEIGHTS = new Range(1, 0.5, true);
    private static final Range BIASES = new Range(1, 0.5, false);

    /** Every template, in the order of the course documents. */
    static final List<Template> ALL = List.of(
            seed000("seed000-ex1", List.of(2, 2, 1)),
            seed000("seed000-ex1-3-2-1", List.of(3, 2, 1)),
            seed000("seed000-ex1-2-3-2", List.of(2, 3, 2)),
            new Template("seed001-q1", "5-3-2 network, sigmoid units, half the squared error, one SGD step",
                    "Seed 001, question 1(a)",
                    new Network(List.of(5, 3, 2), Activation.SIGMOID, Activation.SIGMOID, Loss.HALF_SQUARED, 1, SEED001,
                            false),
                    new Ranges(INPUTS, SMALL_WEIGHTS, BIASES, Targets.ONE_HOT), 1.0, 4,
                    List.of(Asked.value("x1"), Asked.value("x2"), Asked.value("E"), Asked.delta("n2", 2),
                            Asked.grad("w2"), Asked.delta("n1", 1), Asked.updated("w2"), Asked.updated("b2"),
                            Asked.updated("b1"))),
            seed001Batch("seed001-q2", "4-4-3-3 network, tanh units, half the squared error, one step on a batch of 2",
                    "Seed 001, question 2(b)", Activation.TANH, Loss.HALF_SQUARED),
            seed001Batch("seed001-q3", "4-4-3-3 network, tanh units, softmax output, cross-entropy, one step on a batch"
                    + " of 2", "Seed 001, question 3", Activation.SOFTMAX, Loss.CROSS_ENTROPY),
            seed003("seed003-bce", List.of(2, 2, 1)),
            seed003("seed003-bce-3-2-1", List.of(3, 2, 1)),
            seed004("seed004-mse", List.of(2, 2, 1)),
            seed004("seed004-mse-2-3-1", List.of(2, 3, 1)));

    private Templates() {
    }

    /** The template called {@code name}. */
    static Optional<Template> find(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static Template seed000(String name, List<Integer> sizes) {
        Network n = new Network(sizes, Activation.TANH, Activation.TANH, Loss.SQUARED, 1, SEED000, true);
        return new Template(name, n.shape() + " network, tanh units, squared error, one step of gradient descent",
                "Seed 000, Exercise 1" + (sizes.equals(List.of(2, 2, 1)) ? "" : " with other sizes"), n,
                new Ranges(INPUTS, WEIGHTS, BIASES, Targets.DECIMAL), 0.1, 4, twoLayers(n));
    }

    private static Template seed001Batch(String name, String summary, String source, Activation output, Loss loss) {
        Network n = new Network(List.of(4, 4, 3, 3), Activation.TANH, output, loss, 2, SEED001_BATCH, false);
        Ranges ranges = new Ranges(INPUTS, SMALL_WEIGHTS, BIASES, Targets.ONE_HOT);
        return new Template(name, summary, source, n, ranges, 0.1, 4,
                List.of(Asked.value("x3"), Asked.value("E"), Asked.delta("n3", 3), Asked.delta("n2", 2),
                        Asked.delta("n1", 1), Asked.grad("b3"), Asked.updated("W3"), Asked.updated("b1")));
    }

    private static Template seed003(String name, List<Integer> sizes) {
        Network n = new Network(sizes, Activation.SIGMOID, Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY, 1, SEED003,
                true);
        return new Template(name, n.shape() + " network, sigmoid units, binary cross-entropy, one step of gradient"
                + " descent", "Seed 003, Tasks 6 and 7" + (sizes.equals(List.of(2, 2, 1)) ? "" : " with other sizes"),
                n,
                new Ranges(INPUTS, new Range(2, 0.9, true), BIASES, Targets.BINARY), 0.5, 4, twoLayers(n));
    }

    private static Template seed004(String name, List<Integer> sizes) {
        Network n = new Network(sizes, Activation.SIGMOID, Activation.SIGMOID, Loss.HALF_SQUARED, 1, SEED004, true);
        return new Template(name, n.shape() + " network, sigmoid units, half the squared error, one step of gradient"
                + " descent", "Seed 004, section 6" + (sizes.equals(List.of(2, 2, 1)) ? "" : " with other sizes"), n,
                new Ranges(new Range(1, 1.5, true), WEIGHTS, BIASES, Targets.BINARY), 1.0, 4, twoLayers(n));
    }

    /** A network with one hidden layer: its values, loss, both δs and weight gradients, every parameter updated. */
    private static List<Asked> twoLayers(Network n) {
        List<Asked> asked = new ArrayList<>(List.of(Asked.value(n.act(1)), Asked.value(n.act(2)),
                Asked.value(n.names().loss()), Asked.delta(n.pre(2), 2), Asked.grad(n.weight(2)),
                Asked.delta(n.pre(1), 1), Asked.grad(n.weight(1))));
        for (int l = 2; l >= 1; l--) {
            asked.add(Asked.updated(n.weight(l)));
            asked.add(Asked.updated(n.bias(l)));
        }
        return asked;
    }
}
