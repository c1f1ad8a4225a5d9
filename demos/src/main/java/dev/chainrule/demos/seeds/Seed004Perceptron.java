package dev.chainrule.demos.seeds;

import static dev.chainrule.demos.seeds.Transcripts.value;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Evaluation;
import java.util.Locale;

/**
 * Seed 004, the single sigmoid perceptron {@code ŷ = σ(a₀w₀ + a₁w₁ + a₂w₂ + b)}. Section 2.4 checks a Keras layer
 * against a NumPy recipe that folds the bias into the weights (a constant input 1): the demo computes the same
 * perceptron both ways — the engine's {@code sigmoid(a @ w + b)} and the document's NumPy lines, transcribed — and
 * flags any disagreement. The document's weights are the layer's random initial ones and are never printed, so the
 * demo states its own. Section 6 then works three perceptrons by hand with printed numbers (the 2-2-1 network's
 * neurons, {@code seed004-sigmoid-mse.chain}); those are compared with the computed ones.
 *
 * <pre>{@code
 * ./chainrule demo seed004-perceptron
 * }</pre>
 */
final class Seed004Perceptron implements Demo {
    /** Section 2.4's {@code input_array = np.array([[2,3,4]])}. */
    static final double[] INPUT = {2, 3, 4};
    /** The layer's kernel: stated here, as the document's are random and not printed. */
    static final double[] WEIGHTS = {0.5, -0.25, 0.1};
    static final double BIAS = 0.2;
    static final String NETWORK = "seed004-sigmoid-mse";

    @Override
    public String name() {
        return "seed004-perceptron";
    }

    @Override
    public String summary() {
        return "seed 004 sections 2.4 and 6: a sigmoid perceptron's forward pass, the engine against the hand arithmetic";
    }

    @Override
    public void run(DemoRun run) {
        run.setting("input", INPUT).setting("weights", WEIGHTS).setting("bias", BIAS)
                .setting("program", Transcripts.program(NETWORK));
        Tensor a = Tensor.of(new double[][] {INPUT});                       // one sample, a row, as Keras takes it
        Tensor w = Tensor.param("w", new double[][] {{WEIGHTS[0]}, {WEIGHTS[1]}, {WEIGHTS[2]}});   // Dense's kernel (3, 1)
        Tensor b = Tensor.param("b", BIAS);
        double engine = a.matmul(w).add(b).sigmoid().item();
        double recipe = documentRecipe(INPUT, WEIGHTS, BIAS);
        double difference = Math.abs(engine - recipe);
        run.printf("Section 2.4: the perceptron ŷ = σ(a₀w₀ + a₁w₁ + a₂w₂ + b) on the input a = [2 3 4].");
        run.printf("The document's weights are an untrained Keras layer's random ones and are not printed;");
        run.printf("these are stated: w = [%s, %s, %s], b = %s.", WEIGHTS[0], WEIGHTS[1], WEIGHTS[2], BIAS);
        run.printf("  engine, σ(a @ w + b) (what model(input_array) computes)              ŷ = %.15f", engine);
        run.printf("  the document's NumPy recipe: bias first among the weights, 1 first among");
        run.printf("  the inputs, sum of the products, sigmoid_fn(z) = 1/(1+np.exp(-z))      ŷ = %.15f", recipe);
        run.printf("  %s", difference <= 1e-12 * Math.abs(engine)
                ? String.format(Locale.ROOT, "✓ they agree (difference %.1e, rounding)", difference)
                : String.format(Locale.ROOT, "✗ they disagree by %.3e", difference));

        Evaluation e = Transcripts.evaluate(NETWORK);
        Tensor x = value(e, "x");
        Tensor w1 = value(e, "W1");
        Tensor b1 = value(e, "b1");
        Tensor a1 = value(e, "a1");
        run.out().println();
        run.printf("Section 6 works three perceptrons by hand, to 4 decimals: the neurons of the 2-2-1 network");
        run.printf("(%s), each z = Σᵢ wᵢ·inputᵢ + b and σ(z):", Transcripts.program(NETWORK));
        run.printf("  hidden 0: z = %s", sum(w1.toMatrix()[0], x.toArray(), b1.get(0, 0)));
        run.printf("  hidden 1: z = %s", sum(w1.toMatrix()[1], x.toArray(), b1.get(1, 0)));
        run.printf("  output:   z = %s", sum(value(e, "W2").toArray(), a1.toArray(), value(e, "b2").item()));
        Comparison c = Comparison.begin(run, "Section 6's forward pass as the document prints it:")
                .row("z of hidden 0, 1", value(e, "z1"), "[[0.35], [-0.2]]")
                .row("σ(z), hidden", a1, "[[0.5866], [0.4502]]")
                .row("z of the output", value(e, "z2"), "0.1959")
                .row("ŷ = σ(z)", value(e, "yhat"), "0.5488");
        c.record("printed_section6");
        run.result("output", engine).result("document_recipe_output", recipe).result("difference", difference)
                .result("section6_output", value(e, "yhat").item());
    }

    /**
     * Section 2.4's NumPy lines, transcribed: {@code weights = np.concatenate([bias_weight, input_weights])},
     * {@code input_values = np.concatenate([bias_value, input_array[0]])} with {@code bias_value = [1]},
     * {@code summation = np.sum([inp*weight for ...])}, then the document's {@code sigmoid_fn}. The point is to
     * check the document's own arithmetic against the engine, so it is written out here, not taken from the engine.
     */
    static double documentRecipe(double[] input, double[] inputWeights, double bias) {
        double[] weights = new double[inputWeights.length + 1];
        double[] inputValues = new double[input.length + 1];
        weights[0] = bias;
        inputValues[0] = 1;
        System.arraycopy(inputWeights, 0, weights, 1, inputWeights.length);
        System.arraycopy(input, 0, inputValues, 1, input.length);
        double summation = 0;
        for (int i = 0; i < weights.length; i++) {
            summation += inputValues[i] * weights[i];
        }
        return 1 / (1 + Math.exp(-summation));
    }

    /** {@code w₀·v₀ + w₁·v₁ + … + b}, negative numbers in parentheses, as the document writes it. */
    private static String sum(double[] weights, double[] inputs, double bias) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < weights.length; i++) {
            sb.append(i == 0 ? "" : " + ").append(number(weights[i])).append("·").append(number(inputs[i]));
        }
        return sb.append(" + ").append(number(bias)).toString();
    }

    private static String number(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", ".0");
        return v < 0 ? "(" + s + ")" : s;
    }
}
