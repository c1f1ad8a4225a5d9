package dev.chainrule.autograd.check;

import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Numerical gradient checking: compares the reverse-mode gradient of a function with central differences
 * {@code (f(x + ε) - f(x - ε)) / 2ε}, element by element, and reports every comparison.
 *
 * <p>A function with a non-scalar result is checked through {@code sum(f(x) ⊙ w)} with fixed weights
 * {@code w_i = sin(i + 1)}, so that every element of its Jacobian counts.
 *
 * <pre>{@code
 * Tensor x = Tensor.of(new double[][] {{0.3, -1.2}, {2.0, 0.1}});
 * GradCheckReport report = GradCheck.check(in -> in.get(0).tanh().sum(), x);
 * report.passed();        // true
 * System.out.println(report);   // one line per element: index, analytic, numeric, errors
 * }</pre>
 */
public final class GradCheck {
    /** The default step ε: small enough for float64 central differences, large enough to avoid cancellation. */
    public static final double DEFAULT_EPSILON = 1e-6;

    private GradCheck() {
    }

    /** Checks {@code f} at {@code at} with step {@link #DEFAULT_EPSILON}. */
    public static GradCheckReport check(Function<List<Tensor>, Tensor> f, Tensor... at) {
        return check(DEFAULT_EPSILON, f, at);
    }

    /** Checks the gradient of {@code f} with respect to each of its inputs, at {@code at}, with step {@code epsilon}. */
    public static GradCheckReport check(double epsilon, Function<List<Tensor>, Tensor> f, Tensor... at) {
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("gradient check: epsilon must be > 0, got " + epsilon);
        }
        if (at.length == 0) {
            throw new IllegalArgumentException("gradient check: no inputs given");
        }
        List<Tensor> inputs = List.of(at);
        Function<List<Tensor>, Tensor> scalar = xs -> toScalar(f.apply(xs));
        var grads = scalar.apply(inputs).grad();
        List<GradCheckReport.Entry> entries = new ArrayList<>();
        for (int k = 0; k < at.length; k++) {
            double[] analytic = grads.of(at[k]).toArray();
            double[] values = at[k].toArray();
            String name = at[k].name().orElse("input " + k);
            for (int i = 0; i < values.length; i++) {
                double plus = scalar.apply(replace(inputs, k, at[k].shape(), values, i, epsilon)).item();
                double minus = scalar.apply(replace(inputs, k, at[k].shape(), values, i, -epsilon)).item();
                double numeric = (plus - minus) / (2 * epsilon);
                entries.add(new GradCheckReport.Entry(k, name, index(at[k].shape(), i), analytic[i], numeric));
            }
        }
        return new GradCheckReport(entries);
    }

    private static Tensor toScalar(Tensor out) {
        if (out.size() == 1) {
            return out.sum();
        }
        double[] w = new double[out.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.sin(i + 1);
        }
        return out.mul(Tensor.of(out.shape(), w)).sum();
    }

    private static List<Tensor> replace(List<Tensor> inputs, int k, Shape shape, double[] values, int i, double step) {
        double[] moved = values.clone();
        moved[i] += step;
        List<Tensor> copy = new ArrayList<>(inputs);
        copy.set(k, Tensor.of(shape, moved));
        return copy;
    }

    private static String index(Shape shape, int flat) {
        return switch (shape.rank()) {
            case 0 -> "()";
            case 1 -> "(" + flat + ")";
            default -> "(" + flat / shape.cols() + "," + flat % shape.cols() + ")";
        };
    }
}
