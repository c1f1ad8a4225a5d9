package dev.chainrule.autograd.lang;

import dev.chainrule.autograd.Rule;
import dev.chainrule.autograd.Tensor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The local derivatives of one assignment, step by step, taken from the ops' own rules and numbers: for each
 * operation of the expression (in the order a person reads it), the ops that computed it — one for {@code tanh},
 * several for {@code a - b} — are chained: the rule of each (its {@link Rule} formula, its {@code vjp} for the
 * numbers) from the step's result down to the step's operands.
 */
final class LocalDerivatives {
    /** Calls that make constants or gradients: their steps have no local derivative to show. */
    private static final Set<String> NO_DERIVATIVE = Set.of("full", "zeros", "ones", "eye", "grad");

    private final Evaluation evaluation;
    private final List<LocalDerivative> out = new ArrayList<>();

    private LocalDerivatives(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    static List<LocalDerivative> of(Binding b, Evaluation evaluation) {
        LocalDerivatives d = new LocalDerivatives(evaluation);
        Statement.Assign a = b.statement();
        Deque<Expr[]> pending = new ArrayDeque<>();
        pending.push(new Expr[] {a.value(), new Expr.Name(b.name(), a.line(), a.column())});
        while (!pending.isEmpty()) {
            Expr[] next = pending.pop();
            Expr e = next[0];
            if (e instanceof Expr.Call c && NO_DERIVATIVE.contains(c.function())) {
                continue;
            }
            d.step(e, next[1]);
            List<Expr> children = e.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(new Expr[] {children.get(i), children.get(i)});
            }
        }
        return Collections.unmodifiableList(d.out);
    }

    /** The derivatives of step {@code e}, called {@code label}, with respect to each of its operands. */
    private void step(Expr e, Expr label) {
        Tensor top = evaluation.value(e).orElse(null);
        if (top == null || top.isLeaf() || e.children().isEmpty()) {
            return; // a value written as it is, or a name for one computed elsewhere (L = y)
        }
        IdentityHashMap<Tensor, Expr> names = new IdentityHashMap<>();
        Map<String, Expr> placeholders = new HashMap<>();
        List<Expr> operands = new ArrayList<>();
        for (Expr child : e.children()) {
            Tensor t = evaluation.value(child).orElse(null);
            if (t == null || names.containsKey(t)) {
                continue;
            }
            if (constant(child)) {
                names.put(t, child);
            } else {
                String placeholder = "$" + operands.size();
                names.put(t, new Expr.Name(placeholder, 0, 0));
                placeholders.put(placeholder, child);
                operands.add(child);
            }
        }
        if (names.containsKey(top)) {
            return; // the step is its operand (unary plus, .T of a vector)
        }
        List<Tensor> inside = inside(top, names);
        names.put(top, new Expr.Name("$out", 0, 0));
        placeholders.put("$out", label);
        for (Tensor n : inside) {
            if (n != top) {
                names.put(n, RuleFormulas.notation(n, names));
            }
        }
        boolean elementwise = inside.stream().allMatch(n -> n.op().rule().form() == Rule.Form.ELEMENTWISE);
        IdentityHashMap<Tensor, Expr> formula = new IdentityHashMap<>();
        IdentityHashMap<Tensor, Tensor> numbers = new IdentityHashMap<>();
        formula.put(top, elementwise ? Simplify.ONE : new Expr.Name("G", 0, 0));
        numbers.put(top, Tensor.ones(top.shape()));
        for (int i = inside.size() - 1; i >= 0; i--) {
            Tensor n = inside.get(i);
            Expr above = formula.get(n);
            if (above == null) {
                continue;
            }
            List<Tensor> inputs = n.inputs();
            for (int k = 0; k < inputs.size(); k++) {
                Tensor input = inputs.get(k);
                if (!names.containsKey(input) || names.get(input) instanceof Expr.Num || constantOperand(input, names)) {
                    continue;
                }
                Expr d = RuleFormulas.derivative(n, k, names);
                Expr chained = elementwise || n.op().rule().form() == Rule.Form.ELEMENTWISE
                        ? Simplify.product(above, Simplify.of(d))
                        : Simplify.of(RuleFormulas.substitute(d, Map.of("G", above)));
                formula.merge(input, chained, (x, y) -> Simplify.binary('+', x, y));
                if (elementwise) {
                    numbers.merge(input, n.op().vjp(k, n, numbers.get(n)), Tensor::add);
                }
            }
        }
        for (Expr operand : operands) {
            Tensor t = evaluation.value(operand).orElseThrow();
            Expr f = formula.get(t);
            if (f != null) {
                out.add(local(label, operand, t, top, elementwise, f, numbers.get(t), placeholders));
            }
        }
    }

    private static LocalDerivative local(Expr label, Expr operand, Tensor t, Tensor top, boolean elementwise, Expr f,
                                         Tensor numbers, Map<String, Expr> placeholders) {
        boolean larger = t.size() != top.size() ? t.size() > top.size() : t.rank() > top.rank();
        LocalDerivative.Spread spread = t.shape().equals(top.shape()) ? LocalDerivative.Spread.NONE
                : larger ? LocalDerivative.Spread.REDUCTION : LocalDerivative.Spread.BROADCAST;
        boolean shown = elementwise && spread != LocalDerivative.Spread.BROADCAST && Simplify.value(f) == null;
        return new LocalDerivative(label, operand, elementwise ? Rule.Form.ELEMENTWISE : Rule.Form.MAP,
                RuleFormulas.substitute(f, placeholders), shown ? Optional.of(numbers.detach()) : Optional.empty(), spread);
    }

    /** A number, a literal or {@code true}: written as it is, with no derivative worth showing. */
    private static boolean constant(Expr e) {
        return e instanceof Expr.Num || e instanceof Expr.Literal || e instanceof Expr.Bool
                || e instanceof Expr.Negate n && constant(n.operand());
    }

    private static boolean constantOperand(Tensor t, Map<Tensor, Expr> names) {
        Expr e = names.get(t);
        return e != null && !(e instanceof Expr.Name) && constant(e);
    }

    /**
     * The nodes that computed the step: {@code top} and what lies between it and the operands (whose tensors are
     * the keys of {@code operands}), each after its inputs.
     */
    private static List<Tensor> inside(Tensor top, Map<Tensor, Expr> operands) {
        List<Tensor> order = new ArrayList<>();
        IdentityHashMap<Tensor, Boolean> seen = new IdentityHashMap<>();
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {top, 0});
        seen.put(top, Boolean.TRUE);
        while (!stack.isEmpty()) {
            Object[] frame = stack.peek();
            Tensor n = (Tensor) frame[0];
            int next = (Integer) frame[1];
            if (next < n.inputs().size()) {
                frame[1] = next + 1;
                Tensor in = n.inputs().get(next);
                if (!in.isLeaf() && !operands.containsKey(in) && seen.put(in, Boolean.TRUE) == null) {
                    stack.push(new Object[] {in, 0});
                }
            } else {
                order.add((Tensor) stack.pop()[0]);
            }
        }
        return order;
    }
}
