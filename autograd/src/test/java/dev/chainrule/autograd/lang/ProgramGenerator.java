package dev.chainrule.autograd.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Random well-typed {@code .chain} programs from a small grammar: assignments and params of random expressions over
 * every operator and function of the contract, {@code grad(T, name)}, checks, and a scalar target last. The
 * generator tracks the NumPy shape of every expression with its own rules (independent of the library), so a
 * generated program must evaluate without error and give every name the predicted shape.
 *
 * <p>In {@link #smooth} mode only differentiable-everywhere functions are used and every param is a literal, so
 * that the target's gradients can be compared with finite differences ({@link Program#render(String, int, double)}).
 */
final class ProgramGenerator {
    /** Operator levels, loosest first, as the contract lists them. */
    private static final int ADD = 1;
    private static final int MUL = 2;
    private static final int UNARY = 3;
    private static final int POW = 4;
    private static final int ATOM = 5;

    private static final String[] NAMES = {"x", "y", "z", "h", "W", "b", "u", "v", "L", "E", "C", "z1", "h1", "W1",
        "b2", "yhat", "loss", "a_1", "_t", "alpha", "delta", "X", "Z", "n2", "x3"};
    private static final String[] SMOOTH_FUNCTIONS = {"tanh", "sigmoid", "exp"};
    private static final String[] ALL_FUNCTIONS = {"tanh", "sigmoid", "exp", "relu", "abs", "log", "sqrt"};

    /** One line of a program: fixed text, or a param whose literal value can be perturbed. */
    private sealed interface Line {
    }

    private record Text(String text) implements Line {
    }

    private record ParamLiteral(String name, int[] shape, double[] values, String comment) implements Line {
    }

    /** A generated program, the shape of every name it assigns, and its target. */
    static final class Program {
        private final List<Line> lines;
        final Map<String, int[]> shapes;
        final Map<String, double[]> params;
        final String target;
        final int checks;
        /** The line separator: {@code \n} or {@code \r\n}. */
        private final String newline;

        private Program(List<Line> lines, Map<String, int[]> shapes, Map<String, double[]> params, String target,
                        int checks, String newline) {
            this.lines = lines;
            this.shapes = shapes;
            this.params = params;
            this.target = target;
            this.checks = checks;
            this.newline = newline;
        }

        String render() {
            return render(null, -1, 0);
        }

        /** The source with element {@code index} of param {@code name}'s literal changed by {@code delta}. */
        String render(String name, int index, double delta) {
            StringBuilder sb = new StringBuilder();
            for (Line l : lines) {
                switch (l) {
                    case Text t -> sb.append(t.text());
                    case ParamLiteral p -> {
                        double[] v = p.values().clone();
                        if (p.name().equals(name)) {
                            v[index] += delta;
                        }
                        sb.append("param ").append(p.name()).append(" = ").append(exactLiteral(p.shape(), v))
                                .append(p.comment());
                    }
                }
                sb.append(newline);
            }
            return sb.toString();
        }

        private static String exactLiteral(int[] shape, double[] v) {
            return switch (shape.length) {
                case 0 -> Double.toString(v[0]);
                case 1 -> Arrays.toString(v);
                default -> {
                    StringBuilder sb = new StringBuilder("[");
                    for (int i = 0; i < shape[0]; i++) {
                        sb.append(i == 0 ? "" : ", ")
                                .append(Arrays.toString(Arrays.copyOfRange(v, i * shape[1], (i + 1) * shape[1])));
                    }
                    yield sb.append("]").toString();
                }
            };
        }
    }

    /** An expression's text and the level of its outermost operator. */
    private record Code(String text, int level) {
    }

    private record Var(String name, int[] shape, boolean param) {
    }

    private final Random rnd;
    private final boolean smooth;
    private final List<Var> vars = new ArrayList<>();
    private final Set<String> used = new HashSet<>();

    ProgramGenerator(long seed, boolean smooth) {
        this.rnd = new Random(seed);
        this.smooth = smooth;
    }

    // ------------------------------------------------------------------ shapes (NumPy's rules, written afresh)

    private static final int[] SCALAR = {};

    static int[] broadcast(int[] a, int[] b) {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int k = 1; k <= rank; k++) {
            int x = k <= a.length ? a[a.length - k] : 1;
            int y = k <= b.length ? b[b.length - k] : 1;
            if (x != y && x != 1 && y != 1) {
                return null;
            }
            out[rank - k] = x == 1 ? y : x;
        }
        return out;
    }

    private static int size(int[] s) {
        int n = 1;
        for (int d : s) {
            n *= d;
        }
        return n;
    }

    /** 1 to 3, and now and then (not in smooth mode) 0: NumPy's rules hold for empty values too. */
    private int dim() {
        return !smooth && rnd.nextInt(40) == 0 ? 0 : 1 + rnd.nextInt(3);
    }

    private int[] randomShape() {
        double p = rnd.nextDouble();
        return p < 0.3 ? SCALAR : p < 0.6 ? new int[] {dim()} : new int[] {dim(), dim()};
    }

    /** Shapes {@code t} with {@code broadcast(s, t) == s}. */
    private int[] partner(int[] s) {
        List<int[]> options = new ArrayList<>();
        options.add(s);
        options.add(SCALAR);
        if (s.length >= 1) {
            options.add(new int[] {1});
            options.add(new int[] {s[s.length - 1]});
        }
        if (s.length == 2) {
            options.add(new int[] {1, s[1]});
            options.add(new int[] {s[0], 1});
            options.add(new int[] {1, 1});
        }
        return options.get(rnd.nextInt(options.size()));
    }

    /** Two operand shapes that broadcast to exactly {@code s}. */
    private int[][] operands(int[] s) {
        if (s.length == 2 && rnd.nextInt(4) == 0) {
            int[] column = {s[0], 1};
            int[] row = rnd.nextBoolean() ? new int[] {s[1]} : new int[] {1, s[1]};
            return rnd.nextBoolean() ? new int[][] {column, row} : new int[][] {row, column};
        }
        int[] p = partner(s);
        return rnd.nextBoolean() ? new int[][] {s, p} : new int[][] {p, s};
    }

    // ------------------------------------------------------------------ programs

    Program program() {
        List<Line> lines = new ArrayList<>();
        Map<String, int[]> shapes = new LinkedHashMap<>();
        Map<String, double[]> params = new LinkedHashMap<>();
        int checks = 0;
        int n = 1 + rnd.nextInt(6);
        if (rnd.nextInt(4) == 0) {
            lines.add(new Text("# generated program"));
        }
        for (int i = 0; i < n; i++) {
            if (i > 0 && rnd.nextInt(4) == 0) {
                lines.add(new Text(check()));
                checks++;
            }
            if (rnd.nextInt(8) == 0) {
                lines.add(new Text(rnd.nextBoolean() ? "" : "   # a comment"));
            }
            int[] shape = randomShape();
            String name = freshName();
            boolean param = rnd.nextInt(3) == 0;
            if (param && smooth) {
                double[] values = new double[size(shape)];
                for (int k = 0; k < values.length; k++) {
                    values[k] = Math.round((rnd.nextDouble() * 2 - 1) * 1000) / 1000.0;
                }
                lines.add(new ParamLiteral(name, shape, values, comment()));
                params.put(name, values);
            } else {
                lines.add(new Text((param ? "param " : "") + name + spaces() + "=" + spaces()
                        + gen(shape, rnd.nextInt(4)).text() + comment()));
            }
            vars.add(new Var(name, shape, param));
            shapes.put(name, shape);
        }
        if (rnd.nextInt(3) == 0) {
            lines.add(new Text(check()));
            checks++;
        }
        String target = freshName();
        int[] targetShape = rnd.nextInt(5) == 0 ? new int[] {1, 1} : SCALAR;
        // The target depends on some earlier names, so that their gradients are not all zero.
        String value = rnd.nextInt(4) == 0 ? gen(targetShape, 1 + rnd.nextInt(3)).text()
                : wrap(fromVar(targetShape, 1 + rnd.nextInt(2)), ADD) + " + " + wrap(fromVar(SCALAR, rnd.nextInt(3)), MUL)
                        + " - " + wrap(fromVar(SCALAR, rnd.nextInt(2)), MUL);
        lines.add(new Text(target + " = " + value + comment()));
        shapes.put(target, targetShape);
        vars.add(new Var(target, targetShape, false));
        if (rnd.nextInt(4) == 0) {
            lines.add(new Text(check()));
            checks++;
        }
        return new Program(lines, shapes, params, target, checks, rnd.nextInt(10) == 0 ? "\r\n" : "\n");
    }

    private String freshName() {
        String base = NAMES[rnd.nextInt(NAMES.length)];
        String name = base;
        for (int k = 2; used.contains(name); k++) {
            name = base + "_" + k;
        }
        used.add(name);
        return name;
    }

    private String spaces() {
        int r = rnd.nextInt(10);
        return r == 0 ? "" : r == 1 ? "  " : r == 2 ? "\t" : " ";
    }

    private String comment() {
        return rnd.nextInt(6) == 0 ? "   # " + (rnd.nextBoolean() ? "note" : "== [1, 2) ( #") : "";
    }

    private String check() {
        int[] s = randomShape();
        int[] p = partner(s);
        boolean swap = rnd.nextBoolean();
        String left = gen(swap ? p : s, rnd.nextInt(3)).text();
        String right = gen(swap ? s : p, rnd.nextInt(3)).text();
        String tol = switch (rnd.nextInt(5)) {
            case 0 -> " within 1e-6";
            case 1 -> " within 0.5";
            case 2 -> " within 0";
            default -> "";
        };
        return "check " + left + " == " + right + tol + comment();
    }

    // ------------------------------------------------------------------ expressions

    private static String wrap(Code c, int minLevel) {
        return c.level() >= minLevel ? c.text() : "(" + c.text() + ")";
    }

    /** A random expression of shape {@code s}. */
    private Code gen(int[] s, int depth) {
        if (depth <= 0 || rnd.nextInt(5) == 0) {
            return leaf(s);
        }
        int d = depth - 1;
        List<Supplier<Code>> options = new ArrayList<>();
        options.add(() -> new Code("(" + gen(s, d).text() + ")", ATOM));
        options.add(() -> new Code("-" + wrap(gen(s, d), UNARY), UNARY));
        options.add(() -> elementwise(s, d));
        options.add(() -> elementwise(s, d));
        options.add(() -> matmul(s, d));
        options.add(() -> power(s, d));
        options.add(() -> function(s, d));
        options.add(() -> function(s, d));
        options.add(() -> transpose(s, d));
        options.add(() -> reduction(s, d));
        options.add(() -> reduction(s, d));
        if (s.length >= 1) {
            options.add(() -> softmax(s, d));
        }
        if (s.length == 0 || (s.length == 2 && s[0] == 1 && s[1] == 1)) {
            options.add(() -> loss(s, d));
        }
        if (!vars.isEmpty()) {
            options.add(() -> fromVar(s, d));
            options.add(() -> fromVar(s, d));
            options.add(() -> fromVar(s, d));
        }
        Var named = someVar(s);
        Var scalar = someSingleElementVar();
        if (named != null && scalar != null) {
            options.add(() -> new Code("grad(" + scalar.name() + ", " + named.name() + ")", ATOM));
            options.add(() -> new Code("grad(" + scalar.name() + "," + named.name() + ")", ATOM));
        }
        return options.get(rnd.nextInt(options.size())).get();
    }

    /** An expression of shape {@code s} that uses an earlier name (of any shape) so that gradients flow to it. */
    private Code fromVar(int[] s, int d) {
        List<Var> params = vars.stream().filter(Var::param).toList();
        Var v = !params.isEmpty() && rnd.nextBoolean() ? params.get(rnd.nextInt(params.size()))
                : vars.get(rnd.nextInt(vars.size()));
        int[] t = v.shape();
        Code inner = switch (rnd.nextInt(7)) {
            case 0, 1 -> new Code(v.name(), ATOM);
            case 2 -> new Code(wrap(new Code(v.name(), ATOM), ATOM) + " ^ 2", POW);
            case 3 -> t.length == 0 ? new Code("-" + v.name(), UNARY)
                    : new Code(softmaxOf(v.name(), t).text() + " * " + wrap(gen(t, d), MUL + 1), MUL);
            case 4 -> {
                int[][] ops = {t, partner(t)};
                yield new Code(v.name() + " * " + wrap(gen(ops[1], d), MUL + 1), MUL);
            }
            default -> {
                String[] fns = smooth ? SMOOTH_FUNCTIONS : ALL_FUNCTIONS;
                yield new Code(fns[rnd.nextInt(fns.length)] + "(" + v.name() + ")", ATOM);
            }
        };
        if (Arrays.equals(t, s)) {
            return inner;
        }
        if (s.length == 0) {
            return new Code((rnd.nextBoolean() ? "sum(" : "mean(") + inner.text() + ")", ATOM);
        }
        int[] b = broadcast(t, s);
        if (b != null && Arrays.equals(b, s)) {
            return rnd.nextBoolean() ? new Code(wrap(inner, MUL) + " * " + wrap(gen(s, d), MUL + 1), MUL)
                    : new Code(wrap(gen(s, d), ADD) + " - " + wrap(inner, ADD + 1), ADD);
        }
        return new Code("sum(" + inner.text() + ") * " + wrap(gen(s, d), MUL + 1), MUL);
    }

    private Code softmaxOf(String x, int[] t) {
        String f = rnd.nextBoolean() ? "softmax" : "log_softmax";
        String axis = t.length == 1 ? (rnd.nextBoolean() ? "" : ", axis=0") : ", axis=" + rnd.nextInt(2);
        return new Code(f + "(" + x + axis + ")", ATOM);
    }

    private Var someVar(int[] s) {
        List<Var> matching = vars.stream().filter(v -> Arrays.equals(v.shape(), s)).toList();
        return matching.isEmpty() ? null : matching.get(rnd.nextInt(matching.size()));
    }

    private Var someSingleElementVar() {
        List<Var> matching = vars.stream().filter(v -> size(v.shape()) == 1).toList();
        return matching.isEmpty() ? null : matching.get(rnd.nextInt(matching.size()));
    }

    private Code leaf(int[] s) {
        Var v = someVar(s);
        if (v != null && rnd.nextInt(3) != 0) {
            return new Code(v.name(), ATOM);
        }
        if (s.length == 0) {
            return number(true);
        }
        if (rnd.nextInt(3) == 0 || size(s) == 0) {
            return builder(s); // a literal cannot be empty
        }
        return literal(s);
    }

    private Code number(boolean mayBeNegative) {
        double m = rnd.nextInt(2001) / 1000.0;
        String text = switch (rnd.nextInt(5)) {
            case 0 -> Integer.toString((int) Math.round(m));
            case 1 -> String.format(Locale.ROOT, "%.3fe-1", m * 10);
            case 2 -> m < 1 && m > 0 ? String.format(Locale.ROOT, "%.3f", m).substring(1) : Double.toString(m);
            default -> Double.toString(m);
        };
        if (mayBeNegative && rnd.nextInt(3) == 0) {
            return new Code("-" + text, UNARY);
        }
        return new Code(text, ATOM);
    }

    private String element() {
        Code n = number(false);
        return (rnd.nextInt(3) == 0 ? "-" : "") + n.text();
    }

    private Code literal(int[] s) {
        StringBuilder sb = new StringBuilder("[");
        if (s.length == 1) {
            for (int j = 0; j < s[0]; j++) {
                sb.append(j == 0 ? "" : ", ").append(element());
            }
        } else {
            for (int i = 0; i < s[0]; i++) {
                sb.append(i == 0 ? "[" : rnd.nextInt(4) == 0 ? ",\n    [" : ", [");
                for (int j = 0; j < s[1]; j++) {
                    sb.append(j == 0 ? "" : ", ").append(element());
                }
                sb.append("]");
            }
        }
        return new Code(sb.append(rnd.nextInt(8) == 0 ? ",]" : "]").toString(), ATOM);
    }

    private Code builder(int[] s) {
        if (s.length == 1) {
            return new Code((rnd.nextBoolean() ? "zeros(" : "ones(") + s[0] + ")", ATOM);
        }
        int r = s[0];
        int c = s[1];
        return switch (rnd.nextInt(5)) {
            case 0 -> new Code("zeros(" + r + ", " + c + ")", ATOM);
            case 1 -> new Code("ones(rows=" + r + ", cols=" + c + ")", ATOM);
            case 2 -> r == c ? new Code("eye(" + r + ")", ATOM) : new Code("ones(" + r + ", " + c + ")", ATOM);
            case 3 -> new Code("full(rows=" + r + ", cols=" + c + ", value=" + number(true).text() + ")", ATOM);
            default -> new Code("full(" + r + ", " + c + ", " + number(true).text() + ")", ATOM);
        };
    }

    private Code elementwise(int[] s, int d) {
        int[][] ops = operands(s);
        char op = "+-*/".charAt(rnd.nextInt(4));
        int level = op == '+' || op == '-' ? ADD : MUL;
        String left = wrap(gen(ops[0], d), level);
        if (op == '/' && smooth) {
            return new Code(left + " / (1 + " + wrap(gen(ops[1], d), ATOM) + " ^ 2)", MUL);
        }
        return new Code(left + " " + op + " " + wrap(gen(ops[1], d), level + 1), level);
    }

    private Code matmul(int[] s, int d) {
        int k = dim();
        int[][] ops = switch (s.length) {
            case 0 -> new int[][] {{k}, {k}};
            case 1 -> rnd.nextBoolean() ? new int[][] {{s[0], k}, {k}} : new int[][] {{k}, {k, s[0]}};
            default -> new int[][] {{s[0], k}, {k, s[1]}};
        };
        return new Code(wrap(gen(ops[0], d), MUL) + " @ " + wrap(gen(ops[1], d), UNARY), MUL);
    }

    private Code power(int[] s, int d) {
        switch (rnd.nextInt(smooth ? 3 : 5)) {
            case 0, 1 -> {
                String[] exponents = smooth ? new String[] {"2", "3"} : new String[] {"2", "3", "-1", "0.5", "0", "-2"};
                String p = exponents[rnd.nextInt(exponents.length)];
                return new Code(wrap(gen(s, d), ATOM) + " ^ " + p, POW);
            }
            case 2 -> {
                int[][] ops = operands(s);
                return new Code("sigmoid(" + gen(ops[0], d).text() + ") ^ " + wrap(gen(ops[1], d), UNARY), POW);
            }
            case 3 -> {
                return new Code("2 ^ " + wrap(gen(s, d), UNARY), POW);
            }
            default -> {
                int[][] ops = operands(s);
                return new Code(wrap(gen(ops[0], d), ATOM) + " ^ " + wrap(gen(ops[1], d), UNARY), POW);
            }
        }
    }

    private Code function(int[] s, int d) {
        if (!smooth && rnd.nextInt(5) == 0) {
            String x = gen(s, d).text();
            return new Code(switch (rnd.nextInt(3)) {
                case 0 -> "leaky_relu(" + x + ")";
                case 1 -> "leaky_relu(" + x + ", slope=0.2)";
                default -> "leaky_relu(x=" + x + ", slope=" + number(true).text() + ")";
            }, ATOM);
        }
        String[] fns = smooth ? SMOOTH_FUNCTIONS : ALL_FUNCTIONS;
        String f = fns[rnd.nextInt(fns.length)];
        String arg = gen(s, d).text();
        return new Code(f + (rnd.nextInt(6) == 0 ? "(x=" : "(") + arg + ")", ATOM);
    }

    private Code transpose(int[] s, int d) {
        int[] t = s.length == 2 ? new int[] {s[1], s[0]} : s;
        return rnd.nextBoolean() ? new Code(wrap(gen(t, d), ATOM) + ".T", ATOM)
                : new Code("transpose(" + gen(t, d).text() + ")", ATOM);
    }

    private Code softmax(int[] s, int d) {
        String f = rnd.nextBoolean() ? "softmax" : "log_softmax";
        String x = gen(s, d).text();
        List<String> axes = new ArrayList<>();
        if (s.length == 1) {
            axes.addAll(List.of("", ", axis=0", ", axis=-1", ", 0"));
        } else {
            axes.addAll(List.of(", axis=0", ", axis=1", ", axis=-1", ", axis=-2", ", 1"));
            if (s[0] == 1 || s[1] == 1) {
                axes.add("");
            }
        }
        return new Code(f + "(" + x + axes.get(rnd.nextInt(axes.size())) + ")", ATOM);
    }

    /** sum or mean whose result has shape {@code s}. */
    private Code reduction(int[] s, int d) {
        String f = rnd.nextBoolean() ? "sum" : "mean";
        if (s.length == 0) {
            int[] from = randomShape();
            return switch (rnd.nextInt(3)) {
                case 0 -> new Code(f + "(" + gen(from, d).text() + ")", ATOM);
                case 1 -> new Code(f + "(" + gen(from, d).text() + ", keepdims=false)", ATOM);
                default -> {
                    int n = dim();
                    yield new Code(f + "(" + gen(new int[] {n}, d).text() + (rnd.nextBoolean() ? ", axis=0)" : ", -1)"),
                            ATOM);
                }
            };
        }
        int k = dim();
        if (s.length == 1) {
            if (s[0] == 1 && rnd.nextBoolean()) {
                return new Code(f + "(" + gen(new int[] {k}, d).text() + ", keepdims=true)", ATOM);
            }
            if (rnd.nextBoolean()) {
                String axis = rnd.nextBoolean() ? "1" : "-1";
                return new Code(f + "(" + gen(new int[] {s[0], k}, d).text() + ", axis=" + axis + ")", ATOM);
            }
            return new Code(f + "(" + gen(new int[] {k, s[0]}, d).text() + ", axis=0)", ATOM);
        }
        if (s[0] == 1 && s[1] == 1 && rnd.nextBoolean()) {
            return new Code(f + "(" + gen(new int[] {dim(), dim()}, d).text() + ", keepdims=true)", ATOM);
        }
        if (s[1] == 1 && rnd.nextBoolean()) {
            return new Code(f + "(" + gen(new int[] {s[0], k}, d).text()
                    + (rnd.nextBoolean() ? ", axis=1, keepdims=true)" : ", 1, true)"), ATOM);
        }
        if (s[0] == 1) {
            return new Code(f + "(x=" + gen(new int[] {k, s[1]}, d).text() + ", keepdims=true, axis=0)", ATOM);
        }
        return keptReduction(s, d, f);
    }

    /** {@code sum(x, axis=0, keepdims=true)} of an (r, c) matrix is (1, c): broadcast back to (r, c) by a sum. */
    private Code keptReduction(int[] s, int d, String f) {
        return new Code(f + "(" + gen(s, d).text() + ", axis=0, keepdims=true) + " + wrap(gen(s, d), MUL), ADD);
    }

    /** mse or bce, a scalar (or, for a 1x1 target, a scalar broadcast to 1x1). */
    private Code loss(int[] s, int d) {
        int[] a = randomShape();
        int[] b = partner(a);
        if (rnd.nextBoolean()) {
            int[] t = a;
            a = b;
            b = t;
        }
        String call = switch (rnd.nextInt(3)) {
            case 0 -> "mse(" + gen(a, d).text() + ", " + gen(b, d).text() + ")";
            case 1 -> "bce(sigmoid(" + gen(a, d).text() + "), sigmoid(" + gen(b, d).text() + "))";
            default -> "bce(y=sigmoid(" + gen(b, d).text() + "), p=sigmoid(" + gen(a, d).text() + "))";
        };
        return s.length == 0 ? new Code(call, ATOM) : new Code(call + " + zeros(1, 1)", ADD);
    }
}
