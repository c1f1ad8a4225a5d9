package dev.chainrule.autograd.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.autograd.Abs;
import dev.chainrule.autograd.Affine;
import dev.chainrule.autograd.Add;
import dev.chainrule.autograd.BroadcastTo;
import dev.chainrule.autograd.Clip;
import dev.chainrule.autograd.Exp;
import dev.chainrule.autograd.LeakyRelu;
import dev.chainrule.autograd.Leaf;
import dev.chainrule.autograd.Log;
import dev.chainrule.autograd.LogSoftmax;
import dev.chainrule.autograd.Matmul;
import dev.chainrule.autograd.Max;
import dev.chainrule.autograd.Mul;
import dev.chainrule.autograd.Neg;
import dev.chainrule.autograd.Op;
import dev.chainrule.autograd.Pow;
import dev.chainrule.autograd.PowScalar;
import dev.chainrule.autograd.Reciprocal;
import dev.chainrule.autograd.Reduction;
import dev.chainrule.autograd.Relu;
import dev.chainrule.autograd.Reshape;
import dev.chainrule.autograd.Rule;
import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.Sigmoid;
import dev.chainrule.autograd.Softmax;
import dev.chainrule.autograd.Sqrt;
import dev.chainrule.autograd.Sum;
import dev.chainrule.autograd.SumTo;
import dev.chainrule.autograd.Tanh;
import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.Transpose;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every derivative exists once, in its op's record: for every op of {@link Op}'s {@code permits} list, the formula
 * its {@link Rule} states (the one transcripts, documents and web pages print) agrees with its {@code vjp} — the
 * local derivative of an element-wise op is the vjp of ones — on examples with broadcasting, reductions along each
 * axis and the special constants (p = 0, 2 of {@code pow}).
 */
class OpRulesTest {
    private static final Random RNG = new Random(20261129);

    /** Away from the kinks of relu, abs, clip and from 0 for log, sqrt and reciprocal. */
    private static Tensor values(Shape shape, double lo, double hi) {
        double[] v = new double[shape.size()];
        for (int i = 0; i < v.length; i++) {
            double u = lo + (hi - lo) * RNG.nextDouble();
            v[i] = Math.abs(u) < 0.05 ? u + Math.copySign(0.1, u) : u;
        }
        return Tensor.of(shape, v);
    }

    private static Tensor any(int... dims) {
        return values(Shape.of(dims), -2, 2);
    }

    private static Tensor positive(int... dims) {
        return values(Shape.of(dims), 0.2, 2);
    }

    /** Examples of every op, as the output nodes they make. */
    static List<Tensor> examples() {
        Tensor m = any(2, 3);
        List<Tensor> out = new ArrayList<>(List.of(
                new Add(any(2, 3), any(3)).forward(),
                new Add(any(2, 1), any(1, 3)).forward(),
                new Mul(any(2, 3), any(2, 1)).forward(),
                new Mul(any(), any(3)).forward(),
                new Neg(m).forward(),
                new Reciprocal(positive(2, 3)).forward(),
                new PowScalar(positive(2, 3), 3.0).forward(),
                new PowScalar(any(2, 3), 2.0).forward(),
                new PowScalar(positive(3), -0.5).forward(),
                new PowScalar(any(3), 0.0).forward(),
                new Pow(positive(2, 3), any(2, 3)).forward(),
                new Pow(positive(2, 3), any()).forward(),
                new Exp(m).forward(),
                new Log(positive(2, 3)).forward(),
                new Sqrt(positive(2, 3)).forward(),
                new Abs(m).forward(),
                new Tanh(m).forward(),
                new Sigmoid(m).forward(),
                new Relu(m).forward(),
                new LeakyRelu(m, 0.1).forward(),
                new Softmax(any(3, 4), 0).forward(),
                new Softmax(any(3, 4), 1).forward(),
                new LogSoftmax(any(3, 4), 0).forward(),
                new LogSoftmax(any(4), 0).forward(),
                new Clip(m, -0.7, 0.9).forward(),
                new Sum(m, Reduction.all(false)).forward(),
                new Sum(m, Reduction.along("sum", m.shape(), 0, false)).forward(),
                new Sum(m, Reduction.along("sum", m.shape(), 1, false)).forward(),
                new Sum(m, Reduction.along("sum", m.shape(), 1, true)).forward(),
                new Max(m, Reduction.all(false)).forward(),
                new Max(m, Reduction.along("max", m.shape(), 1, false)).forward(),
                new Max(Tensor.of(new double[][] {{1, 3, 3}, {2, 0, 2}}), Reduction.along("max", Shape.of(2, 3), 1, true))
                        .forward(),
                new Transpose(m).forward(),
                new Reshape(m, Shape.of(3, 2)).forward(),
                new BroadcastTo(any(3), Shape.of(2, 3)).forward(),
                new BroadcastTo(any(2, 1), Shape.of(2, 3)).forward(),
                new SumTo(m, Shape.of(3)).forward(),
                new SumTo(m, Shape.of(2, 1)).forward(),
                new Matmul(any(2, 3), any(3, 4)).forward(),
                new Affine(any(2, 3), any(3, 4), any(4)).forward(),
                new Affine(any(3, 2), any(2, 4), any(3, 1)).forward(),
                new Affine(any(2, 3), any(3, 4), any(2, 4)).forward()));
        return out;
    }

