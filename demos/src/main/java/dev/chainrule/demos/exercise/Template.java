package dev.chainrule.demos.exercise;

import dev.chainrule.autograd.lang.ExprText;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * An exercise of the course documents with its numbers left open: the network, where its numbers come from, the
 * learning rate, the decimals answers are given to and the quantities asked. {@link #program} draws one variant's
 * numbers and writes its {@code .chain} program; {@link Variants} keeps drawing until the numbers keep the
 * {@link NumberRules}.
 *
 * <pre>{@code
 * Template t = Templates.find("seed000-ex1").orElseThrow();
 * String source = t.program(new RandomState(7), 1, 7);    // x = [[0.5], [-0.2]] ... check grad(L, u2) == ...
 * }</pre>
 *
 * @param name     what {@code chainrule exercise NAME} calls it: the seed and question, and sizes other than the seed's
 * @param summary  one line for the list
 * @param source   the course document it restates
 * @param network  the network
 * @param ranges   where the numbers come from
 * @param lr       the learning rate η of the step
 * @param decimals the decimals an answer is given to
 * @param asked    the quantities asked, in the order a derivation reaches them
 */
record Template(String name, String summary, String source, Network network, Ranges ranges, double lr, int decimals,
                List<Asked> asked) {
    Template {
        asked = List.copyOf(asked);
    }

    /** The loss's name: the program's target. */
    String loss() {
        return network.names().loss();
    }

    /**
     * A variant's program: its numbers drawn from {@code random}, the forward pass, the loss, and each step of the
     * backward pass by hand as a check against the gradients of autodiff.
     */
    String program(RandomGenerator random, int variant, long seed) {
        Network n = network;
        List<String> lines = new ArrayList<>();
        lines.add("# " + name + ", variant " + variant + " (seed " + seed + "), written by chainrule exercise: "
                + summary + ".");
        lines.add("# " + source + ". The worked solution: chainrule grad program.chain --lr " + ExprText.plain(lr)
                + " --format markdown");
        lines.add(n.act(0) + " = " + matrix(draw(ranges.inputs(), n.units(0), n.batch(), random)));
        String[][] targets = ranges.targets().draw(n.units(n.layers()), n.batch(), random);
        lines.add(n.names().target() + " = " + (n.scalarTarget() ? targets[0][0] : matrix(targets)));
        for (int l = 1; l <= n.layers(); l++) {
            String[][] weights = draw(ranges.weights(), n.units(l), n.units(l - 1), random);
            lines.add("param " + n.weight(l) + " = " + matrix(weights));
            String[][] bias = draw(ranges.biases(), n.units(l), 1, random);
            lines.add("param " + n.bias(l) + " = " + (n.scalarBias(l) ? bias[0][0] : matrix(bias)));
        }
        lines.add("");
        lines.addAll(n.forward());
        lines.add("");
        lines.add("# The backward pass by hand, each step checked against the gradients of autodiff:");
        for (Step s : n.steps(null)) {
            String claim = Step.text(s.formula(), g -> "grad(" + loss() + ", " + g + ")");
            lines.add("check grad(" + loss() + ", " + s.of() + ") == " + claim);
        }
        return String.join("\n", lines) + "\n";
    }

    private static String[][] draw(Ranges.Range range, int rows, int cols, RandomGenerator random) {
        String[][] m = new String[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = range.draw(random);
            }
        }
        return m;
    }

    /** {@code [[a, b], [c, d]]}. */
    private static String matrix(String[][] rows) {
        List<String> out = new ArrayList<>();
        for (String[] row : rows) {
            out.add("[" + String.join(", ", row) + "]");
        }
        return "[" + String.join(", ", out) + "]";
    }
}
