package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code a.matmulAdd(b, c)}, a layer's {@code z} in one node: the same numbers as {@code a.matmul(b).add(c)}, bit for
 * bit, forward and backward, first and second order; a bias that would make the product larger is refused.
 */
class MatmulAddTest {
    private static Tensor random(SplittableRandom rng, int... dims) {
        Shape s = Shape.of(dims);
        return Tensor.of(s, rng.doubles(s.size(), -1, 1).toArray());
    }

    @ParameterizedTest(name = "({0} x {1}) @ ({1} x {2}) + bias of {3} x {4}")
    @CsvSource({
        "1200, 4, 24, 1, 24",   // samples as rows: x @ W + b, b a row
        "10, 2, 350, 10, 1",    // samples as columns: W @ X + b, b a column
        "3, 5, 7, 3, 7",        // a bias of the product's own shape
        "2, 2, 1, 1, 1",        // seed 000: a column and a one-by-one bias
        "40, 30, 20, 0, 0",     // a scalar bias
    })
    void theSameNumbersAsMatmulThenAddForwardAndBackward(int r, int n, int c, int br, int bc) {
        SplittableRandom rng = new SplittableRandom(r * 1000L + c);
        Tensor a = random(rng, r, n);
        Tensor b = random(rng, n, c);
        Tensor bias = br == 0 ? random(rng) : br == 1 && bc == c && r > 1 ? random(rng, c) : random(rng, br, bc);
        Tensor fused = a.matmulAdd(b, bias);
        Tensor twoOps = a.matmul(b).add(bias);
        assertThat(fused.op()).isInstanceOf(Affine.class);
        assertThat(fused.op().name()).isEqualTo("matmul_add");   // as error messages and transcripts call it
        assertThat(fused.sameValues(twoOps)).isTrue();
        Gradients gf = fused.tanh().sum().grad(a, b, bias);
        Gradients gt = twoOps.tanh().sum().grad(a, b, bias);
        for (Tensor t : new Tensor[] {a, b, bias}) {
            assertThat(gf.of(t).sameValues(gt.of(t))).as("gradient of %s", t.shape()).isTrue();
        }
    }

    @Test
    void secondDerivativesGoThroughIt() {
        Tensor x = Tensor.of(new double[][] {{0.5, -0.2}});
        Tensor w = Tensor.of(new double[][] {{0.3}, {0.4}});
        Tensor b = Tensor.of(0.1);
        Tensor fused = x.matmulAdd(w, b).tanh().sum().differentiableGrad().of(w).sum();
        Tensor twoOps = x.matmul(w).add(b).tanh().sum().differentiableGrad().of(w).sum();
        assertThat(fused.grad(w).of(w).allClose(twoOps.grad(w).of(w), 0, 1e-15)).isTrue();
    }

    @Test
    void aVectorOperandActsAsInMatmul() {
        Tensor v = Tensor.of(1.0, 2.0);
        Tensor m = Tensor.of(new double[][] {{1, 0, -1}, {0.5, 0.5, 0.5}});
        assertThat(v.matmulAdd(m, Tensor.of(1.0, 1.0, 1.0)).sameValues(v.matmul(m).add(Tensor.of(1.0, 1.0, 1.0)))).isTrue();
    }

    @Test
    void aBiasThatWouldGrowTheProductIsRefused() {
        Tensor row = Tensor.of(new double[][] {{1, 2}});
        Tensor w = Tensor.of(new double[][] {{1, 0, 0}, {0, 1, 0}});
        assertThatThrownBy(() -> row.matmulAdd(w, Tensor.zeros(4, 1)))
                .isInstanceOf(ShapeException.class)
                .hasMessageContaining("matmul_add").hasMessageContaining("(1,3)").hasMessageContaining("(4,1)");
        assertThatThrownBy(() -> row.matmulAdd(w, Tensor.zeros(2)))
                .isInstanceOf(ShapeException.class).hasMessageContaining("matmul_add");
        assertThatThrownBy(() -> row.matmulAdd(Tensor.zeros(3, 3), Tensor.zeros(3)))
                .isInstanceOf(ShapeException.class).hasMessageContaining("matmul").hasMessageContaining("inner dimensions");
    }
}
