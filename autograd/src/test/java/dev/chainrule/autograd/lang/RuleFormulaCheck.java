package dev.chainrule.autograd.lang;

import dev.chainrule.autograd.Op;
import dev.chainrule.autograd.Rule;
import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.Tensor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Evaluates the formula of an op's {@link Rule} with numbers and compares it with the op's {@code vjp}: the
 * check that every printed derivative says what the engine computes. An {@link Rule.Form#ELEMENTWISE} formula
 * {@code d} must give {@code vjp(G) = sum back to the input's shape of G ⊙ d}; a {@link Rule.Form#MAP} formula
 * must be {@code vjp(G)} itself; both for a random {@code G}.
 */
final class RuleFormulaCheck {
    private static final double TOLERANCE = 1e-12;

    private RuleFormulaCheck() {
    }

    /** Why {@code formula}, stated for input {@code input} of {@code node}'s op, disagrees with its vjp; empty if it agrees. */
    static Optional<String> disagreement(Tensor node, int input, String formula, long seed) {
        Op op = node.op();
        Rule rule = op.rule();
        Shape aligned = rule.aligned() == null ? node.shape() : rule.aligned();
        Tensor g = random(node.shape(), new Random(seed));
        Map<String, Tensor> names = components(op);
        names.put("out", node.reshape(aligned));
        names.put("G", g.reshape(aligned));
        Tensor value = new Evaluator(names).eval(Parser.expression(formula));
        Tensor in = op.inputs().get(input);
        Tensor expected = op.vjp(input, node, g);
        Tensor stated = rule.form() == Rule.Form.MAP ? value : spreadBack(names.get("G").mul(value), in.shape());
        if (!stated.shape().equals(expected.shape())) {
            return Optional.of(op.name() + " input " + input + ": the formula " + formula + " gives shape " + stated.shape()
                    + " but the vjp " + expected.shape());
        }
        double[] s = stated.toArray();
        double[] v = expected.toArray();
        for (int i = 0; i < s.length; i++) {
            if (!(Math.abs(s[i] - v[i]) <= TOLERANCE * (1 + Math.abs(v[i])))) {
                return Optional.of(op.name() + " input " + input + ": the formula " + formula + " gives " + stated
                        + " but the vjp gives " + expected);
            }
        }
        return Optional.empty();
    }

    /** {@code t} broadcast to the common shape with {@code target}, then summed down to {@code target}. */
    private static Tensor spreadBack(Tensor t, Shape target) {
        Shape common = Shape.broadcast("rule", t.shape(), target);
        return t.broadcastTo(common).sumTo(target);
    }

    static Tensor random(Shape shape, Random rng) {
        double[] v = new double[shape.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextGaussian();
        }
        return Tensor.of(shape, v);
    }

    /** The op's record components by name: tensors as they are, numbers as scalars. */
    private static Map<String, Tensor> components(Op op) {
        Map<String, Tensor> out = new HashMap<>();
        for (RecordComponent c : op.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(op);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new AssertionError(e);
            }
            if (v instanceof Tensor t) {
                out.put(c.getName(), t);
            } else if (v instanceof Number n) {
                out.put(c.getName(), Tensor.of(n.doubleValue()));
            }
        }
        return out;
    }

    /** The formula notation: the language's operators and a few functions, over named tensors. */
    private record Evaluator(Map<String, Tensor> names) {
        Tensor eval(Expr e) {
            return switch (e) {
                case Expr.Num n -> Tensor.of(n.value());
                case Expr.Name n -> {
                    Tensor t = names.get(n.name());
                    if (t == null) {
                        throw new AssertionError("the formula uses '" + n.name() + "', which the op does not have");
                    }
                    yield t;
                }
                case Expr.Negate n -> n.minus() ? eval(n.operand()).neg() : eval(n.operand());
                case Expr.Transposed t -> eval(t.operand()).transpose();
                case Expr.Binary b -> binary(b.op(), eval(b.left()), eval(b.right()));
                case Expr.Call c -> call(c);
                default -> throw new AssertionError("not in the formula notation: " + e);
            };
        }

        private static Tensor binary(char op, Tensor a, Tensor b) {
            return switch (op) {
                case '+' -> a.add(b);
                case '-' -> a.sub(b);
                case '*' -> a.mul(b);
                case '/' -> a.div(b);
                case '@' -> a.matmul(b);
                default -> a.pow(b);
            };
        }

        private Tensor call(Expr.Call c) {
            Tensor x = eval(c.args().get(0));
            return switch (c.function()) {
                case "tanh" -> x.tanh();
                case "exp" -> x.exp();
                case "log" -> x.log();
                case "sqrt" -> x.sqrt();
                case "sign" -> map(x, Math::signum);
                case "heaviside" -> {
                    double atZero = eval(c.args().get(1)).item();
                    yield map(x, v -> v > 0 ? 1 : v < 0 ? 0 : atZero);
                }
                case "reshape_as" -> x.reshape(eval(c.args().get(1)).shape());
                case "sum_to" -> x.sumTo(eval(c.args().get(1)).shape());
                case "sum" -> {
                    Integer axis = null;
                    boolean keep = false;
                    for (Expr.Keyword k : c.keywords()) {
                        if (k.name().equals("axis")) {
                            axis = (int) eval(k.value()).item();
                        } else if (k.name().equals("keepdims")) {
                            keep = ((Expr.Bool) k.value()).value();
                        }
                    }
                    yield axis == null ? x.sum() : x.sum(axis, keep);
                }
                default -> throw new AssertionError("not in the formula notation: " + c.function() + "(...)");
            };
        }

        private static Tensor map(Tensor x, java.util.function.DoubleUnaryOperator f) {
            double[] v = x.toArray();
            for (int i = 0; i < v.length; i++) {
                v[i] = f.applyAsDouble(v[i]);
            }
            return Tensor.of(x.shape(), v);
        }
    }
}
