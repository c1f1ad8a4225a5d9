package dev.chainrule.nn.optim;

import java.util.function.DoubleFunction;

/**
 * A line search for the strong Wolfe conditions (Nocedal and Wright, Algorithms 3.5 and 3.6): a step α with
 * sufficient decrease {@code f(α) <= f(0) + c₁ α f'(0)} and small slope {@code |f'(α)| <= c₂ |f'(0)|}. The bracket
 * is narrowed by safeguarded quadratic interpolation.
 */
final class LineSearch {
    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;
    private static final int MAX_STEPS = 40;

    private LineSearch() {
    }

    /**
     * The loss and its gradient at one point, flattened.
     *
     * @param loss     the loss
     * @param gradient the gradient, in the order of the flattened parameters
     */
    record Evaluation(double loss, double[] gradient) {
    }

    /**
     * A point on the line.
     *
     * @param alpha    the step
     * @param loss     the loss there
     * @param gradient the full gradient there
     */
    record Point(double alpha, double loss, double[] gradient) {
    }

    /**
     * Searches along {@code d} from a point with loss {@code f0} and slope {@code slope0 < 0}; {@code at(α)}
     * evaluates the loss at {@code x + α d}. Returns null if no acceptable step was found.
     */
    static Point strongWolfe(DoubleFunction<Evaluation> at, double f0, double slope0, double first, double[] d) {
        double prevAlpha = 0;
        double prevLoss = f0;
        double prevSlope = slope0;
        double alpha = first;
        for (int i = 0; i < MAX_STEPS; i++) {
            Evaluation fg = at.apply(alpha);
            double f = fg.loss();
            double slope = LBFGS.dot(fg.gradient(), d);
            if (!Double.isFinite(f) || f > f0 + C1 * alpha * slope0 || (i > 0 && f >= prevLoss)) {
                return zoom(at, f0, slope0, prevAlpha, prevLoss, prevSlope, alpha, f, d);
            }
            if (Math.abs(slope) <= -C2 * slope0) {
                return new Point(alpha, f, fg.gradient());
            }
            if (slope >= 0) {
                return zoom(at, f0, slope0, alpha, f, slope, prevAlpha, prevLoss, d);
            }
            prevAlpha = alpha;
            prevLoss = f;
            prevSlope = slope;
            alpha *= 2;
        }
        return null;
    }

    private static Point zoom(DoubleFunction<Evaluation> at, double f0, double slope0, double lo, double fLo,
                              double slopeLo, double hi, double fHi, double[] d) {
        Point best = null;
        for (int i = 0; i < MAX_STEPS; i++) {
            double alpha = interpolate(lo, fLo, slopeLo, hi, fHi);
            Evaluation fg = at.apply(alpha);
            double f = fg.loss();
            double slope = LBFGS.dot(fg.gradient(), d);
            if (!Double.isFinite(f) || f > f0 + C1 * alpha * slope0 || f >= fLo) {
                hi = alpha;
                fHi = f;
            } else {
                best = new Point(alpha, f, fg.gradient());
                if (Math.abs(slope) <= -C2 * slope0) {
                    return best;
                }
                if (slope * (hi - lo) >= 0) {
                    hi = lo;
                    fHi = fLo;
                }
                lo = alpha;
                fLo = f;
                slopeLo = slope;
            }
            if (Math.abs(hi - lo) < 1e-16 * Math.max(1, Math.abs(lo))) {
                break;
            }
        }
        return best;
    }

    /** The minimiser of the quadratic through (lo, fLo) with slope slopeLo and (hi, fHi), kept inside the bracket. */
    private static double interpolate(double lo, double fLo, double slopeLo, double hi, double fHi) {
        double width = hi - lo;
        double denominator = 2 * (fHi - fLo - slopeLo * width);
        double alpha = Double.isFinite(fHi) && denominator != 0 ? lo - slopeLo * width * width / denominator : Double.NaN;
        double min = Math.min(lo, hi) + 0.1 * Math.abs(width);
        double max = Math.max(lo, hi) - 0.1 * Math.abs(width);
        return Double.isFinite(alpha) && alpha >= min && alpha <= max ? alpha : lo + width / 2;
    }
}
