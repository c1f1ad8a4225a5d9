package dev.chainrule.autograd;

import static dev.chainrule.autograd.check.GradientAssert.assertThatGradients;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import dev.chainrule.autograd.check.GradCheck;
import dev.chainrule.autograd.check.GradCheckReport;
import dev.chainrule.autograd.check.GradientAssert;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link GradCheck}'s per-element report and the {@link GradientAssert} assertion built on it. */
class GradCheckTest {
    private final Tensor m = Tensor.param("W", new double[][] {{0.3, -1.2, 0.5}, {2.0, 0.1, -0.7}});
    private final Tensor v = Tensor.of(0.4, -0.9, 1.5);

    @Test
    void theReportHasOneEntryPerInputElementInOrder() {
        GradCheckReport report = GradCheck.check(in -> in.get(0).matmul(in.get(1)).tanh().sum(), m, v);
        assertThat(report.entries()).hasSize(6 + 3);
        assertThat(report.entries()).extracting(GradCheckReport.Entry::input).containsExactly(0, 0, 0, 0, 0, 0, 1, 1, 1);
        assertThat(report.entries()).extracting(GradCheckReport.Entry::inputName)
                .containsExactly("W", "W", "W", "W", "W", "W", "input 1", "input 1", "input 1");
        assertThat(report.entries()).extracting(GradCheckReport.Entry::index)
                .containsExactly("(0,0)", "(0,1)", "(0,2)", "(1,0)", "(1,1)", "(1,2)", "(0)", "(1)", "(2)");
        assertThat(report.passed()).isTrue();
        assertThat(report.passed(1e-7, 1e-5)).isTrue();
        assertThat(report.failures(1e-7, 1e-5)).isEmpty();
    }

    @Test
    void analyticValuesAreTheGradientAndNumericValuesAgree() {
        // f(W) = Σ W²: ∂f/∂W = 2W
        GradCheckReport report = GradCheck.check(in -> in.get(0).square().sum(), m);
        double[] w = m.toArray();
        for (int i = 0; i < w.length; i++) {
            GradCheckReport.Entry e = report.entries().get(i);
            assertThat(e.analytic()).isEqualTo(2 * w[i]);
            assertThat(e.numeric()).isCloseTo(2 * w[i], within(1e-8));
            assertThat(e.absoluteError()).isEqualTo(Math.abs(e.analytic() - e.numeric()));
            assertThat(e.absoluteError()).isLessThan(1e-8);
            assertThat(e.relativeError()).isLessThan(1e-7);
        }
    }

    @Test
    void scalarInputsAndNonScalarOutputs() {
        // a vector-valued f is checked through Σ f(x) ⊙ w: every Jacobian element counts
        GradCheckReport report = GradCheck.check(in -> in.get(0).mul(in.get(1)).exp(), Tensor.of(0.3), v);
        assertThat(report.entries()).hasSize(1 + 3);
        assertThat(report.entries().get(0).index()).isEqualTo("()");
        assertThat(report.passed(1e-7, 1e-5)).isTrue();
    }

    @Test
    void entryErrors() {
        GradCheckReport.Entry e = new GradCheckReport.Entry(0, "x", "()", 1.0, 1.5);
        assertThat(e.absoluteError()).isEqualTo(0.5);
        assertThat(e.relativeError()).isEqualTo(0.5 / 1.5);
        assertThat(e.passed(0.5, 0)).isTrue();
        assertThat(e.passed(0.4, 0)).isFalse();
        assertThat(e.passed(0, 1.0 / 3)).isTrue();
        assertThat(new GradCheckReport.Entry(0, "x", "()", 0, 0).relativeError()).isZero();
        assertThat(new GradCheckReport.Entry(0, "x", "()", Double.NaN, 1).passed(1e9, 1e9)).isFalse();
    }

    @Test
    void worstAndFailures() {
        GradCheckReport report = new GradCheckReport(List.of(
                new GradCheckReport.Entry(0, "x", "(0)", 1.0, 1.0),
                new GradCheckReport.Entry(0, "x", "(1)", 2.0, 2.5),
                new GradCheckReport.Entry(0, "x", "(2)", 3.0, 3.1)));
        assertThat(report.worst()).get().extracting(GradCheckReport.Entry::index).isEqualTo("(1)");
        assertThat(report.failures(0.2, 0)).extracting(GradCheckReport.Entry::index).containsExactly("(1)");
        assertThat(report.passed(0.2, 0)).isFalse();
        assertThat(report.passed(0.5, 0)).isTrue();
        GradCheckReport withNaN = new GradCheckReport(List.of(
                new GradCheckReport.Entry(0, "x", "(0)", 1.0, 100.0),
                new GradCheckReport.Entry(0, "x", "(1)", Double.NaN, 2.0)));
        assertThat(withNaN.worst()).get().extracting(GradCheckReport.Entry::index).isEqualTo("(1)");
        assertThat(new GradCheckReport(List.of()).worst()).isEmpty();
    }

