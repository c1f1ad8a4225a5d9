package dev.chainrule.demos.grad;

import dev.chainrule.autograd.lang.Expr;
import java.util.ArrayList;
import java.util.List;

/** Prints a {@code .chain} expression back as source text, with only the parentheses it needs. */
final class ExprText {
    private ExprText() {
    }

    static String of(Expr e) {
        return print(e, 0);
    }

    /** Binding strength: 1 for {@code + -}, 2 for {@code * / @}, 3 unary minus, 4 {@code ^}, 5 {@code .T}, 6 atoms. */
    static int level(Expr e) {
        return switch (e) {
            case Expr.Binary b -> switch (b.op()) {
                case '+', '-' -> 1;
                case '^' -> 4;
                default -> 2;
            };
            case Expr.Negate n -> 3;
            case Expr.Transposed t -> 5;
            default -> 6;
        };
    }

    private static String print(Expr e, int context) {
        String s = switch (e) {
            case Expr.Num n -> n.text();
            case Expr.Bool b -> Boolean.toString(b.value());
            case Expr.Name n -> n.name();
            case Expr.Literal l -> literal(l);
            case Expr.Negate n -> (n.minus() ? "-" : "+") + print(n.operand(), 3);
            case Expr.Transposed t -> print(t.operand(), 5) + ".T";
            case Expr.Binary b -> {
                int p = level(b);
                boolean rightAssoc = b.op() == '^';
                yield print(b.left(), rightAssoc ? p + 1 : p) + " " + b.op() + " " + print(b.right(), rightAssoc ? p : p + 1);
            }
            case Expr.Call c -> {
                List<String> args = new ArrayList<>();
                c.args().forEach(a -> args.add(print(a, 0)));
                c.keywords().forEach(k -> args.add(k.name() + "=" + print(k.value(), 0)));
                yield c.function() + "(" + String.join(", ", args) + ")";
            }
        };
        return level(e) < context ? "(" + s + ")" : s;
    }

    private static String literal(Expr.Literal l) {
        if (l.rows() == null) {
            return row(l.vector());
        }
        List<String> rows = new ArrayList<>();
        for (double[] r : l.rows()) {
            rows.add(row(r));
        }
        return "[" + String.join(", ", rows) + "]";
    }

    private static String row(double[] values) {
        List<String> cells = new ArrayList<>();
        for (double v : values) {
            cells.add(plain(v));
        }
        return "[" + String.join(", ", cells) + "]";
    }

    /** A number as a person would write it: {@code 2}, {@code 0.5}, {@code 1.0E-4}. */
    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
