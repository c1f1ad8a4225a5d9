package dev.chainrule.autograd;

import static dev.chainrule.autograd.TensorClose.assertClose;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The backpropagation formulas that students derive by hand, asserted on the seed networks: the right-hand side is
 * computed from forward values and from other gradients returned by {@link Tensor#grad()}, and must equal the
 * gradient {@code grad()} returns for the left-hand side to 1e-12.
 *
 * <ul>
 *   <li>output layer: {@code δ_L = ŷ − y} for softmax with cross-entropy, {@code δ_L = (ŷ − y) ⊙ f′(z_L)} for ½ squared error;
 *   <li>hidden layers: {@code δ_l = (W_{l+1}ᵀ δ_{l+1}) ⊙ f′(z_l)} for tanh and sigmoid;
 *   <li>weights: {@code ∂E/∂W_l = δ_l x_{l−1}ᵀ} (a sum over the samples of a batch);
 *   <li>biases: {@code ∂E/∂b_l = Σ over columns of δ_l} (one column per sample).
 * </ul>
 *
 * Here δ_l is {@code ∂E/∂z_l}, the gradient of a pre-activation ({@code z1}, {@code u2}, {@code n3}, …).
 */
class DeltaFormulaTest {
    private static final double TOL = 1e-12;

    @Nested
    @DisplayName("output layer δ_L")
    class OutputDelta {
        @Test
        @DisplayName("softmax + cross-entropy (seed 001 q3): δ3 = ∂E/∂n3 = softmax(n3) − Z = ŷ − y")
        void softmaxCrossEntropy() {
            Derivation d = SeedNetworks.seed001SoftmaxCrossEntropy();
            assertFormula("δ3 = x3 − Z", d.grad("n3"), d.get("x3").sub(d.get("Z")));
            // The gradient with respect to the softmax output itself is −Z / x3: the softmax's Jacobian turns it into ŷ − y.
            assertFormula("∂E/∂x3 = −Z / x3", d.grad("x3"), d.get("Z").neg().div(d.get("x3")));
        }

        @Test
        @DisplayName("tanh + (y − ŷ)² (seed 000): ∂L/∂ŷ = 2(ŷ − y), δ2 = 2(ŷ − y) ⊙ (1 − ŷ²)")
        void tanhSquaredError() {
            Derivation d = SeedNetworks.seed000TanhStep();
            Tensor yhat = d.get("yhat");
            Tensor y = d.get("y");
            assertFormula("∂L/∂ŷ = 2(ŷ − y)", d.grad("yhat"), yhat.sub(y).mul(2.0));
            assertFormula("δ2 = 2(ŷ − y) ⊙ (1 − ŷ²)", d.grad("u2"), yhat.sub(y).mul(2.0).mul(tanhPrime(yhat)));
        }

        @Test
        @DisplayName("sigmoid + ½ Σ (x2 − z)² (seed 001 q1a): δ2 = (x2 − z) ⊙ x2 ⊙ (1 − x2)")
        void sigmoidHalfSquaredError() {
            Derivation d = SeedNetworks.seed001SigmoidSgd();
            Tensor x2 = d.get("x2");
            assertFormula("δ2 = (x2 − z) ⊙ σ′", d.grad("n2"), x2.sub(d.get("z")).mul(sigmoidPrime(x2)));
        }

        @Test
        @DisplayName("tanh + ½ Σ (x3 − Z)², a batch (seed 001 q2b): δ3 = (x3 − Z) ⊙ (1 − x3²)")
        void tanhHalfSquaredErrorBatch() {
            Derivation d = SeedNetworks.seed001TanhBatch();
            Tensor x3 = d.get("x3");
            assertFormula("δ3 = (x3 − Z) ⊙ (1 − x3²)", d.grad("n3"), x3.sub(d.get("Z")).mul(tanhPrime(x3)));
        }

        @Test
        @DisplayName("sigmoid + ½ (ŷ − y)² (seed 004): δ2 = (ŷ − y) ⊙ ŷ(1 − ŷ)")
        void sigmoidHalfSquaredErrorSeed004() {
            Derivation d = SeedNetworks.seed004SigmoidMse();
            Tensor yhat = d.get("yhat");
            assertFormula("δ2 = (ŷ − y) ⊙ ŷ(1 − ŷ)", d.grad("z2"), yhat.sub(d.get("y")).mul(sigmoidPrime(yhat)));
        }
    }

    @Nested
    @DisplayName("hidden layers: δ_l = (W_{l+1}ᵀ δ_{l+1}) ⊙ f′(z_l)")
    class HiddenDelta {
        @Test
        @DisplayName("tanh (seed 000): ∂L/∂h1 = W2ᵀ δ2, δ1 = (W2ᵀ δ2) ⊙ (1 − h1²)")
        void tanhSeed000() {
            Derivation d = SeedNetworks.seed000TanhStep();
            Tensor W2 = d.get("W2");
            assertFormula("∂L/∂h1 = W2ᵀ δ2", d.grad("h1"), W2.transpose().matmul(d.grad("u2")));
            assertFormula("δ1 = (W2ᵀ δ2) ⊙ (1 − h1²)", d.grad("z1"),
                    backpropagate(W2, d.grad("u2"), tanhPrime(d.get("h1"))));
        }

        @Test
        @DisplayName("tanh, a batch (seed 001 q2b): δ2 = (W3ᵀ δ3) ⊙ (1 − x2²), δ1 = (W2ᵀ δ2) ⊙ (1 − x1²)")
        void tanhSeed001Batch() {
            Derivation d = SeedNetworks.seed001TanhBatch();
            assertFormula("δ2 = (W3ᵀ δ3) ⊙ (1 − x2²)", d.grad("n2"),
                    backpropagate(d.get("W3"), d.grad("n3"), tanhPrime(d.get("x2"))));
            assertFormula("δ1 = (W2ᵀ δ2) ⊙ (1 − x1²)", d.grad("n1"),
                    backpropagate(d.get("W2"), d.grad("n2"), tanhPrime(d.get("x1"))));
        }

        @Test
        @DisplayName("tanh under softmax (seed 001 q3): W3's rows are equal, so W3ᵀ δ3 = 0 and δ2 = δ1 = 0")
        void tanhUnderSoftmaxSeed001() {
            Derivation d = SeedNetworks.seed001SoftmaxCrossEntropy();
            Tensor delta2 = backpropagate(d.get("W3"), d.grad("n3"), tanhPrime(d.get("x2")));
            assertFormula("δ2 = (W3ᵀ δ3) ⊙ (1 − x2²)", d.grad("n2"), delta2);
            assertFormula("δ2 = 0", d.grad("n2"), Tensor.zeros(3, 2));
            assertFormula("δ1 = (W2ᵀ δ2) ⊙ (1 − x1²)", d.grad("n1"),
                    backpropagate(d.get("W2"), d.grad("n2"), tanhPrime(d.get("x1"))));
            assertFormula("δ1 = 0", d.grad("n1"), Tensor.zeros(4, 2));
        }

        @Test
        @DisplayName("sigmoid (seed 001 q1a): δ1 = (w2ᵀ δ2) ⊙ x1 ⊙ (1 − x1)")
        void sigmoidSeed001() {
            Derivation d = SeedNetworks.seed001SigmoidSgd();
            assertFormula("δ1 = (w2ᵀ δ2) ⊙ x1 ⊙ (1 − x1)", d.grad("n1"),
                    backpropagate(d.get("w2"), d.grad("n2"), sigmoidPrime(d.get("x1"))));
        }

        @Test
        @DisplayName("sigmoid (seed 004): δ1 = (W2ᵀ δ2) ⊙ a1 ⊙ (1 − a1)")
        void sigmoidSeed004() {
            Derivation d = SeedNetworks.seed004SigmoidMse();
            assertFormula("δ1 = (W2ᵀ δ2) ⊙ a1 ⊙ (1 − a1)", d.grad("z1"),
                    backpropagate(d.get("W2"), d.grad("z2"), sigmoidPrime(d.get("a1"))));
        }
    }

    @Nested
    @DisplayName("weights: ∂E/∂W_l = δ_l x_{l−1}ᵀ")
    class WeightGradient {
        @Test
        @DisplayName("seed 000: ∂L/∂W2 = δ2 h1ᵀ, ∂L/∂W1 = δ1 xᵀ")
        void seed000() {
            Derivation d = SeedNetworks.seed000TanhStep();
            assertFormula("∂L/∂W2 = δ2 h1ᵀ", d.grad("W2"), outer(d.grad("u2"), d.get("h1")));
            assertFormula("∂L/∂W1 = δ1 xᵀ", d.grad("W1"), outer(d.grad("z1"), d.get("x")));
        }

        @Test
        @DisplayName("seed 001 q1a: ∂E/∂w2 = δ2 x1ᵀ, ∂E/∂w1 = δ1 xᵀ")
        void seed001Question1a() {
            Derivation d = SeedNetworks.seed001SigmoidSgd();
            assertFormula("∂E/∂w2 = δ2 x1ᵀ", d.grad("w2"), outer(d.grad("n2"), d.get("x1")));
            assertFormula("∂E/∂w1 = δ1 xᵀ", d.grad("w1"), outer(d.grad("n1"), d.get("x")));
        }

        @Test
        @DisplayName("seed 001 q2b, a batch: ∂E/∂W3 = δ3 x2ᵀ, ∂E/∂W2 = δ2 x1ᵀ, ∂E/∂W1 = δ1 Xᵀ")
        void seed001Question2b() {
            Derivation d = SeedNetworks.seed001TanhBatch();
            assertFormula("∂E/∂W3 = δ3 x2ᵀ", d.grad("W3"), outer(d.grad("n3"), d.get("x2")));
            assertFormula("∂E/∂W2 = δ2 x1ᵀ", d.grad("W2"), outer(d.grad("n2"), d.get("x1")));
            assertFormula("∂E/∂W1 = δ1 Xᵀ", d.grad("W1"), outer(d.grad("n1"), d.get("X")));
        }

        @Test
        @DisplayName("seed 001 q3: ∂E/∂W3 = δ3 x2ᵀ = (x3 − Z) x2ᵀ")
        void seed001Question3() {
            Derivation d = SeedNetworks.seed001SoftmaxCrossEntropy();
            assertFormula("∂E/∂W3 = δ3 x2ᵀ", d.grad("W3"), outer(d.grad("n3"), d.get("x2")));
            assertFormula("∂E/∂W3 = (x3 − Z) x2ᵀ", d.grad("W3"), outer(d.get("x3").sub(d.get("Z")), d.get("x2")));
        }

        @Test
        @DisplayName("seed 004: ∂C/∂W2 = δ2 a1ᵀ, ∂C/∂W1 = δ1 xᵀ")
        void seed004() {
            Derivation d = SeedNetworks.seed004SigmoidMse();
            assertFormula("∂C/∂W2 = δ2 a1ᵀ", d.grad("W2"), outer(d.grad("z2"), d.get("a1")));
            assertFormula("∂C/∂W1 = δ1 xᵀ", d.grad("W1"), outer(d.grad("z1"), d.get("x")));
        }
    }

    @Nested
    @DisplayName("biases: ∂E/∂b_l = Σ over columns of δ_l")
    class BiasGradient {
        @Test
        @DisplayName("seed 001 q2b, a batch of two columns: ∂E/∂b_l = δ_l [1 1]ᵀ for l = 3, 2, 1")
        void seed001Question2bBatch() {
            Derivation d = SeedNetworks.seed001TanhBatch();
            assertFormula("∂E/∂b3 = Σ_columns δ3", d.grad("b3"), sumColumns(d.grad("n3")));
            assertFormula("∂E/∂b2 = Σ_columns δ2", d.grad("b2"), sumColumns(d.grad("n2")));
            assertFormula("∂E/∂b1 = Σ_columns δ1", d.grad("b1"), sumColumns(d.grad("n1")));
            // Summing over the columns is summing the two samples' own δ's.
            assertFormula("∂E/∂b3 = δ3[:,0] + δ3[:,1]", d.grad("b3"),
                    d.grad("n3").matmul(Tensor.of(new double[][] {{1}, {0}}))
                            .add(d.grad("n3").matmul(Tensor.of(new double[][] {{0}, {1}}))));
        }

        @Test
        @DisplayName("seed 001 q3, a batch of two columns: ∂E/∂b3 = Σ_columns (x3 − Z)")
        void seed001Question3Batch() {
            Derivation d = SeedNetworks.seed001SoftmaxCrossEntropy();
            assertFormula("∂E/∂b3 = Σ_columns δ3", d.grad("b3"), sumColumns(d.grad("n3")));
            assertFormula("∂E/∂b3 = Σ_columns (x3 − Z)", d.grad("b3"), sumColumns(d.get("x3").sub(d.get("Z"))));
        }

        @Test
        @DisplayName("one sample (seeds 000, 001 q1a, 004): ∂E/∂b_l = δ_l; a scalar bias gets Σ δ_l")
        void oneSample() {
            Derivation s000 = SeedNetworks.seed000TanhStep();
            assertFormula("seed 000: ∂L/∂b1 = δ1", s000.grad("b1"), sumColumns(s000.grad("z1")));
            assertFormula("seed 000: ∂L/∂b2 = Σ δ2 (b2 is a scalar)", s000.grad("b2"), s000.grad("u2").sum());

            Derivation s001 = SeedNetworks.seed001SigmoidSgd();
            assertFormula("seed 001 q1a: ∂E/∂b2 = δ2", s001.grad("b2"), sumColumns(s001.grad("n2")));
            assertFormula("seed 001 q1a: ∂E/∂b1 = δ1", s001.grad("b1"), sumColumns(s001.grad("n1")));

            Derivation s004 = SeedNetworks.seed004SigmoidMse();
            assertFormula("seed 004: ∂C/∂b1 = δ1", s004.grad("b1"), sumColumns(s004.grad("z1")));
            assertFormula("seed 004: ∂C/∂b2 = Σ δ2 (b2 is a scalar)", s004.grad("b2"), s004.grad("z2").sum());
        }
    }

    /** {@code f′(z) = 1 − tanh²(z)}, from the layer's output {@code tanh(z)}. */
    private static Tensor tanhPrime(Tensor activation) {
        return Tensor.of(1.0).sub(activation.mul(activation));
    }

    /** {@code f′(z) = σ(z)(1 − σ(z))}, from the layer's output {@code σ(z)}. */
    private static Tensor sigmoidPrime(Tensor activation) {
        return activation.mul(Tensor.of(1.0).sub(activation));
    }

    /** {@code δ_l = (W_{l+1}ᵀ δ_{l+1}) ⊙ f′(z_l)}. */
    private static Tensor backpropagate(Tensor wNext, Tensor deltaNext, Tensor fPrime) {
        return wNext.transpose().matmul(deltaNext).mul(fPrime);
    }

    /** {@code δ_l x_{l−1}ᵀ}. */
    private static Tensor outer(Tensor delta, Tensor input) {
        return delta.matmul(input.transpose());
    }

    /** {@code δ_l [1 … 1]ᵀ}: the sum over the columns (the samples), a column. */
    private static Tensor sumColumns(Tensor delta) {
        return delta.sum(1, true);
    }

    private static void assertFormula(String formula, Tensor gradient, Tensor formulaValue) {
        assertClose(formula, gradient, formulaValue, TOL);
    }
}
