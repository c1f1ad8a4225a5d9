package dev.chainrule.autograd.lang;

import dev.chainrule.autograd.Gradients;
import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.Tensor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the statements of a parsed program in order, binding names and judging checks. */
final class Evaluator {
    private final Map<String, Binding> env = new LinkedHashMap<>();
    private final Map<String, Statement.Assign> assignedAnywhere = new HashMap<>();
    private final Map<Tensor, Gradients> differentiable = new IdentityHashMap<>();
    private final List<CheckResult> checks = new ArrayList<>();
    /** The value computed for every expression node, by identity: what the transcripts show for each step. */
    private final IdentityHashMap<Expr, Tensor> values = new IdentityHashMap<>();
    /** The first step whose value became NaN or infinite from finite operands, if any. */
    private NonFinite nonFinite;
    /** What the program may cost: a value or a product past these is refused before it is made. */
    private final Limits limits;
    /** Elements of the values computed so far, counted against the limit. */
    private long elements;
    /** Floating-point operations of the products so far (with their gradients), counted against the limit. */
    private long flops;

    private Evaluator(Limits limits) {
        this.limits = limits;
    }

    /** An evaluator for {@code program}, which knows every name the program will assign. */
    static Evaluator forProgram(List<Statement> program, Limits limits) {
        Evaluator ev = new Evaluator(limits);
        for (Statement s : program) {
            if (s instanceof Statement.Assign a) {
                ev.assignedAnywhere.putIfAbsent(a.name(), a);
            }
        }
        return ev;
    }

    void run(List<Statement> program) {
        for (Statement s : program) {
            switch (s) {
                case Statement.Assign a -> assign(a);
                case Statement.Check c -> checks.add(check(c));
            }
        }
    }

    Map<String, Binding> bindings() {
        return env;
    }

    List<CheckResult> checks() {
        return checks;
    }

    IdentityHashMap<Expr, Tensor> values() {
        return values;
    }

    NonFinite nonFinite() {
        return nonFinite;
    }

    private void assign(Statement.Assign a) {
        Binding earlier = env.get(a.name());
        if (earlier != null) {
            throw new ChainException(a.line(), a.column(), "'" + a.name() + "' is already assigned on line "
                    + earlier.statement().line() + "; a name is assigned once (choose a new name)");
        }
        if (Builtins.TABLE.containsKey(a.name()) || Names.KEYWORDS.contains(a.name())) {
            throw new ChainException(a.line(), a.column(), "'" + a.name() + "' is a built-in name; choose another");
        }
        Tensor value = eval(a.value());
        if (a.param()) {
            value = Tensor.of(value.shape(), value.toArray()); // a fresh leaf of its own
        }
        env.put(a.name(), new Binding(a.name(), value, a.param(), a));
    }

    private CheckResult check(Statement.Check c) {
        Tensor left = eval(c.left());
        Tensor right = eval(c.right());
        double tol = c.tolerance() == null ? CheckResult.DEFAULT_TOLERANCE : number(c.tolerance(), "within");
        if (!(tol >= 0)) {
            throw new ChainException(c.tolerance().line(), c.tolerance().column(), "a tolerance must be >= 0, got " + tol);
        }
        ensureRoomToBroadcast(left.shape(), right.shape(), c.line(), c.column());
        Tensor diff;
        try {
            Shape.broadcast("check", left.shape(), right.shape());
            diff = left.sub(right).abs();
        } catch (IllegalArgumentException e) {
            throw new ChainException(c.line(), c.column(), "check: the two sides have shapes " + left.shape() + " and "
                    + right.shape() + ", which do not broadcast");
        }
        Tensor bound = right.abs().mul(tol).add(tol).broadcastTo(diff.shape());
        double[] d = diff.toArray();
        double[] b = bound.toArray();
        double max = 0;
        boolean passed = true;
        for (int i = 0; i < d.length; i++) {
            max = Double.isNaN(d[i]) || Double.isNaN(max) ? Double.NaN : Math.max(max, d[i]);
            passed &= d[i] <= b[i];
        }
        return new CheckResult(c, left, right, tol, max, passed);
    }