    /** Each input of each example. */
    static Stream<Object[]> inputs() {
        return examples().stream().flatMap(node -> {
            List<Object[]> each = new ArrayList<>();
            for (int k = 0; k < node.inputs().size(); k++) {
                each.add(new Object[] {node.op().name() + " of " + shapes(node) + ", input " + k, node, k});
            }
            return each.stream();
        });
    }

    private static String shapes(Tensor node) {
        return node.inputs().stream().map(t -> t.shape().toString()).toList().toString();
    }

    @Test
    @DisplayName("the examples cover every op of the permits list")
    void everyOpHasAnExample() {
        Set<Class<?>> covered = new LinkedHashSet<>();
        examples().forEach(t -> covered.add(t.op().getClass()));
        Set<Class<?>> all = new LinkedHashSet<>(Arrays.asList(Op.class.getPermittedSubclasses()));
        all.remove(Leaf.class);
        assertThat(covered).containsExactlyInAnyOrderElementsOf(all);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    @DisplayName("the rule's formula agrees with the vjp")
    void formulaAgreesWithVjp(String what, Tensor node, int input) {
        for (long seed = 1; seed <= 3; seed++) {
            assertThat(RuleFormulaCheck.disagreement(node, input, node.op().rule().derivative(input), seed))
                    .as(what).isEmpty();
        }
    }

    @Test
    @DisplayName("the check fails when a rule's text is changed: tanh's 1 - out^2 written as 1 - out, a dropped transpose")
    void theCheckCanFail() {
        Tensor h = new Tanh(any(2, 3)).forward();
        assertThat(RuleFormulaCheck.disagreement(h, 0, "1 - out ^ 2", 1)).isEmpty();
        assertThat(RuleFormulaCheck.disagreement(h, 0, "1 - out", 1)).isPresent();
        assertThat(RuleFormulaCheck.disagreement(h, 0, "out * (1 - out)", 1)).isPresent();
        Tensor p = new Matmul(any(2, 3), any(3, 3)).forward();
        assertThat(RuleFormulaCheck.disagreement(p, 0, "G @ b", 1)).isPresent();
        Tensor s = new Sigmoid(any(3)).forward();
        assertThat(RuleFormulaCheck.disagreement(s, 0, "out", 1)).isPresent();
    }

    @Test
    @DisplayName("every rule has one formula per input, and its notation and formulas parse")
    void rulesAreWellFormed() {
        for (Tensor node : examples()) {
            Rule r = node.op().rule();
            assertThat(r.derivatives()).as(node.op().name()).hasSize(node.inputs().size());
            Function<String, Expr> parse = Parser::expression;
            assertThat(parse.apply(r.notation())).as(r.notation()).isNotNull();
            r.derivatives().forEach(f -> assertThat(parse.apply(f)).as(f).isNotNull());
        }
    }
}
