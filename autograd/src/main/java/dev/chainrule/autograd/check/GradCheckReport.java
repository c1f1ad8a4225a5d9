package dev.chainrule.autograd.check;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The result of a {@link GradCheck}: one {@link Entry} per input element.
 *
 * <pre>{@code
 * GradCheckReport r = GradCheck.check(in -> in.get(0).sigmoid().sum(), Tensor.of(0.5, -2.0));
 * r.passed(1e-6, 1e-4);          // every |analytic - numeric| <= 1e-6 + 1e-4 |numeric|
 * r.worst().absoluteError();     // the largest disagreement
 * }</pre>
 *
 * @param entries every comparison, in input order then row-major element order
 */
public record GradCheckReport(List<Entry> entries) {
    /** Default absolute tolerance of {@link #passed()}. */
    public static final double DEFAULT_ATOL = 1e-6;
    /** Default relative tolerance of {@link #passed()}. */
    public static final double DEFAULT_RTOL = 1e-4;

    public GradCheckReport {
        entries = List.copyOf(entries);
    }

    /**
     * One element's comparison.
     *
     * @param input     which input (0-based)
     * @param inputName the input's name, or {@code "input k"}
     * @param index     the element, as {@code ()}, {@code (i)} or {@code (i,j)}
     * @param analytic  the reverse-mode gradient
     * @param numeric   the central-difference estimate
     */
    public record Entry(int input, String inputName, String index, double analytic, double numeric) {
        /** {@code |analytic - numeric|}. */
        public double absoluteError() {
            return Math.abs(analytic - numeric);
        }

        /** {@code |analytic - numeric| / max(|analytic|, |numeric|)}, 0 when both are 0. */
        public double relativeError() {
            double scale = Math.max(Math.abs(analytic), Math.abs(numeric));
            return scale == 0 ? 0 : absoluteError() / scale;
        }

        /** {@code |analytic - numeric| <= atol + rtol·|numeric|} (false for NaN). */
        public boolean passed(double atol, double rtol) {
            return absoluteError() <= atol + rtol * Math.abs(numeric);
        }
    }

    /** True when every entry passes the default tolerances. */
    public boolean passed() {
        return passed(DEFAULT_ATOL, DEFAULT_RTOL);
    }

    /** True when every entry passes {@code atol + rtol·|numeric|}. */
    public boolean passed(double atol, double rtol) {
        return entries.stream().allMatch(e -> e.passed(atol, rtol));
    }

    /** The entries that fail the given tolerances. */
    public List<Entry> failures(double atol, double rtol) {
        return entries.stream().filter(e -> !e.passed(atol, rtol)).toList();
    }

    /** The entry with the largest absolute error (NaN counts as largest), if any. */
    public Optional<Entry> worst() {
        return entries.stream().max(Comparator.comparingDouble(
                e -> Double.isNaN(e.absoluteError()) ? Double.POSITIVE_INFINITY : e.absoluteError()));
    }

    /** A table: input, index, analytic, numeric, absolute and relative error. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format("%-10s %-8s %22s %22s %10s %10s%n",
                "input", "index", "analytic", "numeric", "abs err", "rel err"));
        for (Entry e : entries) {
            sb.append(String.format("%-10s %-8s %22.15e %22.15e %10.2e %10.2e%n", e.inputName(), e.index(),
                    e.analytic(), e.numeric(), e.absoluteError(), e.relativeError()));
        }
        return sb.toString();
    }
}