    Tensor eval(Expr e) {
        if (Thread.currentThread().isInterrupted()) {
            // A caller with a deadline (the studio's server) stops the evaluation by interrupting its thread.
            throw new ChainException(e.line(), e.column(), "the evaluation was stopped before this step");
        }
        try {
            Tensor value = switch (e) {
                case Expr.Num n -> Tensor.of(n.value());
                case Expr.Bool b -> throw new ChainException(b.line(), b.column(),
                        "true and false are only keyword values, as in keepdims=true");
                case Expr.Name n -> lookup(n);
                case Expr.Literal l -> l.rows() == null ? Tensor.of(l.vector()) : Tensor.of(l.rows());
                case Expr.Negate n -> n.minus() ? eval(n.operand()).neg() : eval(n.operand());
                case Expr.Transposed t -> eval(t.operand()).transpose();
                case Expr.Binary b -> binary(b);
                case Expr.Call c -> call(c);
            };
            if (!(e instanceof Expr.Name)) {
                elements += value.size();
                if (nonFinite == null) {
                    noteIfNonFinite(e, value);
                }
            }
            values.put(e, value);
            return value;
        } catch (ChainException ex) {
            throw ex;
        } catch (IllegalArgumentException ex) {
            // The tensor library's errors about the user's values (shapes, axes) say what is wrong.
            throw new ChainException(e.line(), e.column(), ex.getMessage() == null ? ex.toString() : ex.getMessage());
        } catch (RuntimeException ex) {
            ChainException bug = new ChainException(e.line(), e.column(), "internal error, please report it: " + ex);
            bug.initCause(ex);
            throw bug;
        }
    }

    /** Records {@code e} as the first non-finite step if its value is NaN or infinite and its operands are finite. */
    private void noteIfNonFinite(Expr e, Tensor value) {
        int bad = NonFinites.first(value);
        if (bad < 0) {
            return;
        }
        for (Expr child : e.children()) {
            Tensor operand = values.get(child);
            if (operand != null && NonFinites.first(operand) >= 0) {
                return;
            }
        }
        String step = ExprText.of(e, ExprText.SHORT);
        nonFinite = new NonFinite(NonFinite.Kind.VALUE, e.line(), e.column(), step, step + " is "
                + NonFinites.describe(value, bad) + " although its operands are finite");
    }

    /**
     * Refuses, at {@code line:column}, a value of {@code size} elements before it is made when it would take the
     * program past its limit of elements.
     */
    void ensureRoom(long size, int line, int column) {
        if (size > limits.elements() - elements) {
            throw ChainException.overLimit(line, column, "too large: this would compute " + size + " elements"
                    + (elements > 0 ? " after " + elements + " already computed" : "")
                    + ", but a program computes at most " + limits.elements() + " elements in all", Limits.Kind.ELEMENTS);
        }
    }

    /**
     * Refuses, at {@code line:column}, the product {@code a @ b} before it is computed when it and the two products
     * of its gradient would take the program past its limit of operations.
     */
    private void ensureTimeForProduct(Shape a, Shape b, int line, int column) {
        long r = a.rank() == 1 ? 1 : a.rows();
        long n = a.rank() == 1 ? a.size() : a.cols();
        long c = b.rank() == 1 ? 1 : b.cols();
        double cost = 3.0 * 2.0 * r * n * c;
        if (cost > limits.flops() - flops) {
            throw ChainException.overLimit(line, column, String.format(java.util.Locale.ROOT, "too much work: this product"
                    + " (%d×%d @ %d×%d) and its gradient take %.3g floating-point operations%s, but a program may do at"
                    + " most %d", r, n, n, c, cost, flops > 0 ? " after " + flops + " already done" : "", limits.flops()),
                    Limits.Kind.FLOPS);
        }
        flops += (long) cost;
    }

