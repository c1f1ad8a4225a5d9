package dev.chainrule.autograd.lang;

import java.util.List;

/**
 * An expression of a {@code .chain} program. Every node records where it starts (or, for an operator, where the
 * operator is), so that errors point at it.
 */
public sealed interface Expr {
    int line();

    int column();

    /** The expressions this one is made of, left to right (a call's keyword values after its arguments). */
    default List<Expr> children() {
        return switch (this) {
            case Binary b -> List.of(b.left(), b.right());
            case Negate n -> List.of(n.operand());
            case Transposed t -> List.of(t.operand());
            case Call c -> {
                if (c.keywords().isEmpty()) {
                    yield c.args();
                }
                List<Expr> all = new java.util.ArrayList<>(c.args());
                c.keywords().forEach(k -> all.add(k.value()));
                yield List.copyOf(all);
            }
            case Num n -> List.of();
            case Name n -> List.of();
            case Literal l -> List.of();
            case Bool b -> List.of();
        };
    }

    /** A number literal such as {@code 0.5} or {@code 2e-3}. */
    record Num(double value, String text, int line, int column) implements Expr {
    }

    /** A use of a named value. */
    record Name(String name, int line, int column) implements Expr {
    }

    /** A vector literal {@code [1, 2, 3]} ({@code rows == null}) or matrix literal {@code [[1, 2], [3, 4]]}. */
    record Literal(double[] vector, double[][] rows, int line, int column) implements Expr {
    }

    /** Unary minus (or plus). */
    record Negate(Expr operand, boolean minus, int line, int column) implements Expr {
    }

    /** {@code left op right} for one of {@code + - * / @ ^}. */
    record Binary(char op, Expr left, Expr right, int line, int column) implements Expr {
    }

    /** Postfix {@code .T}. */
    record Transposed(Expr operand, int line, int column) implements Expr {
    }

    /** A function call with positional and keyword arguments, e.g. {@code sum(x, axis=1, keepdims=true)}. */
    record Call(String function, List<Expr> args, List<Keyword> keywords, int line, int column) implements Expr {
    }

    /** One {@code name=value} argument. */
    record Keyword(String name, Expr value, int line, int column) {
    }

    /** {@code true} or {@code false}, allowed as keyword values. */
    record Bool(boolean value, int line, int column) implements Expr {
    }
}
