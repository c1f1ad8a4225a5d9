package dev.chainrule.autograd.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints a {@code .chain} expression as text with only the parentheses it needs: {@link #of} as source (it parses
 * back to the same tree), {@link #pretty} as a person writes a formula ({@code 1 − h1²}, {@code 2·(y − yhat)},
 * {@code W2ᵀ}, {@code [z > 0]} for NumPy's {@code heaviside(z, 0)}).
 *
 * <pre>{@code
 * Expr e = ChainProgram.parse("d = 1 - h1 ^ 2").statements().get(0) ...;
 * ExprText.of(e);       // "1 - h1 ^ 2"
 * ExprText.pretty(e);   // "1 − h1²"
 * }</pre>
 */
public final class ExprText {
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final boolean pretty;

    private ExprText(boolean pretty) {
        this.pretty = pretty;
    }

    /** The expression as source text. */
    public static String of(Expr e) {
        return new ExprText(false).print(e, 0);
    }

    /** The expression as a formula for people: Unicode minus, {@code ·}, superscript powers, {@code ᵀ}. */
    public static String pretty(Expr e) {
        return new ExprText(true).print(e, 0);
    }

    /** {@code e} as an operand in a label such as {@code ∂(W1 @ x)/∂W1}: names, numbers and calls bare, else in parentheses. */
    public static String operand(Expr e) {
        String s = of(e);
        return e instanceof Expr.Name || e instanceof Expr.Num || e instanceof Expr.Call ? s : "(" + s + ")";
    }

    /** Binding strength: 1 for {@code + -}, 2 for {@code * / @}, 3 unary minus, 4 {@code ^}, 5 {@code .T}, 6 atoms. */
    public static int level(Expr e) {
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

    private String print(Expr e, int context) {
        String s = switch (e) {
            case Expr.Num n -> n.text();
            case Expr.Bool b -> Boolean.toString(b.value());
            case Expr.Name n -> n.name();
            case Expr.Literal l -> literal(l);
            case Expr.Negate n -> (n.minus() ? minus() : "+") + print(n.operand(), 3);
            case Expr.Transposed t -> print(t.operand(), 5) + (pretty ? "ᵀ" : ".T");
            case Expr.Binary b -> binary(b);
            case Expr.Call c -> call(c);
        };
        return level(e) < context ? "(" + s + ")" : s;
    }

    private String binary(Expr.Binary b) {
        int p = level(b);
        boolean rightAssoc = b.op() == '^';
        String left = print(b.left(), rightAssoc ? p + 1 : p);
        if (pretty && b.op() == '^' && superscript(b.right()) != null) {
            return left + superscript(b.right());
        }
        String op = switch (b.op()) {
            case '-' -> pretty ? " − " : " - ";
            case '*' -> pretty ? "·" : " * ";
            default -> " " + b.op() + " ";
        };
        return left + op + print(b.right(), rightAssoc ? p : p + 1);
    }

    private String call(Expr.Call c) {
        if (pretty && c.function().equals("heaviside") && c.args().size() == 2
                && c.args().get(1) instanceof Expr.Num h && (h.value() == 0 || h.value() == 1)) {
            // NumPy's heaviside(x, h0): 1 above zero, h0 at zero; as an Iverson bracket
            String relation = h.value() == 0 ? " > " : " ≥ ";
            Expr x = c.args().get(0);
            return x instanceof Expr.Binary d && d.op() == '-'
                    ? "[" + print(d.left(), 1) + relation + print(d.right(), 2) + "]"
                    : "[" + print(x, 0) + relation + "0]";
        }
        if (pretty && c.function().equals("reshape_as") && c.args().size() == 2) {
            return print(c.args().get(0), 6) + " reshaped as " + print(c.args().get(1), 6);
        }
        List<String> args = new ArrayList<>();
        c.args().forEach(a -> args.add(print(a, 0)));
        c.keywords().forEach(k -> args.add(k.name() + "=" + print(k.value(), 0)));
        return c.function() + "(" + String.join(", ", args) + ")";
    }

    private String minus() {
        return pretty ? "−" : "-";
    }

    /** {@code ²} for the exponent 2 (small whole numbers), else null. */
    private static String superscript(Expr exponent) {
        if (exponent instanceof Expr.Num n && n.value() >= 0 && n.value() <= 9 && n.value() == Math.rint(n.value())) {
            return String.valueOf(SUPERSCRIPT_DIGITS.charAt((int) n.value()));
        }
        return null;
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
    public static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
