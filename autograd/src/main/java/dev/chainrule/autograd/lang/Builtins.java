package dev.chainrule.autograd.lang;

import dev.chainrule.autograd.Functional;
import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.Tensor;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The language's table of functions: each function's name, its parameters and the tensor ops it maps to, in one
 * entry. A new op becomes callable from {@code .chain} programs by one line here.
 */
final class Builtins {
    private Builtins() {
    }

    /** How a function computes its value from the arguments bound to its parameters (null where one is absent). */
    @FunctionalInterface
    interface Body {
        Tensor apply(Expr.Call call, Expr[] args, Evaluator ev);
    }

    /**
     * One function.
     *
     * @param parameters parameter names; a name ending in {@code ?} is optional
     * @param body       its implementation
     */
    record Builtin(List<String> parameters, Body body) {
    }

    /**
     * Every function, in the contract's order, which is also the order in which "did you mean" suggestions are
     * tried (a {@code Map.of} would iterate in a different order each run).
     */
    static final Map<String, Builtin> TABLE = table(
            "tanh", unary(Tensor::tanh),
            "sigmoid", unary(Tensor::sigmoid),
            "relu", unary(Tensor::relu),
            "exp", unary(Tensor::exp),
            "log", unary(Tensor::log),
            "sqrt", unary(Tensor::sqrt),
            "abs", unary(Tensor::abs),
            "leaky_relu", new Builtin(List.of("x", "slope?"), (c, a, ev) ->
                    ev.eval(a[0]).leakyRelu(a[1] == null ? 0.01 : ev.number(a[1], "slope"))),
            "softmax", new Builtin(List.of("x", "axis?"), (c, a, ev) -> softmax(c, ev.eval(a[0]), a[1], ev)),
            "log_softmax", new Builtin(List.of("x", "axis?"), (c, a, ev) -> softmax(c, ev.eval(a[0]), a[1], ev)),
            "sum", new Builtin(List.of("x", "axis?", "keepdims?"), (c, a, ev) -> reduce(c, ev.eval(a[0]), a[1], a[2], ev)),
            "mean", new Builtin(List.of("x", "axis?", "keepdims?"), (c, a, ev) -> reduce(c, ev.eval(a[0]), a[1], a[2], ev)),
            "transpose", unary(Tensor::transpose),
            "mse", new Builtin(List.of("a", "b"), (c, a, ev) -> {
                Tensor x = ev.eval(a[0]);
                Tensor y = ev.eval(a[1]);
                ev.ensureRoomToBroadcast(x.shape(), y.shape(), c.line(), c.column());
                return Functional.mse(x, y);
            }),
            "bce", new Builtin(List.of("p", "y"), (c, a, ev) -> {
                Tensor p = ev.eval(a[0]);
                Tensor y = ev.eval(a[1]);
                ev.ensureRoomToBroadcast(p.shape(), y.shape(), c.line(), c.column());
                return Functional.bce(p, y);
            }),
            "grad", new Builtin(List.of("T", "name"), (c, a, ev) -> ev.gradient(c, a[0], a[1])),
            "full", new Builtin(List.of("rows", "cols", "value"), (c, a, ev) -> {
                int rows = ev.count(a[0], "rows");
                int cols = ev.count(a[1], "cols");
                double value = ev.number(a[2], "value");
                ev.ensureRoom((long) rows * cols, c.line(), c.column());
                return Tensor.full(rows, cols, value);
            }),
            "zeros", new Builtin(List.of("rows", "cols?"), (c, a, ev) -> filled(c, a, ev, 0.0)),
            "ones", new Builtin(List.of("rows", "cols?"), (c, a, ev) -> filled(c, a, ev, 1.0)),
            "eye", new Builtin(List.of("n"), (c, a, ev) -> {
                int n = ev.count(a[0], "n");
                ev.ensureRoom((long) n * n, c.line(), c.column());
                return Tensor.eye(n);
            }));

    private static Map<String, Builtin> table(Object... nameThenBuiltin) {
        Map<String, Builtin> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenBuiltin.length; i += 2) {
            m.put((String) nameThenBuiltin[i], (Builtin) nameThenBuiltin[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** A function of one tensor {@code x}. */
    private static Builtin unary(UnaryOperator<Tensor> op) {
        return new Builtin(List.of("x"), (c, a, ev) -> op.apply(ev.eval(a[0])));
    }

    private static Tensor filled(Expr.Call c, Expr[] a, Evaluator ev, double fill) {
        int rows = ev.count(a[0], "rows");
        int cols = a[1] == null ? 1 : ev.count(a[1], "cols");
        ev.ensureRoom((long) rows * cols, c.line(), c.column());
        return a[1] == null ? Tensor.full(Shape.vector(rows), fill) : Tensor.full(rows, cols, fill);
    }

    private static Tensor softmax(Expr.Call call, Tensor x, Expr axisArg, Evaluator ev) {
        String fn = call.function();
        int axis;
        if (axisArg != null) {
            axis = ev.axis(axisArg, x);
        } else if (x.rank() == 0) {
            throw new ChainException(call.line(), call.column(), fn + " of a scalar: " + fn
                    + " normalises a vector, or the columns or rows of a matrix");
        } else if (x.rank() == 1) {
            axis = 0;
        } else if (x.shape().cols() == 1) {
            axis = 0;
        } else if (x.shape().rows() == 1) {
            axis = 1;
        } else {
            throw new ChainException(call.line(), call.column(), fn + " of a " + x.shape() + " matrix needs an axis: "
                    + "axis=0 normalises each column (samples as columns), axis=1 each row (samples as rows)");
        }
        return fn.equals("softmax") ? x.softmax(axis) : x.logSoftmax(axis);
    }

    private static Tensor reduce(Expr.Call call, Tensor x, Expr axisArg, Expr keepArg, Evaluator ev) {
        boolean sum = call.function().equals("sum");
        boolean keep = keepArg != null && ev.bool(keepArg, "keepdims");
        if (axisArg == null) {
            Tensor all = sum ? x.sum() : x.mean();
            return keep ? all.reshape(keptShape(x)) : all;
        }
        int axis = ev.axis(axisArg, x);
        return sum ? x.sum(axis, keep) : x.mean(axis, keep);
    }

    private static int[] keptShape(Tensor x) {
        int[] dims = x.shape().dims();
        Arrays.fill(dims, 1);
        return dims;
    }
}
