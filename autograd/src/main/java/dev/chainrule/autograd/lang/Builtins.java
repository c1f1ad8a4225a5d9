package dev.chainrule.autograd.lang;

import dev.chainrule.autograd.Tensor;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The functions a {@code .chain} program can call, with their parameters and how each maps to tensor ops. */
final class Builtins {
    private Builtins() {
    }

    /** Parameter names; a name ending in {@code ?} is optional. */
    static final Map<String, List<String>> SIGNATURES = Map.ofEntries(
            Map.entry("tanh", List.of("x")), Map.entry("sigmoid", List.of("x")), Map.entry("relu", List.of("x")),
            Map.entry("exp", List.of("x")), Map.entry("log", List.of("x")), Map.entry("sqrt", List.of("x")),
            Map.entry("abs", List.of("x")), Map.entry("leaky_relu", List.of("x", "slope?")),
            Map.entry("softmax", List.of("x", "axis?")), Map.entry("log_softmax", List.of("x", "axis?")),
            Map.entry("sum", List.of("x", "axis?", "keepdims?")), Map.entry("mean", List.of("x", "axis?", "keepdims?")),
            Map.entry("transpose", List.of("x")), Map.entry("mse", List.of("a", "b")), Map.entry("bce", List.of("p", "y")),
            Map.entry("grad", List.of("T", "name")),
            Map.entry("full", List.of("rows", "cols", "value")), Map.entry("zeros", List.of("rows", "cols?")),
            Map.entry("ones", List.of("rows", "cols?")), Map.entry("eye", List.of("n")));

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
                Tensor d = ev.eval(args[0]).sub(ev.eval(args[1]));
                yield d.square().mean();
            }
            case "bce" -> {
                Tensor p = ev.eval(args[0]);
                Tensor y = ev.eval(args[1]);
                yield y.mul(p.log()).add(y.rsub(1.0).mul(p.rsub(1.0).log())).mean().neg();
            }
            case "grad" -> ev.gradient(call, args[0], args[1]);
            case "full" -> Tensor.full(ev.count(args[0], "rows"), ev.count(args[1], "cols"), ev.number(args[2], "value"));
            case "zeros", "ones" -> {
                double fill = fn.equals("ones") ? 1.0 : 0.0;
                int rows = ev.count(args[0], "rows");
                yield args[1] == null ? Tensor.full(dev.chainrule.autograd.Shape.vector(rows), fill)
                        : Tensor.full(rows, ev.count(args[1], "cols"), fill);
            }
            case "eye" -> Tensor.eye(ev.count(args[0], "n"));
            default -> throw new IllegalStateException("no implementation for " + fn);
        };
    }

    private static Tensor softmax(String fn, Tensor x, Expr axisArg, Evaluator ev, Expr.Call call) {
        int axis;
        if (axisArg != null) {
            axis = ev.integer(axisArg, "axis");
        } else if (x.rank() <= 1) {
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
        int axis = ev.integer(axisArg, "axis");
        return fn.equals("sum") ? x.sum(axis, keep) : x.mean(axis, keep);
    }

    private static int[] keptShape(Tensor x) {
        int[] dims = x.shape().dims();
        java.util.Arrays.fill(dims, 1);
        return dims;
    }
}