    @Test
    void toStringIsATableWithOneLinePerEntry() {
        GradCheckReport report = GradCheck.check(in -> in.get(0).sigmoid().sum(), m);
        String[] lines = report.toString().split("\n");
        assertThat(lines).hasSize(1 + 6);
        assertThat(lines[0]).contains("input", "index", "analytic", "numeric", "abs err", "rel err");
        assertThat(lines[1]).startsWith("W").contains("(0,0)");
        assertThat(lines[6]).contains("(1,2)");
    }

    @Test
    void gradientAssertPassesForACorrectGradient() {
        assertThatGradients(in -> in.get(0).matmul(in.get(1)).tanh().sum(), m, v).matchNumerical();
        assertThatGradients(in -> in.get(0).logSoftmax(1).square().mean(), m).matchNumerical(1e-8, 1e-6);
        GradientAssert.assertThat(GradCheck.check(in -> in.get(0).exp().sum(), v)).matchNumerical();
    }

    @Test
    void gradientAssertFailsForAWrongGradientWithATable() {
        // x ⊙ detach(x) has the value x² but the reverse-mode gradient x instead of 2x
        Tensor x = Tensor.param("x", 0.5, -1.0, 2.0);
        assertThatThrownBy(() -> assertThatGradients(in -> in.get(0).mul(in.get(0).detach()).sum(), x).matchNumerical())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("3 of 3 gradient elements differ from central differences")
                .hasMessageContainingAll("input", "index", "analytic", "numeric", "abs err", "rel err")
                .hasMessageContainingAll("x          (0)", "x          (1)", "x          (2)")
                // analytic x = 0.5 against numeric 2x = 1.0
                .hasMessageContaining("5.000000000000000e-01")
                .hasMessageContaining("1.000000000000000e+00");
    }

    @Test
    void theFailureListsOnlyTheElementsThatDiffer() {
        // the gradient is wrong only where the detached factor is not 1: softmax normalised by a detached sum
        Tensor x = Tensor.of(new double[][] {{0.2, -0.4}, {1.0, 0.3}});
        Throwable thrown = catchThrowable(() -> assertThatGradients(
                in -> in.get(0).exp().div(in.get(0).exp().sum(1, true).detach()), x).matchNumerical());
        assertThat(thrown).isInstanceOf(AssertionError.class).hasMessageContaining("gradient elements differ");
        // and a gradient made wrong in a single element is reported as 1 of n
        Tensor mask = Tensor.of(new double[][] {{1, 0}, {0, 0}});
        Throwable one = catchThrowable(() -> assertThatGradients(
                in -> in.get(0).square().mul(mask.rsub(1.0)).add(in.get(0).detach().mul(in.get(0)).mul(mask)).sum(), x)
                .matchNumerical());
        assertThat(one).isInstanceOf(AssertionError.class)
                .hasMessageContaining("1 of 4 gradient elements differ")
                .hasMessageContaining("(0,0)")
                .hasMessageNotContaining("(1,1)");
    }

    @Test
    void passedIsFalseForAWrongGradient() {
        // x ⊙ detach(x): the value x², the reverse-mode gradient x instead of 2x
        GradCheckReport wrong = GradCheck.check(in -> in.get(0).mul(in.get(0).detach()).sum(), v);
        assertThat(wrong.passed()).isFalse();
        assertThat(wrong.passed(1e-6, 1e-4)).isFalse();
        assertThat(wrong.failures(1e-6, 1e-4)).hasSize(3);
        // and a report of one entry just inside and one just outside the default tolerances
        GradCheckReport.Entry inside = new GradCheckReport.Entry(0, "x", "(0)", 1.0 + 0.9e-4, 1.0);
        GradCheckReport.Entry outside = new GradCheckReport.Entry(0, "x", "(1)", 1.0 + 1.2e-4, 1.0);
        assertThat(new GradCheckReport(List.of(inside)).passed()).isTrue();
        assertThat(new GradCheckReport(List.of(inside, outside)).passed()).isFalse();
    }

    @Test
    void aWrongGradientOfAnyOneOutputElementIsCaught() {
        // f(x) = x, except that output element k reaches x only through a detached copy: its Jacobian row is wrong
        Tensor x = Tensor.of(0.3, -0.7, 1.1);
        for (int k = 0; k < 3; k++) {
            double[] cut = new double[3];
            cut[k] = 1;
            Tensor detached = Tensor.of(cut);
            Tensor kept = detached.rsub(1.0);
            GradCheckReport report = GradCheck.check(in -> in.get(0).mul(kept).add(in.get(0).detach().mul(detached)), x);
            assertThat(report.passed()).as("output element %d", k).isFalse();
            assertThat(report.failures(1e-6, 1e-4)).extracting(GradCheckReport.Entry::index)
                    .as("output element %d", k).containsExactly("(" + k + ")");
        }
    }

    @Test
    void gradientAssertionsChain() {
        assertThatGradients(in -> in.get(0).tanh().sum(), v).matchNumerical().matchNumerical(1e-8, 1e-6).isNotNull();
    }

    @Test
    void badArguments() {
        assertThatThrownBy(() -> GradCheck.check(0.0, in -> in.get(0).sum(), v))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epsilon");
        assertThatThrownBy(() -> GradCheck.check(in -> Tensor.of(1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no inputs");
    }
}
