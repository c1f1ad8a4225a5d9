package dev.chainrule.nn.optim;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.nn.Params;
import dev.chainrule.nn.optim.LineSearch.Evaluation;
import io.vavr.Tuple2;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Limited-memory BFGS for full-batch problems (scikit-learn's default solver, seed 003 Task 11): a quasi-Newton
 * direction from the last {@code history} steps (the two-loop recursion), and a line search that finds a step
 * satisfying the strong Wolfe conditions. Stops when the largest gradient element is below
 * {@code gradientTolerance}, when the loss falls by less than {@code tolerance} (relative) in an iteration, or after
 * the given number of iterations or {@code maxEvaluations} evaluations. A {@link Solver}: the
 * {@link dev.chainrule.nn.train.Trainer} runs it on the full batch, one iteration per epoch
 * ({@code epochs(n)} is the iteration limit); {@link #minimize} runs it on any objective.
 *
 * <pre>{@code
 * Trainer.of(net, new MeanSquaredError(), new LBFGS()).epochs(200).fit(start, data);      // in the training loop
 * Params start = Params.of("x", Tensor.of(-1.2), "y", Tensor.of(1.0));
 * LBFGS.Result r = new LBFGS().minimize(LBFGS.objective(p -> p.get("x").rsub(1).square()
 *         .add(p.get("y").sub(p.get("x").square()).square().mul(100)).sum()), start, 100);    // Rosenbrock
 * r.params();   r.loss();   r.converged();
 * }</pre>
 *
 * @param history           the number of (step, gradient change) pairs remembered
 * @param maxEvaluations    at most this many loss evaluations
 * @param gradientTolerance stop when {@code max |g_i|} is at most this
 * @param tolerance         stop when the relative decrease of the loss is at most this
 */
public record LBFGS(int history, int maxEvaluations, double gradientTolerance, double tolerance) implements Solver {
    public LBFGS {
        if (history < 1 || maxEvaluations < 1) {
            throw new IllegalArgumentException("LBFGS: history and maxEvaluations must be >= 1, got " + history
                    + " and " + maxEvaluations);
        }
        Optimizer.nonNegative("LBFGS: gradient tolerance", gradientTolerance);
        Optimizer.nonNegative("LBFGS: tolerance", tolerance);
    }

    /** History 10, 15000 evaluations (scikit-learn's {@code max_fun}) and tolerances 1e-5 and 1e-9. */
    public LBFGS() {
        this(10, 15000, 1e-5, 1e-9);
    }

    /** The loss at some parameters and its gradient. */
    public record Value(double loss, Params grads) {
    }

    /** What is minimised: parameters to loss and gradient. */
    @FunctionalInterface
    public interface Objective {
        Value evaluate(Params params);
    }

    /**
     * An objective from a loss written with tensor ops on the parameters; reverse mode gives the gradient
     * ({@link Params#gradientsFrom(Tensor)}: only along the paths to the parameters, and an error for a parameter the
     * loss does not depend on).
     */
    public static Objective objective(Function<Params, Tensor> loss) {
        return p -> {
            Tensor l = loss.apply(p);
            return new Value(l.item(), p.gradientsFrom(l));
        };
    }

    /**
     * The outcome.
     *
     * @param params      the best parameters found
     * @param loss        their loss
     * @param iterations  iterations taken
     * @param evaluations loss evaluations made
     * @param converged   whether a tolerance was met (rather than a limit)
     * @param reason      why it stopped, in words
     * @param losses      the loss after each iteration (the first entry is the starting loss)
     */
    public record Result(Params params, double loss, int iterations, int evaluations, boolean converged, String reason,
                         List<Double> losses) {
    }

    /**
     * What each iteration reports to {@link #minimize(Objective, Params, int, Consumer)}.
     *
     * @param number the iteration, from 1
     * @param params the parameters after it
     * @param loss   their loss
     */
    public record Iteration(int number, Params params, double loss) {
    }

    /** Minimises {@code f} from {@code start} in at most {@code maxIterations} iterations. */
    public Result minimize(Objective f, Params start, int maxIterations) {
        return minimize(f, start, maxIterations, iteration -> { });
    }

    /** Like {@link #minimize(Objective, Params, int)}, telling {@code afterEach} about every iteration. */
    public Result minimize(Objective f, Params start, int maxIterations, Consumer<Iteration> afterEach) {
        if (maxIterations < 0) {
            throw new IllegalArgumentException("LBFGS: maxIterations must be >= 0, got " + maxIterations);
        }
        Counter fx = new Counter(f, start);
        double[] x = flatten(start);
        Evaluation fg = fx.at(x);
        double loss = fg.loss();
        double[] g = fg.gradient();
        Deque<Pair> pairs = new ArrayDeque<>();
        List<Double> losses = new ArrayList<>(List.of(loss));
        for (int k = 0; k < maxIterations; k++) {
            if (maxAbs(g) <= gradientTolerance) {
                return done(start, x, loss, k, fx, true, "the gradient is below " + gradientTolerance, losses);
            }
            double[] d = direction(g, pairs);
            if (dot(g, d) >= 0) {
                d = scale(g, -1);
                pairs.clear();
            }
            double first = k == 0 && pairs.isEmpty() ? Math.min(1.0, 1.0 / Math.max(1e-12, norm1(g))) : 1.0;
            double[] from = x;
            double[] along = d;
            LineSearch.Point p = LineSearch.strongWolfe(alpha -> fx.at(axpy(alpha, along, from)), loss, dot(g, d), first, d);
            if (p == null) {
                return done(start, x, loss, k, fx, false, "the line search found no step that lowers the loss", losses);
            }
            double[] xNew = axpy(p.alpha(), d, x);
            double[] s = subtract(xNew, x);
            double[] y = subtract(p.gradient(), g);
            if (dot(s, y) > 1e-10 * dot(y, y)) {
                pairs.addLast(new Pair(s, y));
                if (pairs.size() > history) {
                    pairs.removeFirst();
                }
            }
            double decrease = (loss - p.loss()) / Math.max(Math.max(Math.abs(loss), Math.abs(p.loss())), 1.0);
            x = xNew;
            loss = p.loss();
            g = p.gradient();
            losses.add(loss);
            afterEach.accept(new Iteration(k + 1, unflatten(x, start), loss));
            if (decrease <= tolerance) {
                return done(start, x, loss, k + 1, fx, true, "the loss decreased by less than " + tolerance, losses);
            }
            if (fx.count >= maxEvaluations) {
                return done(start, x, loss, k + 1, fx, false, "reached " + maxEvaluations + " evaluations", losses);
            }
        }
        return done(start, x, loss, maxIterations, fx, false, "reached " + maxIterations + " iterations", losses);
    }

    /** {@code -H g} by the two-loop recursion, with {@code H₀ = (sᵀy / yᵀy) I} from the newest pair. */
    private static double[] direction(double[] g, Deque<Pair> pairs) {
        double[] q = g.clone();
        double[] alphas = new double[pairs.size()];
        int i = pairs.size() - 1;
        for (Iterator<Pair> it = pairs.descendingIterator(); it.hasNext(); i--) {
            Pair sy = it.next();
            alphas[i] = dot(sy.s(), q) / dot(sy.y(), sy.s());
            q = axpy(-alphas[i], sy.y(), q);
        }
        if (!pairs.isEmpty()) {
            Pair last = pairs.getLast();
            q = scale(q, dot(last.s(), last.y()) / dot(last.y(), last.y()));
        }
        i = 0;
        for (Pair sy : pairs) {
            double beta = dot(sy.y(), q) / dot(sy.y(), sy.s());
            q = axpy(alphas[i++] - beta, sy.s(), q);
        }
        return scale(q, -1);
    }

    /**
     * One remembered step: {@code s = x_{k+1} - x_k} and the change of the gradient {@code y = g_{k+1} - g_k}.
     *
     * @param s the step
     * @param y the gradient's change
     */
    private record Pair(double[] s, double[] y) {
    }

    @Override
    public String describe() {
        return "L-BFGS(history=" + history + ")";
    }

    private Result done(Params like, double[] x, double loss, int k, Counter fx, boolean ok, String why, List<Double> losses) {
        return new Result(unflatten(x, like), loss, k, fx.count, ok, why, List.copyOf(losses));
    }

    /** Counts evaluations and converts between flat vectors and parameters. */
    private static final class Counter {
        private final Objective f;
        private final Params like;
        private int count;

        Counter(Objective f, Params like) {
            this.f = f;
            this.like = like;
        }

        /** The loss and the gradient at {@code x}. */
        Evaluation at(double[] x) {
            count++;
            Value v = f.evaluate(unflatten(x, like));
            return new Evaluation(v.loss(), flatten(v.grads()));
        }
    }

    static double[] flatten(Params p) {
        double[] out = new double[p.count()];
        int at = 0;
        for (Tuple2<String, Tensor> e : p) {
            double[] v = e._2.toArray();
            System.arraycopy(v, 0, out, at, v.length);
            at += v.length;
        }
        return out;
    }

    /** {@code like} with its values replaced by consecutive runs of {@code x} (names, order and weights kept). */
    static Params unflatten(double[] x, Params like) {
        Params out = like;
        int at = 0;
        for (Tuple2<String, Tensor> e : like) {
            int n = e._2.size();
            out = out.with(e._1, Tensor.of(e._2.shape(), java.util.Arrays.copyOfRange(x, at, at + n)));
            at += n;
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double[] axpy(double alpha, double[] x, double[] y) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = y[i] + alpha * x[i];
        }
        return out;
    }

    private static double[] scale(double[] x, double c) {
        return axpy(c - 1, x, x);
    }

    private static double[] subtract(double[] a, double[] b) {
        return axpy(-1, b, a);
    }

    private static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static double norm1(double[] x) {
        double s = 0;
        for (double v : x) {
            s += Math.abs(v);
        }
        return s;
    }
}
