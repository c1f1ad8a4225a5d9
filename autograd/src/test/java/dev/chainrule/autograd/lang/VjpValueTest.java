package dev.chainrule.autograd.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.autograd.Affine;
import dev.chainrule.autograd.Matmul;
import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.Tensor;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast first-order path computes each op's rule as its {@code vjp} does: {@code vjpValue} equals {@code vjp} bit
 * for bit for every element-wise and structural op, and within a few ulps for a matrix product (whose sums may run
 * in another order, also inside {@code matmul_add}), on the examples of {@link OpRulesTest}.
 */
class VjpValueTest {
    static Stream<Object[]> inputs() {
        return OpRulesTest.inputs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    @DisplayName("vjpValue is vjp")
    void vjpValueIsVjp(String what, Tensor node, int input) {
        for (long seed = 1; seed <= 3; seed++) {
            Tensor g = RuleFormulaCheck.random(node.shape(), new Random(seed));
            Tensor rule = node.op().vjp(input, node, g);
            Tensor fast = node.op().vjpValue(input, node, g);
            assertThat(fast.shape()).as(what).isEqualTo(rule.shape());
            if (node.op() instanceof Matmul || node.op() instanceof Affine) {
                assertThat(fast.allClose(rule, 1e-14, 1e-13)).as(what + ": " + fast + " vs " + rule).isTrue();
            } else {
                assertThat(fast.sameValues(rule)).as(what + ": " + fast + " vs " + rule).isTrue();
            }
        }
    }

    @Test
    @DisplayName("products of every size and vector operand, both gradients, agree with the rule")
    void productsOfEverySize() {
        Random rng = new Random(11);
        int[][] sizes = {{1, 1, 1}, {3, 4, 5}, {1, 7, 1}, {64, 64, 64}, {130, 70, 90}, {200, 300, 20}};
        for (int[] s : sizes) {
            Tensor a = RuleFormulaCheck.random(Shape.matrix(s[0], s[1]), rng);
            Tensor b = RuleFormulaCheck.random(Shape.matrix(s[1], s[2]), rng);
            Tensor out = a.matmul(b);
            Tensor g = RuleFormulaCheck.random(out.shape(), rng);
            for (int k = 0; k < 2; k++) {
                Tensor rule = out.op().vjp(k, out, g);
                Tensor fast = out.op().vjpValue(k, out, g);
                assertThat(fast.allClose(rule, 1e-12, 1e-12)).as("%s input %d", java.util.Arrays.toString(s), k).isTrue();
            }
        }
        Tensor v = Tensor.of(0.5, -1.0, 2.0);
        Tensor m = RuleFormulaCheck.random(Shape.matrix(3, 2), rng);
        for (Tensor out : new Tensor[] {v.matmul(m), m.transpose().matmul(v), v.matmul(v)}) {
            Tensor g = RuleFormulaCheck.random(out.shape(), rng);
            for (int k = 0; k < 2; k++) {
                assertThat(out.op().vjpValue(k, out, g).allClose(out.op().vjp(k, out, g), 1e-15, 1e-14)).isTrue();
            }
        }
    }

    @Test
    @DisplayName("grad() gives what the differentiable path gives, on a whole network")
    void gradMatchesTheDifferentiablePath() {
        Random rng = new Random(5);
        Tensor x = RuleFormulaCheck.random(Shape.matrix(30, 4), rng);
        Tensor w1 = RuleFormulaCheck.random(Shape.matrix(4, 8), rng);
        Tensor b1 = RuleFormulaCheck.random(Shape.vector(8), rng);
        Tensor w2 = RuleFormulaCheck.random(Shape.matrix(8, 3), rng);
        Tensor L = x.matmul(w1).add(b1).tanh().matmul(w2).logSoftmax(1).mul(-1.0 / 30).sum();
        var fast = L.grad();
        var slow = L.differentiableGrad();
        for (Tensor t : new Tensor[] {x, w1, b1, w2}) {
            assertThat(fast.of(t).allClose(slow.of(t), 1e-14, 1e-12)).isTrue();
            assertThat(fast.of(t).isLeaf()).isTrue();
        }
    }
}
