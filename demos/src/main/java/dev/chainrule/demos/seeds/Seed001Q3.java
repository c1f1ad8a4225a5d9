package dev.chainrule.demos.seeds;

import static dev.chainrule.demos.seeds.Transcripts.gradient;
import static dev.chainrule.demos.seeds.Transcripts.value;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Evaluation;
import dev.chainrule.demos.grad.Transcript;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Seed 001, question 3: question 2(b)'s network and batch with a softmax output and cross-entropy, one step with
 * η = 0.1, as the transcript of {@code seed001-ex3-softmax-ce.chain} (both examples, as the document's worked text;
 * its teacher's solution uses only the first, shown at the end). Then why the hidden deltas vanish, from the
 * numbers: every column of δ3 = x3 − Z sums to zero (softmax and one-hot columns both sum to one) and every row of
 * W3 is the same, so {@code W3ᵀ δ3 = 0}, and with it δ2 and δ1.
 *
 * <pre>{@code
 * ./chainrule demo seed001-q3
 * }</pre>
 */
final class Seed001Q3 implements Demo {
    static final String EXAMPLE = "seed001-ex3-softmax-ce";
    static final double LEARNING_RATE = 0.1;

    @Override
    public String name() {
        return "seed001-q3";
    }

    @Override
    public String summary() {
        return "seed 001 question 3: softmax and cross-entropy on 2(b)'s batch — why the hidden deltas vanish, in numbers";
    }

    @Override
    public void run(DemoRun run) {
        run.setting("program", Transcripts.program(EXAMPLE)).setting("learning_rate", LEARNING_RATE)
                .setting("examples", "both, as the document's worked text (its teacher's solution uses the first only)");
        run.printf("Question 3: question 2(b)'s network and batch with a softmax output and cross-entropy, η = %s.",
                LEARNING_RATE);
        run.printf("Shown for both examples, as the document's worked text does; it notes that the teacher's solution");
        run.printf("uses only the first one, which comes at the end.");
        run.out().println();
        Evaluation e = Transcripts.print(run, EXAMPLE, LEARNING_RATE);
        Map<String, Tensor> updated = e.updated(LEARNING_RATE);
        Comparison printed = Comparison.begin(run, "Question 3 as the document prints it (both examples, η = 0.1):")
                .row("x3 = softmax(n3)", value(e, "x3"), "0.333333")
                .row("δ3 = ∂E/∂n3", gradient(e, "n3"), "[[0.333333, 0.333333], [-0.666667, 0.333333], [0.333333, -0.666667]]")
                .row("δ2 = ∂E/∂n2", gradient(e, "n2"), "0")
                .row("δ1 = ∂E/∂n1", gradient(e, "n1"), "0")
                .row("∂E/∂W3", gradient(e, "W3"), "[[0.203434], [-0.0097695], [-0.193665]]")
                .row("∂E/∂b3", gradient(e, "b3"), "[[0.666667], [-0.333333], [-0.333333]]")
                .row("W3 updated", updated.get("W3"), "[[0.0796566], [0.100977], [0.119366]]")
                .row("b3 updated", updated.get("b3"), "[[0.0333333], [0.133333], [0.133333]]");
        printed.record("printed_3");
        whyTheHiddenDeltasVanish(run, e);
        teachersOneExample(run);
        run.result("checks_passed", e.allChecksPassed()).result("loss", e.target().value().item());
    }

    private static void whyTheHiddenDeltasVanish(DemoRun run, Evaluation e) {
        Tensor delta3 = gradient(e, "n3");
        Tensor w3 = value(e, "W3");
        double[] columnSums = delta3.sum(0).toArray();
        double rowsDiffer = w3.sub(Tensor.of(new double[][] {w3.toMatrix()[0]})).abs().max().item();
        double dx2 = largest(gradient(e, "x2"));
        double delta2 = largest(gradient(e, "n2"));
        double delta1 = largest(gradient(e, "n1"));
        run.out().println();
        run.printf("Why δ2 and δ1 vanish, in numbers:");
        run.printf("  δ3 = x3 − Z (softmax minus one-hot, the program's first check). Down each column:");
        run.printf("    x3 sums to %s (a softmax column)", show(value(e, "x3").sum(0)));
        run.printf("    Z  sums to %s (a one-hot column)", show(value(e, "Z").sum(0)));
        run.printf("    so δ3 sums to %s: zero, up to rounding", scientific(delta3.sum(0)));
        run.printf("  Every row of W3 is %s (largest difference from the first row %.1e),",
                row(w3.toMatrix()[0]), rowsDiffer);
        run.printf("  so (W3ᵀ δ3)[j, k] = Σᵢ W3[i, j] δ3[i, k] = W3[1, j] · Σᵢ δ3[i, k] = W3[1, j] · 0 for every j and k:");
        run.printf("    ∂E/∂x2 = W3ᵀ δ3   largest |element| %.1e", dx2);
        run.printf("    δ2 = ∂E/∂n2 = (W3ᵀ δ3) ⊙ (1 − x2²)   largest |element| %.1e", delta2);
        run.printf("    δ1 = ∂E/∂n1 = (W2ᵀ δ2) ⊙ (1 − x1²)   largest |element| %.1e", delta1);
        run.printf("  so W1, b1, W2 and b2 do not move (largest |gradient| %.1e); only W3 and b3 learn.",
                Math.max(Math.max(largest(gradient(e, "W1")), largest(gradient(e, "b1"))),
                        Math.max(largest(gradient(e, "W2")), largest(gradient(e, "b2")))));
        Evaluation squared = Transcripts.evaluate(Seed001Q2.BATCH);
        Tensor squaredSums = gradient(squared, "n3").sum(0);
        run.printf("  With squared error (question 2(b)) δ3 = (x3 − Z) ⊙ (1 − x3²), whose columns sum to %s, not 0:",
                show(squaredSums));
        run.printf("  there δ2 is not zero (largest |element| %.1e).", largest(gradient(squared, "n2")));
        run.result("delta3_column_sums", columnSums).result("w3_rows_largest_difference", rowsDiffer)
                .result("delta2_largest", delta2).result("delta1_largest", delta1)
                .result("squared_error_delta3_column_sums", squaredSums.toArray());
    }

    /** The teacher's variant: the same program with X and Z cut to their first column. */
    private static void teachersOneExample(DemoRun run) {
        String source = Transcript.example(EXAMPLE);
        Evaluation full = Transcripts.evaluate(EXAMPLE);
        Evaluation one = Rebinding.evaluate(source, Map.of("X", Seed001Q2.column(value(full, "X"), 0),
                "Z", Seed001Q2.column(value(full, "Z"), 0)));
        Map<String, Tensor> updated = one.updated(LEARNING_RATE);
        run.out().println();
        run.printf("The teacher's solution, the first example only (X, Z cut to their first column; not printed in the");
        run.printf("document, so not compared): δ3 = %s, largest |δ2| %.1e, |δ1| %.1e,", show(gradient(one, "n3")),
                largest(gradient(one, "n2")), largest(gradient(one, "n1")));
        run.printf("  W3 → %s", show(updated.get("W3")));
        run.printf("  b3 → %s", show(updated.get("b3")));
        run.result("one_example_w3_updated", updated.get("W3").toMatrix())
                .result("one_example_b3_updated", updated.get("b3").toArray());
    }

    private static double largest(Tensor t) {
        return t.abs().max().item();
    }

    /** Rows of six decimals: {@code [[0.100000, 0.100000], [...]]}, or {@code [a, b]} for a vector. */
    static String show(Tensor t) {
        if (t.rank() < 2) {
            return row(t.toArray());
        }
        return Arrays.stream(t.toMatrix()).map(Seed001Q3::row).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A vector in scientific notation, for numbers that are zero up to rounding. */
    static String scientific(Tensor t) {
        return Arrays.stream(t.toArray()).mapToObj(v -> String.format(Locale.ROOT, "%.1e", v))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String row(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.6f", v + 0.0))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
