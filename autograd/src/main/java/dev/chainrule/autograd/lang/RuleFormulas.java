package dev.chainrule.autograd.lang;

import dev.chainrule.autograd.Op;
import dev.chainrule.autograd.Rule;
import dev.chainrule.autograd.Tensor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The formulas of the ops' {@link Rule}s as expressions: parsed once, with the op's operands, constants and result
 * put in for the names of its record's components ({@code x}, {@code a}, {@code b}, {@code p}, …) and {@code out}.
 */
final class RuleFormulas {
    private static final Map<String, Expr> PARSED = new ConcurrentHashMap<>();

    private RuleFormulas() {
    }

    /** A formula or notation of a rule, parsed (once per text). */
    static Expr parse(String formula) {
        return PARSED.computeIfAbsent(formula, Parser::expression);
    }

    /** How {@code node}'s op is written, with its operands as {@code names} gives them. */
    static Expr notation(Tensor node, Map<Tensor, Expr> names) {
        return substitute(parse(node.op().rule().notation()), bindings(node, names));
    }

    /** The rule's formula for input {@code input} of {@code node}'s op, in {@code names}; {@code G} stays {@code G}. */
    static Expr derivative(Tensor node, int input, Map<Tensor, Expr> names) {
        return substitute(parse(node.op().rule().derivative(input)), bindings(node, names));
    }

    /**
     * What each name of the op's formulas stands for: a tensor component by its entry in {@code names} (a constant
     * leaf by its number), a number component by its value, {@code out} by {@code node}'s entry.
     */
    static Map<String, Expr> bindings(Tensor node, Map<Tensor, Expr> names) {
        Map<String, Expr> by = new HashMap<>();
        Op op = node.op();
        for (RecordComponent c : op.getClass().getRecordComponents()) {
            Object value = component(op, c);
            if (value instanceof Tensor t) {
                by.put(c.getName(), names.containsKey(t) ? names.get(t) : constant(t));
            } else if (value instanceof Number n) {
                by.put(c.getName(), Simplify.number(n.doubleValue()));
            }
        }
        if (names.containsKey(node)) {
            by.put("out", names.get(node));
        }
        return by;
    }

    /** A leaf that is no operand of the step: a scalar by its number, anything else by a name saying what it is. */
    static Expr constant(Tensor leaf) {
        return leaf.size() == 1 && leaf.rank() == 0 ? Simplify.number(leaf.item())
                : new Expr.Name("constant" + leaf.shape(), 0, 0);
    }

    private static Object component(Op op, RecordComponent c) {
        try {
            return c.getAccessor().invoke(op);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + op.name(), e);
        }
    }

    /** {@code e} with every name in {@code by} replaced (the replacements themselves are not looked into). */
    static Expr substitute(Expr e, Map<String, Expr> by) {
        return switch (e) {
            case Expr.Name n -> by.getOrDefault(n.name(), n);
            case Expr.Num n -> n;
            case Expr.Bool b -> b;
            case Expr.Literal l -> l;
            case Expr.Negate n -> new Expr.Negate(substitute(n.operand(), by), n.minus(), 0, 0);
            case Expr.Transposed t -> new Expr.Transposed(substitute(t.operand(), by), 0, 0);
            case Expr.Binary b -> new Expr.Binary(b.op(), substitute(b.left(), by), substitute(b.right(), by), 0, 0);
            case Expr.Call c -> {
                List<Expr> args = new ArrayList<>();
                c.args().forEach(a -> args.add(substitute(a, by)));
                List<Expr.Keyword> keywords = new ArrayList<>();
                c.keywords().forEach(k -> keywords.add(new Expr.Keyword(k.name(), substitute(k.value(), by), 0, 0)));
                yield new Expr.Call(c.function(), args, keywords, 0, 0);
            }
        };
    }
}