    /** {@link #ensureRoom} for the broadcast of two shapes; nothing when they do not broadcast (the op says so). */
    void ensureRoomToBroadcast(Shape a, Shape b, int line, int column) {
        Shape s;
        try {
            s = Shape.broadcast("broadcast", a, b);
        } catch (IllegalArgumentException ex) {
            return;
        }
        ensureRoom((long) s.rows() * s.cols(), line, column);
    }

    /** The number of elements of {@code a @ b}, or 0 when the operands do not fit (the op says why). */
    private static long matmulSize(Shape a, Shape b) {
        boolean fit = a.rank() > 0 && b.rank() > 0
                && (a.rank() == 1 ? a.size() : a.cols()) == (b.rank() == 1 ? b.size() : b.rows());
        return fit ? (a.rank() == 1 ? 1L : a.rows()) * (b.rank() == 1 ? 1L : b.cols()) : 0;
    }

    private Tensor binary(Expr.Binary b) {
        Tensor left = eval(b.left());
        if (b.op() == '^' && constant(b.right()) instanceof Double p) {
            return left.pow(p);
        }
        Tensor right = eval(b.right());
        if (b.op() == '@') {
            ensureRoom(matmulSize(left.shape(), right.shape()), b.line(), b.column());
            if (matmulSize(left.shape(), right.shape()) > 0) {
                ensureTimeForProduct(left.shape(), right.shape(), b.line(), b.column());
            }
        } else {
            ensureRoomToBroadcast(left.shape(), right.shape(), b.line(), b.column());
        }
        try {
            return switch (b.op()) {
                case '+' -> left.add(right);
                case '-' -> left.sub(right);
                case '*' -> left.mul(right);
                case '/' -> left.div(right);
                case '@' -> left.matmul(right);
                case '^' -> left.pow(right);
                default -> throw new IllegalStateException("operator " + b.op());
            };
        } catch (IllegalArgumentException ex) {
            throw new ChainException(b.line(), b.column(), ex.getMessage());
        }
    }

    /** The value of a number literal, possibly negated; null for anything else. */
    private static Double constant(Expr e) {
        if (e instanceof Expr.Num n) {
            return n.value();
        }
        if (e instanceof Expr.Negate n && constant(n.operand()) instanceof Double v) {
            return n.minus() ? -v : v;
        }
        return null;
    }

    private Tensor lookup(Expr.Name n) {
        Binding b = env.get(n.name());
        if (b != null) {
            return b.value();
        }
        Statement.Assign later = assignedAnywhere.get(n.name());
        if (later != null) {
            throw new ChainException(n.line(), n.column(), "'" + n.name() + "' is used before it is assigned (on line "
                    + later.line() + ")");
        }
        if (Builtins.TABLE.containsKey(n.name())) {
            throw new ChainException(n.line(), n.column(), "'" + n.name() + "' is a function: call it, as in "
                    + n.name() + "(...)");
        }
        throw new ChainException(n.line(), n.column(), "unknown name '" + n.name() + "'"
                + Names.suggestion(n.name(), env.keySet()));
    }

    private Tensor call(Expr.Call c) {
        Builtins.Builtin builtin = Builtins.TABLE.get(c.function());
        if (builtin == null) {
            if (env.containsKey(c.function())) {
                throw new ChainException(c.line(), c.column(), "'" + c.function() + "' is a value, not a function");
            }
            throw new ChainException(c.line(), c.column(), "unknown function '" + c.function() + "'"
                    + Names.suggestion(c.function(), Builtins.TABLE.keySet()));
        }
        return builtin.body().apply(c, bind(c, builtin.parameters()), this);
    }

