package dev.chainrule.autograd;

import static dev.chainrule.autograd.TensorClose.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The hand derivations of the seeds, reproduced with the Java API to the last digit: each network is built as its
 * {@code .chain} file builds it ({@link SeedNetworks}), and every forward value, every gradient (the δ of every
 * intermediate, the weight and bias gradients, and those of the inputs and targets) and every updated parameter
 * {@code θ − 0.1·∂E/∂θ} must equal PyTorch's float64 numbers ({@code demos/examples/*.expected.json}) to 1e-12.
 * Then the numbers the source printed (the {@code .chain} file's numeric checks) are checked as the file states
 * them. The formula checks ({@code grad(L, z1) == …}) are {@link DeltaFormulaTest}'s.
 */
class SeedDerivationTest {
    /** The learning rate of every fixture's {@code updated} ({@code chainrule grad --lr 0.1}). */
    private static final double LR = 0.1;

    @Test
    @DisplayName("seed 000, Exercise 1: one step of a 2-2-1 tanh network, L = (y − ŷ)², η = 0.1")
    void seed000Exercise1() {
        Derivation d = SeedNetworks.seed000TanhStep();
        SeedFixture pytorch = reproducedExactly(d, "seed000-ex1-tanh-step");

        // The derivation as printed in the source (6 decimals).
        pytorch.assertClaimHolds("check z1 == [[0.27], [-0.18]]",
                d.get("z1"), Tensor.of(new double[][] {{0.27}, {-0.18}}), 1e-9);
        pytorch.assertClaimHolds("check h1 == [[0.263625], [-0.178081]] within 1e-6",
                d.get("h1"), Tensor.of(new double[][] {{0.263625}, {-0.178081}}), 1e-6);
        pytorch.assertClaimHolds("check L == 0.40037691 within 1e-6",
                d.get("L"), Tensor.of(0.40037691), 1e-6);
        pytorch.assertClaimHolds("check grad(L, W1) == [[-0.254685, 0.101874], [0.159016, -0.063606]] within 1e-6",
                d.grad("W1"), Tensor.of(new double[][] {{-0.254685, 0.101874}, {0.159016, -0.063606}}), 1e-6);
        pytorch.assertClaimHolds("check W2 - 0.1 * grad(L, W2) == [[0.528862, -0.319497]] within 1e-6",
                d.updated("W2", 0.1), Tensor.of(new double[][] {{0.528862, -0.319497}}), 1e-6);
    }

    @Test
    @DisplayName("seed 001, question 1(a): 5-3-2 sigmoid network, E = ½ Σ (x2 − z)²")
    void seed001Question1a() {
        Derivation d = SeedNetworks.seed001SigmoidSgd();
        SeedFixture pytorch = reproducedExactly(d, "seed001-ex1-sigmoid-sgd");

        pytorch.assertClaimHolds("check grad(E, n2) == [[-0.113937], [0.13437]] within 1e-6",
                d.grad("n2"), Tensor.of(new double[][] {{-0.113937}, {0.13437}}), 1e-6);
        // The source steps with η = 1 (the fixture's `updated` with 0.1).
        pytorch.assertClaimHolds("check w2 - grad(E, w2) == [[0.162647, 0.162647, 0.162647], "
                        + "[0.0261188, 0.0261188, 0.0261188]] within 1e-6",
                d.updated("w2", 1.0),
                Tensor.of(new double[][] {{0.162647, 0.162647, 0.162647}, {0.0261188, 0.0261188, 0.0261188}}), 1e-6);
    }

    @Test
    @DisplayName("seed 001, question 2(b): 4-4-3-3 tanh network, a batch of two columns, η = 0.1")
    void seed001Question2b() {
        Derivation d = SeedNetworks.seed001TanhBatch();
        SeedFixture pytorch = reproducedExactly(d, "seed001-ex2-tanh-batch");

        pytorch.assertClaimHolds("check grad(E, n3) == [[0.158216, 0.205654], [-0.815376, 0.205654], "
                        + "[0.158216, -0.747824]] within 1e-6",
                d.grad("n3"), Tensor.of(new double[][] {{0.158216, 0.205654}, {-0.815376, 0.205654}, {0.158216, -0.747824}}),
                1e-6);
        pytorch.assertClaimHolds("check b3 - 0.1 * grad(E, b3) == [[0.063613], [0.160972], [0.158961]] within 1e-6",
                d.updated("b3", 0.1), Tensor.of(new double[][] {{0.063613}, {0.160972}, {0.158961}}), 1e-6);
    }

    @Test
    @DisplayName("seed 001, question 3: the same network with softmax and cross-entropy; the hidden δ's vanish")
    void seed001Question3() {
        Derivation d = SeedNetworks.seed001SoftmaxCrossEntropy();
        SeedFixture pytorch = reproducedExactly(d, "seed001-ex3-softmax-ce");

        pytorch.assertClaimHolds("check grad(E, n2) == zeros(3, 2) within 1e-12",
                d.grad("n2"), Tensor.zeros(3, 2), 1e-12);
        pytorch.assertClaimHolds("check W3 - 0.1 * grad(E, W3) == [[0.0796566, 0.0796566, 0.0796566], "
                        + "[0.100977, 0.100977, 0.100977], [0.119366, 0.119366, 0.119366]] within 1e-6",
                d.updated("W3", 0.1), Tensor.of(new double[][] {
                        {0.0796566, 0.0796566, 0.0796566}, {0.100977, 0.100977, 0.100977}, {0.119366, 0.119366, 0.119366}}),
                1e-6);
    }

    @Test
    @DisplayName("seed 004, section 6: 2-2-1 sigmoid network, C = ½ (ŷ − y)²")
    void seed004Section6() {
        Derivation d = SeedNetworks.seed004SigmoidMse();
        SeedFixture pytorch = reproducedExactly(d, "seed004-sigmoid-mse");

        pytorch.assertClaimHolds("check grad(C, W1) == [[-0.0041, 0.0121], [0.0056, -0.0166]] within 1e-4",
                d.grad("W1"), Tensor.of(new double[][] {{-0.0041, 0.0121}, {0.0056, -0.0166}}), 1e-4);
        pytorch.assertClaimHolds("check C == 0.1018 within 1e-4", d.get("C"), Tensor.of(0.1018), 1e-4);
    }

    @Test
    @DisplayName("seed 004, section 6, as published: C = 0.101780…, not the source's 0.1010")
    void seed004PublishedSlip() {
        Derivation d = SeedNetworks.seed004SigmoidMse();
        SeedFixture pytorch = reproducedExactly(d, "seed004-published-slip");

        // The source's ŷ and δ2, rounded to 4 decimals, are right ...
        pytorch.assertClaimHolds("check yhat == 0.5488 within 1e-4", d.get("yhat"), Tensor.of(0.5488), 1e-4);
        pytorch.assertClaimHolds("check grad(C, z2) == -0.1118 within 1e-4", d.grad("z2"), Tensor.of(-0.1118), 1e-4);
        // ... but its loss is not: ½ (0.5488 − 1)² = ½ · 0.4512² = 0.1018, printed as 0.1010.
        pytorch.assertClaimFails("check C == 0.1010 within 5e-5", d.get("C"), Tensor.of(0.1010), 5e-5);
        assertClose("C", d.get("C"), Tensor.of(0.101780), 1e-6);
        assertThat(0.5 * 0.4512 * 0.4512).as("the source's own arithmetic").isCloseTo(0.1018, within(1e-4));
    }

    /**
     * Compares the whole derivation with the PyTorch fixture {@code name}: the same names, then the forward values,
     * the gradients and the parameters after one step with η = 0.1, each to 1e-12.
     */
    private static SeedFixture reproducedExactly(Derivation d, String name) {
        SeedFixture pytorch = SeedFixture.load(name);
        pytorch.assertSameNames(d);
        pytorch.assertValues(d);
        pytorch.assertGradients(d);
        pytorch.assertUpdated(d, LR);
        return pytorch;
    }
}
