package dev.chainrule.demos.seeds;

import static dev.chainrule.demos.seeds.Transcripts.gradient;
import static dev.chainrule.demos.seeds.Transcripts.value;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Evaluation;
import dev.chainrule.demos.grad.Transcript;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seed 001, question 1: the 5-3-2 sigmoid network with squared error. (a) One SGD step with η = 1, as the
 * transcript of {@code seed001-ex1-sigmoid-sgd.chain}; (b) the class of {@code x_new = [1 0 0 0 1]ᵀ} after that
 * step: the same program run again with {@code x ← x_new} and the updated parameters ({@link Rebinding}), and the
 * largest output. The document's printed numbers are compared with the computed ones.
 *
 * <pre>{@code
 * ./chainrule demo seed001-q1
 * }</pre>
 */
final class Seed001Q1 implements Demo {
    static final String EXAMPLE = "seed001-ex1-sigmoid-sgd";
    /** The question's learning rate. */
    static final double LEARNING_RATE = 1.0;
    /** The query point of 1(b), a column like the program's {@code x}. */
    static final Tensor X_NEW = Tensor.of(new double[][] {{1}, {0}, {0}, {0}, {1}});

    @Override
    public String name() {
        return "seed001-q1";
    }

    @Override
    public String summary() {
        return "seed 001 question 1: the 5-3-2 sigmoid network — (a) one SGD step with η = 1, (b) the class of x_new after it";
    }

    @Override
    public void run(DemoRun run) {
        run.setting("program", Transcripts.program(EXAMPLE)).setting("learning_rate", LEARNING_RATE)
                .setting("x_new", X_NEW.toArray());
        run.printf("Question 1(a): one SGD step with η = %s on x = [1 1 0 0 0]ᵀ, z = [1 0]ᵀ; weights 0.1, biases 0.",
                LEARNING_RATE);
        run.printf("The program calls the nets n1, n2 (the document's z[1], z[2]): z is the target.");
        run.out().println();
        Evaluation step = Transcripts.print(run, EXAMPLE, LEARNING_RATE);
        Map<String, Tensor> updated = step.updated(LEARNING_RATE);
        Comparison a = Comparison.begin(run, "Question 1(a) as the document prints it (η = 1):")
                .row("δ2 = ∂E/∂n2", gradient(step, "n2"), "[[-0.113937], [0.13437]]")
                .row("δ1 = ∂E/∂n1", gradient(step, "n1"), "0.00050575")
                .row("∂E/∂w2", gradient(step, "w2"), "[[-0.0626465], [0.0738812]]")
                .row("∂E/∂w1", gradient(step, "w1"), "[[0.00050575, 0.00050575, 0, 0, 0]]")
                .row("w2 updated", updated.get("w2"), "[[0.162647], [0.0261188]]")
                .row("b2 updated", updated.get("b2"), "[[0.113937], [-0.13437]]")
                .row("w1 updated", updated.get("w1"), "[[0.0994943, 0.0994943, 0.1, 0.1, 0.1]]")
                .row("b1 updated", updated.get("b1"), "-0.00050575");
        a.record("printed_1a");

        Map<String, Tensor> query = new LinkedHashMap<>(updated);
        query.put("x", X_NEW);
        Evaluation b = Rebinding.evaluate(Transcript.example(EXAMPLE), query);
        run.out().println();
        run.printf("Question 1(b): the class of x_new = [1 0 0 0 1]ᵀ after the update: the forward pass of the same");
        run.printf("program with x ← x_new and w1, b1, w2, b2 ← their updated values.");
        Comparison c = Comparison.begin(run, "Question 1(b) as the document prints it:")
                .row("n1", value(b, "n1"), "0.198989")
                .row("x1 = σ(n1)", value(b, "x1"), "0.549584")
                .row("n2", value(b, "n2"), "[[0.382101], [-0.0913066]]")
                .row("x2 = σ(n2)", value(b, "x2"), "[[0.59438], [0.477189]]");
        c.record("printed_1b");
        double[] outputs = value(b, "x2").toArray();
        int predicted = argmax(outputs) + 1;
        run.out().println();
        run.printf("The class of x_new: x2 = [%.6f, %.6f]; the largest is output %d, so the network puts x_new in class %d",
                outputs[0], outputs[1], predicted, predicted);
        run.printf("(%s the document's answer, the first class).", predicted == 1 ? "as in" : "NOT");
        run.result("loss", step.target().value().item()).result("checks_passed", step.allChecksPassed())
                .result("outputs_x_new", outputs).result("predicted_class", predicted);
    }

    /** The index of the largest value (the first, on a tie). */
    static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
