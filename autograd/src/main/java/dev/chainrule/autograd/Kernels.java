package dev.chainrule.autograd;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The loops behind the ops: broadcasting element-wise arithmetic, reductions and softmax over the
 * two-dimensional view of a shape (see {@link Shape#rows()}). Inputs are never modified; each result is a fresh array.
 */
final class Kernels {
    private Kernels() {
    }

    static double[] add(Shape s, Tensor a, Tensor b) {
        double[] x = a.data;
        double[] y = b.data;
        if (a.shape.equals(s) && b.shape.equals(s)) {
            double[] out = new double[x.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = x[i] + y[i];
            }
            return out;
        }
        return broadcast(s, a, b, false);
    }

    /**
     * {@code out += c} in place, {@code out} being of shape {@code s} and {@code c} broadcast to it (a bias added to
     * a product); each element as {@link #add} makes it.
     */
    static void addInto(double[] out, Shape s, Tensor c) {
        int rows = s.rows();
        int cols = s.cols();
        double[] y = c.data;
        int rowStep = c.shape.rows() == 1 ? 0 : c.shape.cols();
        int colStep = c.shape.cols() == 1 ? 0 : 1;
        if (rowStep == 0 && colStep == 1) {
            RowKernel.addRow(out, rows, cols, y);
            return;
        }
        for (int i = 0; i < rows; i++) {
            int o = i * cols;
            int yi = i * rowStep;
            if (colStep == 0) {
                double u = y[yi];
                for (int j = 0; j < cols; j++) {
                    out[o + j] += u;
                }
            } else {
                for (int j = 0; j < cols; j++) {
                    out[o + j] += y[yi + j];
                }
            }
        }
    }

    /** {@code a + b} of two tensors of the same shape, as a new leaf: the sum of two gradients of one node. */
    static Tensor sum(Tensor a, Tensor b) {
        double[] x = a.data;
        double[] y = b.data;
        double[] out = new double[x.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = x[i] + y[i];
        }
        return Tensor.leaf(a.shape, out);
    }

    /** {@code g} summed down to {@code target} (itself when the shapes are equal), as a leaf. */
    static Tensor sumToValue(Tensor g, Shape target) {
        return g.shape.equals(target) ? g : Tensor.leaf(target, sumTo(g, target));
    }

    static double[] mul(Shape s, Tensor a, Tensor b) {
        double[] x = a.data;
        double[] y = b.data;
        if (a.shape.equals(b.shape)) {
            double[] out = new double[x.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = x[i] * y[i];
            }
            return out;
        }
        if (y.length == 1) {
            double k = y[0];
            double[] out = new double[x.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = x[i] * k;
            }
            return out;
        }
        return broadcast(s, a, b, true);
    }

    /**
     * {@code a + b} or {@code a * b} over the broadcast shape {@code s}: {@link #binary} without the call through an
     * operator per element, for the two operations every network does on broadcast biases and scales.
     */
    private static double[] broadcast(Shape s, Tensor a, Tensor b, boolean multiply) {
        int rows = s.rows();
        int cols = s.cols();
        double[] out = new double[rows * cols];
        double[] x = a.data;
        double[] y = b.data;
        int ac = a.shape.cols();
        int bc = b.shape.cols();
        int xStep = a.shape.rows() == 1 ? 0 : ac;
        int yStep = b.shape.rows() == 1 ? 0 : bc;
        for (int i = 0; i < rows; i++) {
            int xi = i * xStep;
            int yi = i * yStep;
            int o = i * cols;
            if (ac == 1 && bc != 1) {
                scalarAndRow(multiply, x[xi], y, yi, out, o, cols);
            } else if (bc == 1 && ac != 1) {
                scalarAndRow(multiply, y[yi], x, xi, out, o, cols);
            } else if (ac == 1) {
                java.util.Arrays.fill(out, o, o + cols, multiply ? x[xi] * y[yi] : x[xi] + y[yi]);
            } else if (multiply) {
                for (int j = 0; j < cols; j++) {
                    out[o + j] = x[xi + j] * y[yi + j];
                }
            } else {
                for (int j = 0; j < cols; j++) {
                    out[o + j] = x[xi + j] + y[yi + j];
                }
            }
        }
        return out;
    }

    /** {@code u * row} or {@code u + row} into {@code out} from {@code o}: one loop each, so each vectorises. */
    private static void scalarAndRow(boolean multiply, double u, double[] row, int from, double[] out, int o, int cols) {
        if (multiply) {
            for (int j = 0; j < cols; j++) {
                out[o + j] = u * row[from + j];
            }
        } else {
            for (int j = 0; j < cols; j++) {
                out[o + j] = u + row[from + j];
            }
        }
    }

    /** {@code x} repeated to the shape {@code s} it broadcasts to: copies, so every value (−0.0 too) is kept. */
    static double[] broadcastTo(Shape s, Tensor x) {
        int rows = s.rows();
        int cols = s.cols();
        double[] in = x.data;
        double[] out = new double[rows * cols];
        boolean oneRow = x.shape.rows() == 1;
        boolean oneCol = x.shape.cols() == 1;
        for (int i = 0; i < rows; i++) {
            int from = oneRow ? 0 : i * x.shape.cols();
            if (oneCol) {
                java.util.Arrays.fill(out, i * cols, (i + 1) * cols, in[from]);
            } else {
                System.arraycopy(in, from, out, i * cols, cols);
            }
        }
        return out;
    }

    /** {@code f(a, b)} element-wise over the broadcast shape {@code s}. */
    static double[] binary(Shape s, Tensor a, Tensor b, DoubleBinaryOperator f) {
        int rows = s.rows();
        int cols = s.cols();
        double[] out = new double[rows * cols];
        double[] x = a.data;
        double[] y = b.data;
        int ac = a.shape.cols();
        int bc = b.shape.cols();
        boolean aRow = a.shape.rows() == 1;
        boolean bRow = b.shape.rows() == 1;
        boolean aCol = ac == 1;
        boolean bCol = bc == 1;
        for (int i = 0; i < rows; i++) {
            int ai = aRow ? 0 : i * ac;
            int bi = bRow ? 0 : i * bc;
            int o = i * cols;
            for (int j = 0; j < cols; j++) {
                out[o + j] = f.applyAsDouble(x[aCol ? ai : ai + j], y[bCol ? bi : bi + j]);
            }
        }
        return out;
    }

    /** A leaf of {@code shape} holding {@code f} of each value: the piecewise-constant factors of some rules. */
    static Tensor constant(Shape shape, double[] values, DoubleUnaryOperator f) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.applyAsDouble(values[i]);
        }
        return Tensor.leaf(shape, out);
    }

    /**
     * Sums {@code x} over the dimensions where {@code target}'s two-dimensional view has length 1: each row in order,
     * each column in order, or all of it as the sum of its rows' sums in order. Each sum starts at zero.
     */
    static double[] sumTo(Tensor x, Shape target) {
        int rows = x.shape.rows();
        int cols = x.shape.cols();
        double[] in = x.data;
        boolean keepRows = target.rows() != 1;
        boolean keepCols = target.cols() != 1;
        if (keepRows && keepCols) {   // nothing to sum: each element the sum of one number
            double[] out = new double[in.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = 0.0 + in[i];
            }
            return out;
        } else if (keepRows) {
            return RowKernel.sumEachRow(in, rows, cols);
        } else if (keepCols) {
            return RowKernel.sumRows(in, rows, cols);
        }
        double total = 0.0;
        for (double rowSum : RowKernel.sumEachRow(in, rows, cols)) {
            total += rowSum;
        }
        return new double[] {total};
    }

    /** The maximum of {@code x} over the dimensions where {@code kept} has length 1. */
    static double[] maxTo(Tensor x, Shape kept) {
        int rows = x.shape.rows();
        int cols = x.shape.cols();
        double[] out = new double[kept.size()];
        java.util.Arrays.fill(out, Double.NEGATIVE_INFINITY);
        boolean keepRows = kept.rows() != 1;
        boolean keepCols = kept.cols() != 1;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int o = (keepRows ? i * kept.cols() : 0) + (keepCols ? j : 0);
                out[o] = Math.max(out[o], x.data[i * cols + j]);
            }
        }
        return out;
    }

    /** A leaf holding {@code 1/k} where {@code x} equals its (kept-shape) maximum among {@code k} ties, else 0. */
    static Tensor argmaxShare(Tensor x, Tensor max) {
        double[] isMax = binary(x.shape, x, max, (v, m) -> v == m ? 1.0 : 0.0);
        double[] ties = sumTo(Tensor.leaf(x.shape, isMax), max.shape);
        return Tensor.leaf(x.shape, binary(x.shape, Tensor.leaf(x.shape, isMax), Tensor.leaf(max.shape, ties),
                (hit, k) -> hit / k));
    }

    /** Softmax (or log-softmax) of {@code x} along {@code axis}, after subtracting the maximum. */
    static double[] softmax(Tensor x, int axis, boolean log) {
        int rows = x.shape.rows();
        int cols = x.shape.cols();
        boolean alongRows = x.rank() == 2 && axis == 0;
        int lines = alongRows ? cols : rows;
        int length = alongRows ? rows : cols;
        int step = alongRows ? cols : 1;
        int lineStep = alongRows ? 1 : cols;
        double[] in = x.data;
        double[] out = new double[in.length];
        double[] max = new double[lines];
        for (int l = 0; l < lines; l++) {
            int start = l * lineStep;
            double m = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < length; k++) {
                m = Math.max(m, in[start + k * step]);
            }
            max[l] = m;
            for (int k = 0; k < length; k++) {
                out[start + k * step] = in[start + k * step] - m;
            }
        }
        ExpKernel.exp(out, out);
        double[] sums = new double[lines];
        for (int l = 0; l < lines; l++) {
            int start = l * lineStep;
            double s = 0.0;
            for (int k = 0; k < length; k++) {
                s += out[start + k * step];
            }
            sums[l] = s;
        }
        double[] logs = log ? new double[lines] : null;
        if (log) {
            LogKernel.log(sums, logs);
        }
        for (int l = 0; l < lines; l++) {
            int start = l * lineStep;
            for (int k = 0; k < length; k++) {
                int at = start + k * step;
                out[at] = log ? in[at] - max[l] - logs[l] : out[at] / sums[l];
            }
        }
        return out;
    }

    static double[] transpose(Tensor x) {
        int rows = x.shape.rows();
        int cols = x.shape.cols();
        double[] out = new double[x.data.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j * rows + i] = x.data[i * cols + j];
            }
        }
        return out;
    }

    /** The gradient of log-softmax along {@code axis}: {@code g - exp(out) ⊙ Σ g}, as its rule computes it. */
    static double[] logSoftmaxGradient(Tensor out, Tensor g, int axis) {
        return softmaxRule(out, g, axis, true);
    }

    /** The gradient of softmax along {@code axis}: {@code out ⊙ (g - Σ g ⊙ out)}, as its rule computes it. */
    static double[] softmaxGradient(Tensor out, Tensor g, int axis) {
        return softmaxRule(out, g, axis, false);
    }

    private static double[] softmaxRule(Tensor out, Tensor g, int axis, boolean log) {
        int rows = out.shape.rows();
        int cols = out.shape.cols();
        boolean alongRows = out.rank() == 2 && axis == 0;
        int lines = alongRows ? cols : rows;
        int length = alongRows ? rows : cols;
        int step = alongRows ? cols : 1;
        int lineStep = alongRows ? 1 : cols;
        double[] o = out.data;
        double[] gd = g.data;
        double[] r = new double[o.length];
        if (log) {
            ExpKernel.exp(o, r);
        }
        for (int l = 0; l < lines; l++) {
            int start = l * lineStep;
            double s = 0.0;
            for (int k = 0; k < length; k++) {
                int at = start + k * step;
                s += log ? gd[at] : gd[at] * o[at];
            }
            for (int k = 0; k < length; k++) {
                int at = start + k * step;
                r[at] = log ? gd[at] - r[at] * s : o[at] * (gd[at] - s);
            }
        }
        return r;
    }
}
