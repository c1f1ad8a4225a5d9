package dev.chainrule.autograd.check;

import dev.chainrule.autograd.Tensor;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;

/**
 * An AssertJ assertion that reverse-mode gradients match central differences, for users' own tests.
 * Needs {@code assertj-core} on the test class path (chainrule declares it optional).
 *
 * <pre>{@code
 * import static dev.chainrule.autograd.check.GradientAssert.assertThatGradients;
 *
 * assertThatGradients(in -> in.get(0).matmul(in.get(1)).tanh().sum(), W, x).matchNumerical();
 * assertThatGradients(in -> myLoss(in.get(0)), w).matchNumerical(1e-8, 1e-6);
 * }</pre>
 */
public final class GradientAssert extends AbstractAssert<GradientAssert, GradCheckReport> {

    private GradientAssert(GradCheckReport report) {
        super(report, GradientAssert.class);
    }

    /** Checks {@code f} at {@code at} now; assert on the result with {@link #matchNumerical()}. */
    public static GradientAssert assertThatGradients(Function<List<Tensor>, Tensor> f, Tensor... at) {
        return new GradientAssert(GradCheck.check(f, at));
    }

    /** Assertions on a report already made. */
    public static GradientAssert assertThat(GradCheckReport report) {
        return new GradientAssert(report);
    }

    /** Every element agrees within the default tolerances ({@code 1e-6 + 1e-4·|numeric|}). */
    public GradientAssert matchNumerical() {
        return matchNumerical(GradCheckReport.DEFAULT_ATOL, GradCheckReport.DEFAULT_RTOL);
    }

    /** Every element agrees within {@code atol + rtol·|numeric|}; the failure lists the elements that do not. */
    public GradientAssert matchNumerical(double atol, double rtol) {
        isNotNull();
        List<GradCheckReport.Entry> failures = actual.failures(atol, rtol);
        if (!failures.isEmpty()) {
            failWithMessage("%d of %d gradient elements differ from central differences by more than %s + %s·|numeric|:%n%s",
                    failures.size(), actual.entries().size(), atol, rtol, new GradCheckReport(failures));
        }
        return this;
    }
}
