package dev.chainrule.autograd.lang;

import dev.chainrule.autograd.Functional;
import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.Tensor;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The functions a {@code .chain} program can call, with their parameters and how each maps to tensor ops. */
final class Builtins {
    private Builtins() {
    }

    /**
     * Parameter names; a name ending in {@code ?} is optional. In the contract's order, which is also the order in
     * which "did you mean" suggestions are tried (a {@code Map.of} would iterate in a different order each run).
     */
    static final Map<String, List<String>> SIGNATURES = signatures(
            "tanh", List.of("x"), "sigmoid", List.of("x"), "relu", List.of("x"), "exp", List.of("x"),
            "log", List.of("x"), "sqrt", List.of("x"), "abs", List.of("x"), "leaky_relu", List.of("x", "slope?"),
            "softmax", List.of("x", "axis?"), "log_softmax", List.of("x", "axis?"),
            "sum", List.of("x", "axis?", "keepdims?"), "mean", List.of("x", "axis?", "keepdims?"),
            "transpose", List.of("x"), "mse", List.of("a", "b"), "bce", List.of("p", "y"), "grad", List.of("T", "name"),
            "full", List.of("rows", "cols", "value"), "zeros", List.of("rows", "cols?"),
            "ones", List.of("rows", "cols?"), "eye", List.of("n"));

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> signatures(Object... nameThenParameters) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenParameters.length; i += 2) {
            m.put((String) nameThenParameters[i], (List<String>) nameThenParameters[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    private static final Map<String, Function<Tensor, Tensor>> ELEMENTWISE = Map.of(
            "tanh", Tensor::tanh, "sigmoid", Tensor::sigmoid, "relu", Tensor::relu, "exp", Tensor::exp,
            "log", Tensor::log, "sqrt", Tensor::sqrt, "abs", Tensor::abs, "transpose", Tensor::transpose);

    /** Evaluates {@code fn} on its bound arguments (positional then keyword, in signature order; null if absent). */
    static Tensor apply(Expr.Call call, Expr[] args, Evaluator ev) {
        String fn = call.function();
        Function<Tensor, Tensor> unary = ELEMENTWISE.get(fn);
        if (unary != null) {
            return unary.apply(ev.eval(args[0]));
        }
        return switch (fn) {
            case "leaky_relu" -> ev.eval(args[0]).leakyRelu(args[1] == null ? 0.01 : ev.number(args[1], "slope"));
            case "softmax", "log_softmax" -> softmax(fn, ev.eval(args[0]), args[1], ev, call);
            case "sum", "mean" -> reduce(fn, ev.eval(args[0]), args[1], args[2], ev);
            case "mse" -> {
                Tensor a = ev.eval(args[0]);
                Tensor b = ev.eval(args[1]);
                ev.ensureRoomToBroadcast(a.shape(), b.shape(), call.line(), call.column());
                yield Functional.mse(a, b);
            }
            case "bce" -> {
                Tensor p = ev.eval(args[0]);
                Tensor y = ev.eval(args[1]);
                ev.ensureRoomToBroadcast(p.shape(), y.shape(), call.line(), call.column());
                yield Functional.bce(p, y);
            }
            case "grad" -> ev.gradient(call, args[0], args[1]);
            case "full" -> {
                int rows = ev.count(args[0], "rows");
                int cols = ev.count(args[1], "cols");
                double value = ev.number(args[2], "value");
                ev.ensureRoom((long) rows * cols, call.line(), call.column());
                yield Tensor.full(rows, cols, value);
            }
            case "zeros", "ones" -> {
                double fill = fn.equals("ones") ? 1.0 : 0.0;
                int rows = ev.count(args[0], "rows");
                int cols = args[1] == null ? 1 : ev.count(args[1], "cols");
                ev.ensureRoom((long) rows * cols, call.line(), call.column());
                yield args[1] == null ? Tensor.full(Shape.vector(rows), fill) : Tensor.full(rows, cols, fill);
            }
            case "eye" -> {
                int n = ev.count(args[0], "n");
                ev.ensureRoom((long) n * n, call.line(), call.column());
                yield Tensor.eye(n);
            }
            default -> throw new IllegalStateException("no implementation for " + fn);
        };
    }

    private static Tensor softmax(String fn, Tensor x, Expr axisArg, Evaluator ev, Expr.Call call) {
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

    private static Tensor reduce(String fn, Tensor x, Expr axisArg, Expr keepArg, Evaluator ev) {
        boolean keep = keepArg != null && ev.bool(keepArg, "keepdims");
        if (axisArg == null) {
            Tensor all = fn.equals("sum") ? x.sum() : x.mean();
            return keep ? all.reshape(keptShape(x)) : all;
        }
        int axis = ev.axis(axisArg, x);
        return fn.equals("sum") ? x.sum(axis, keep) : x.mean(axis, keep);
    }

    private static int[] keptShape(Tensor x) {
        int[] dims = x.shape().dims();
        Arrays.fill(dims, 1);
        return dims;
    }
}
