package dev.chainrule.demos.seeds;

import static dev.chainrule.demos.seeds.Transcripts.gradient;
import static dev.chainrule.demos.seeds.Transcripts.value;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.ChainProgram;
import dev.chainrule.autograd.lang.Evaluation;
import dev.chainrule.demos.plot.LineChart;
import java.util.List;

/**
 * Seed 004, section 3: sigmoid, tanh and leaky ReLU (slope 0.01, the document's {@code max(0.01x, x)}) with their
 * derivatives, one picture each and one of the three derivatives together. Every derivative comes from the engine,
 * as in a transcript: the program {@code f = sigmoid(z); L = sum(f)} is evaluated and {@code ∂L/∂z} is the op's
 * vector-Jacobian product of ones, {@code f′(z)}; the legend prints the local derivative as the op's own rule
 * states it ({@code σ·(1 − σ)}). None is written here.
 *
 * <pre>{@code
 * ./chainrule demo seed004-activations       # sigmoid.png, tanh.png, leaky_relu.png, derivatives.png
 * }</pre>
 */
final class Seed004Activations implements Demo {
    /** The document's leaky ReLU slope. */
    static final double SLOPE = 0.01;
    /** The plotted range of z. */
    static final double FROM = -6;
    static final double TO = 6;
    /** Where the table of values is printed. */
    static final double[] TABLE = {-4, -2, -1, -0.5, 0, 0.5, 1, 2, 4};

    /**
     * An activation as a {@code .chain} call of {@code z}; {@code stem} stands for its value in the rule's text,
     * {@code file} names its picture.
     */
    record Activation(String name, String call, String symbol, String stem, String file) {
        /** {@code f(z)} and {@code f′(z)} at each point, from the engine, with the rule as its op states it. */
        Curve at(double[] points) {
            Evaluation e = ChainProgram.parse("z = " + Rebinding.literal(Tensor.of(points)) + "\nf = " + call
                    + "\nL = sum(f)\n").evaluate();
            String rule = e.localDerivatives(e.binding("f").orElseThrow()).get(0).text().replace("f", stem);
            return new Curve(points, value(e, "f").toArray(), gradient(e, "z").toArray(), rule);
        }

        String derivativeSymbol() {
            return symbol.replace("(z)", "′(z)");
        }
    }

    /** Values and derivatives at {@code z}, with the local derivative's rule in words of the activation. */
    record Curve(double[] z, double[] value, double[] derivative, String rule) {
    }

    static final List<Activation> ACTIVATIONS = List.of(
            new Activation("Sigmoid", "sigmoid(z)", "σ(z)", "σ", "sigmoid.png"),
            new Activation("Tanh", "tanh(z)", "tanh(z)", "tanh", "tanh.png"),
            new Activation("Leaky ReLU", "leaky_relu(z, slope=" + SLOPE + ")", "leaky_relu(z)", "leaky_relu", "leaky_relu.png"));

    @Override
    public String name() {
        return "seed004-activations";
    }

    @Override
    public String summary() {
        return "seed 004 section 3: sigmoid, tanh and leaky ReLU with their derivatives from the engine, pictured";
    }

    @Override
    public void run(DemoRun run) {
        int samples = run.choose(601, 121);
        double[] z = grid(samples);
        run.setting("z_from", FROM).setting("z_to", TO).setting("samples", samples).setting("leaky_relu_slope", SLOPE);
        run.printf("Seed 004, section 3: three activations and their derivatives. Each derivative is the engine's:");
        run.printf("the gradient of sum(f(z)) with respect to z, i.e. the op's vector-Jacobian product of ones.");
        LineChart all = LineChart.titled("The derivatives side by side").axes("z", "f′(z), from the engine");
        for (Activation a : ACTIVATIONS) {
            Curve curve = a.at(z);
            LineChart.titled(a.name() + " and its derivative").axes("z", "value")
                    .series(a.symbol(), z, curve.value())
                    .dashed(a.derivativeSymbol() + " = " + curve.rule() + ", from the engine", z, curve.derivative())
                    .save(run.picture(a.file()));
            all = all.series(a.derivativeSymbol(), z, curve.derivative());
            table(run, a);
            run.result(a.file().replace(".png", "") + "_derivative_at_0", a.at(new double[] {0}).derivative()[0]);
        }
        all.save(run.picture("derivatives.png"));
    }

    private static void table(DemoRun run, Activation a) {
        Curve c = a.at(TABLE);
        run.out().println();
        run.printf("%s: %s; its derivative, as the op's rule states it: %s = %s", a.name(), a.symbol(),
                a.derivativeSymbol(), c.rule());
        run.printf("  %8s  %14s  %14s", "z", a.symbol(), a.derivativeSymbol());
        for (int i = 0; i < TABLE.length; i++) {
            run.printf("  %8.2f  %14.6f  %14.6f", TABLE[i], c.value()[i], c.derivative()[i]);
        }
    }

    /** {@code n} evenly spaced points from {@link #FROM} to {@link #TO}. */
    static double[] grid(int n) {
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = FROM + (TO - FROM) * i / (n - 1);
        }
        return z;
    }
}