    /** Arguments in signature order, null where an optional one is absent. */
    private static Expr[] bind(Expr.Call c, List<String> signature) {
        String usage = c.function() + "(" + String.join(", ", signature).replace("?", "") + ")";
        Expr[] bound = new Expr[signature.size()];
        if (c.args().size() > signature.size()) {
            throw new ChainException(c.line(), c.column(), c.function() + " takes at most " + signature.size()
                    + (signature.size() == 1 ? " argument" : " arguments") + ", got " + c.args().size() + ": " + usage);
        }
        for (int i = 0; i < c.args().size(); i++) {
            bound[i] = c.args().get(i);
        }
        for (Expr.Keyword k : c.keywords()) {
            int i = signature.indexOf(k.name()) >= 0 ? signature.indexOf(k.name()) : signature.indexOf(k.name() + "?");
            if (i < 0) {
                List<String> names = signature.stream().map(p -> p.replace("?", "")).toList();
                throw new ChainException(k.line(), k.column(), c.function() + " has no argument '" + k.name() + "'"
                        + Names.suggestion(k.name(), names) + ": " + usage);
            }
            if (bound[i] != null) {
                throw new ChainException(k.line(), k.column(), c.function() + ": argument '" + k.name()
                        + "' is given twice");
            }
            bound[i] = k.value();
        }
        for (int i = 0; i < signature.size(); i++) {
            if (bound[i] == null && !signature.get(i).endsWith("?")) {
                throw new ChainException(c.line(), c.column(), c.function() + " is missing its argument '"
                        + signature.get(i) + "': " + usage);
            }
        }
        return bound;
    }

    /** {@code grad(T, name)}: differentiable, so that it can itself be differentiated. */
    Tensor gradient(Expr.Call c, Expr target, Expr wrt) {
        if (!(target instanceof Expr.Name t) || !(wrt instanceof Expr.Name w)) {
            Expr bad = target instanceof Expr.Name ? wrt : target;
            throw new ChainException(bad.line(), bad.column(), "grad(T, name) takes two names, as in grad(L, z1)");
        }
        Tensor scalar = lookup(t);
        Tensor node = lookup(w);
        if (scalar.size() != 1) {
            throw new ChainException(t.line(), t.column(), "grad: '" + t.name() + "' has shape " + scalar.shape()
                    + "; gradients are of a scalar (reduce it, e.g. sum(" + t.name() + "))");
        }
        return differentiable.computeIfAbsent(scalar, Tensor::differentiableGrad).of(node);
    }

    double number(Expr e, String what) {
        Tensor t = eval(e);
        if (t.size() != 1) {
            throw new ChainException(e.line(), e.column(), what + " must be a number, got shape " + t.shape());
        }
        return t.item();
    }

    /** An axis of {@code x}, numbered as NumPy does: {@code -rank <= axis < rank}. */
    int axis(Expr e, Tensor x) {
        double v = integral(e, "axis");
        int rank = x.rank();
        if (v < -rank || v >= rank) {
            String valid = rank == 0 ? "a scalar has no axes" : "valid: " + -rank + " to " + (rank - 1);
            throw new ChainException(e.line(), e.column(), "axis " + shown(v) + " is out of range for shape "
                    + x.shape() + " (" + valid + ")");
        }
        return (int) v;
    }

    /** A number of rows, columns or elements: an integer from 0 to 100000. */
    int count(Expr e, String what) {
        double v = integral(e, what);
        if (v < 0 || v > 100_000) {
            throw new ChainException(e.line(), e.column(), what + " must be between 0 and 100000, got " + shown(v));
        }
        return (int) v;
    }

    private double integral(Expr e, String what) {
        double v = number(e, what);
        if (v != Math.rint(v)) {
            throw new ChainException(e.line(), e.column(), what + " must be an integer, got " + shown(v));
        }
        return v;
    }

    /** {@code 3} rather than {@code 3.0}, and {@code 0.5}, {@code 1.0E20}, {@code NaN} as Java writes them. */
    private static String shown(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    boolean bool(Expr e, String what) {
        if (e instanceof Expr.Bool b) {
            return b.value();
        }
        throw new ChainException(e.line(), e.column(), what + " must be true or false");
    }
}
