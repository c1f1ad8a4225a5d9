package dev.chainrule.demos.seeds;

import static dev.chainrule.demos.seeds.Transcripts.gradient;
import static dev.chainrule.demos.seeds.Transcripts.value;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Evaluation;
import dev.chainrule.demos.grad.Transcript;
import java.util.List;
import java.util.Map;

/**
 * Seed 001, question 2: the 4-4-3-3 tanh network with squared error. (a) One SGD step with η = 1 on
 * {@code x = [1 0 1 0]ᵀ}, as the transcript of {@code seed001-ex2a-tanh-sgd.chain}; (b) one step with η = 0.1 on the
 * batch of that example and {@code x = [0 0 10 0]ᵀ}, as the transcript of {@code seed001-ex2-tanh-batch.chain},
 * compared with the document's printed numbers; and the batch's gradient shown to be the sum of the two examples'
 * (the "vanilla" way the document mentions), each example being program (a) run on one column of the batch.
 *
 * <pre>{@code
 * ./chainrule demo seed001-q2
 * }</pre>
 */
final class Seed001Q2 implements Demo {
    static final String ONE_EXAMPLE = "seed001-ex2a-tanh-sgd";
    static final String BATCH = "seed001-ex2-tanh-batch";
    static final double LEARNING_RATE_A = 1.0;
    static final double LEARNING_RATE_B = 0.1;
    private static final List<String> PARAMS = List.of("W1", "b1", "W2", "b2", "W3", "b3");

    @Override
    public String name() {
        return "seed001-q2";
    }

    @Override
    public String summary() {
        return "seed 001 question 2: the 4-4-3-3 tanh network — (a) one example with η = 1, (b) the batch of two with η = 0.1";
    }

    @Override
    public void run(DemoRun run) {
        run.setting("program_a", Transcripts.program(ONE_EXAMPLE)).setting("learning_rate_a", LEARNING_RATE_A)
                .setting("program_b", Transcripts.program(BATCH)).setting("learning_rate_b", LEARNING_RATE_B);
        run.printf("Question 2(a): one SGD step with η = %s on x = [1 0 1 0]ᵀ, z = [0 1 0]ᵀ; weights and biases 0.1.",
                LEARNING_RATE_A);
        run.printf("The document works only the batch of 2(b); the program checks 2(a) against that batch's first column.");
        run.out().println();
        Evaluation a = Transcripts.print(run, ONE_EXAMPLE, LEARNING_RATE_A);

        run.out().println();
        run.printf("Question 2(b): one gradient descent step with η = %s on the batch of 2(a)'s example and", LEARNING_RATE_B);
        run.printf("x = [0 0 10 0]ᵀ, z = [0 0 1]ᵀ, the examples as the columns of X and Z.");
        run.out().println();
        Evaluation b = Transcripts.print(run, BATCH, LEARNING_RATE_B);
        Map<String, Tensor> updated = b.updated(LEARNING_RATE_B);
        Comparison printed = Comparison.begin(run, "Question 2(b) as the document prints it (η = 0.1):")
                .row("n1", value(b, "n1"), "[[0.3, 1.1]]")
                .row("x1", value(b, "x1"), "[[0.291313, 0.800499]]")
                .row("n2", value(b, "n2"), "[[0.216525, 0.4202]]")
                .row("x2", value(b, "x2"), "[[0.213204, 0.397099]]")
                .row("n3", value(b, "n3"), "[[0.163961, 0.21913]]")
                .row("x3", value(b, "x3"), "[[0.162507, 0.215688]]")
                .row("δ3 = ∂E/∂n3", gradient(b, "n3"), "[[0.158216, 0.205654], [-0.815376, 0.205654], [0.158216, -0.747824]]")
                .row("δ2 = ∂E/∂n2", gradient(b, "n2"), "[[-0.0476264, -0.0283452]]")
                .row("δ1 = ∂E/∂n1", gradient(b, "n1"), "[[-0.0130754, -0.00305449]]")
                .row("∂E/∂W3", gradient(b, "W3"), "[[0.115397], [-0.092176], [-0.263228]]")
                .row("∂E/∂b3", gradient(b, "b3"), "[[0.36387], [-0.609721], [-0.589609]]")
                .row("∂E/∂W2", gradient(b, "W2"), "-0.0365645")
                .row("∂E/∂b2", gradient(b, "b2"), "-0.0759716")
                .row("∂E/∂W1", gradient(b, "W1"), "[[-0.0130754, 0, -0.0436203, 0]]")
                .row("∂E/∂b1", gradient(b, "b1"), "-0.0161299")
                .row("W3 updated", updated.get("W3"), "[[0.0884603], [0.109218], [0.126323]]")
                .row("b3 updated", updated.get("b3"), "[[0.063613], [0.160972], [0.158961]]")
                .row("W2 updated", updated.get("W2"), "0.103656")
                .row("b2 updated", updated.get("b2"), "0.107597")
                .row("W1 updated", updated.get("W1"), "[[0.101308, 0.1, 0.104362, 0.1]]")
                .row("b1 updated", updated.get("b1"), "0.101613");
        printed.record("printed_2b");

        double largest = batchIsSumOfExamples(run, b);
        run.result("checks_passed_a", a.allChecksPassed()).result("checks_passed_b", b.allChecksPassed())
                .result("loss_a", a.target().value().item()).result("loss_b", b.target().value().item())
                .result("batch_minus_sum_of_examples", largest);
    }

    /**
     * Runs program (a) on each column of the batch and prints, for every parameter, how far the batch's gradient is
     * from the sum of the two examples' gradients; returns the largest difference.
     */
    private static double batchIsSumOfExamples(DemoRun run, Evaluation batch) {
        Tensor x = value(batch, "X");
        Tensor z = value(batch, "Z");
        String source = Transcript.example(ONE_EXAMPLE);
        Evaluation first = Rebinding.evaluate(source, Map.of("x", column(x, 0), "z", column(z, 0)));
        Evaluation second = Rebinding.evaluate(source, Map.of("x", column(x, 1), "z", column(z, 1)));
        run.out().println();
        run.printf("The batch's gradient is the sum of its examples' (the teacher's way: one update per example, summed).");
        run.printf("Program (a) run on each column of X and Z:");
        double largest = 0;
        for (String p : PARAMS) {
            Tensor sum = gradient(first, p).add(gradient(second, p));
            double difference = gradient(batch, p).sub(sum).abs().max().item();
            largest = Math.max(largest, difference);
            run.printf("  ∂E/∂%-3s of the batch − (example 1 + example 2): largest difference %.1e", p, difference);
        }
        return largest;
    }

    /** Column {@code j} of a matrix, as a column. */
    static Tensor column(Tensor m, int j) {
        double[][] rows = m.toMatrix();
        double[][] col = new double[rows.length][1];
        for (int i = 0; i < rows.length; i++) {
            col[i][0] = rows[i][j];
        }
        return Tensor.of(col);
    }
}
