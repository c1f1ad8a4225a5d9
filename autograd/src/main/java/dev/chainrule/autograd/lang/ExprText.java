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

    /** The longest text {@link #of(Expr, int)} and the other abbreviating forms print by default. */
    public static final int SHORT = 120;

    private final boolean pretty;
    private final int max;
    private final StringBuilder out = new StringBuilder();

    private ExprText(boolean pretty, int max) {
        this.pretty = pretty;
        this.max = max;
    }

    /** The expression as source text, in full (however long; deep nesting needs a deep stack: see {@link DeepStack}). */
    public static String of(Expr e) {
        return new ExprText(false, Integer.MAX_VALUE).text(e);
    }

    /**
     * The expression as source text, cut with {@code …} after about {@code maxChars} characters: the time it takes is
     * bounded by {@code maxChars} and the expression's depth along its left edge, not by its size.
     */
    public static String of(Expr e, int maxChars) {
        return new ExprText(false, maxChars).text(e);
    }

    /** The expression as a formula for people: Unicode minus, {@code ·}, superscript powers, {@code ᵀ}. */
    public static String pretty(Expr e) {
        return new ExprText(true, Integer.MAX_VALUE).text(e);
    }

    /** {@link #pretty(Expr)}, cut with {@code …} after about {@code maxChars} characters. */
    public static String pretty(Expr e, int maxChars) {
        return new ExprText(true, maxChars).text(e);
    }

    /** {@code e} as an operand in a label such as {@code ∂(W1 @ x)/∂W1}: names, numbers and calls bare, else in parentheses. */
    public static String operand(Expr e) {
        return operand(e, Integer.MAX_VALUE);
    }

    /** {@link #operand(Expr)}, cut with {@code …} after about {@code maxChars} characters. */
    public static String operand(Expr e, int maxChars) {
        String s = of(e, maxChars);
        return e instanceof Expr.Name || e instanceof Expr.Num || e instanceof Expr.Call ? s : "(" + s + ")";
    }

    private String text(Expr e) {
        print(e, 0);
        return out.length() > max ? out.substring(0, Math.max(0, max - 1)) + "…" : out.toString();
    }

    private boolean full() {
        return out.length() > max;
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

    private void print(Expr e, int context) {
        if (full()) {
            return;
        }
        boolean parens = level(e) < context;
        if (parens) {
            out.append('(');
        }
        switch (e) {
            case Expr.Num n -> out.append(n.text());
            case Expr.Bool b -> out.append(b.value());
            case Expr.Name n -> out.append(n.name());
            case Expr.Literal l -> literal(l);
            case Expr.Negate n -> {
                out.append(n.minus() ? minus() : "+");
                print(n.operand(), 3);
            }
            case Expr.Transposed t -> {
                print(t.operand(), 5);
                out.append(pretty ? "ᵀ" : ".T");
            }
            case Expr.Binary b -> binary(b);
            case Expr.Call c -> call(c);
        }
        if (parens) {
            out.append(')');
        }
    }

    private void binary(Expr.Binary b) {
        int p = level(b);
        boolean rightAssoc = b.op() == '^';
        print(b.left(), rightAssoc ? p + 1 : p);
        if (pretty && b.op() == '^' && superscript(b.right()) != null) {
            out.append(superscript(b.right()));
            return;
        }
        out.append(switch (b.op()) {
            case '-' -> pretty ? " − " : " - ";
            case '*' -> pretty ? "·" : " * ";
            default -> " " + b.op() + " ";
        });
        print(b.right(), rightAssoc ? p : p + 1);
    }

    private void call(Expr.Call c) {
        if (pretty && c.function().equals("heaviside") && c.args().size() == 2
                && c.args().get(1) instanceof Expr.Num h && (h.value() == 0 || h.value() == 1)) {
            // NumPy's heaviside(x, h0): 1 above zero, h0 at zero; as an Iverson bracket
            String relation = h.value() == 0 ? " > " : " ≥ ";
            Expr x = c.args().get(0);
            out.append('[');
            if (x instanceof Expr.Binary d && d.op() == '-') {
                print(d.left(), 1);
                out.append(relation);
                print(d.right(), 2);
            } else {
                print(x, 0);
                out.append(relation).append('0');
            }
            out.append(']');
            return;
        }
        if (pretty && c.function().equals("reshape_as") && c.args().size() == 2) {
            print(c.args().get(0), 6);
            out.append(" reshaped as ");
            print(c.args().get(1), 6);
            return;
        }
        out.append(c.function()).append('(');
        String separator = "";
        for (Expr a : c.args()) {
            out.append(separator);
            print(a, 0);
            separator = ", ";
        }
        for (Expr.Keyword k : c.keywords()) {
            out.append(separator).append(k.name()).append('=');
            print(k.value(), 0);
            separator = ", ";
        }
        out.append(')');
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

    private void literal(Expr.Literal l) {
        if (l.rows() == null) {
            row(l.vector());
            return;
        }
        out.append('[');
        for (int i = 0; i < l.rows().length && !full(); i++) {
            out.append(i > 0 ? ", " : "");
            row(l.rows()[i]);
        }
        out.append(']');
    }

    private void row(double[] values) {
        out.append('[');
        for (int i = 0; i < values.length && !full(); i++) {
            out.append(i > 0 ? ", " : "").append(plain(values[i]));
        }
        out.append(']');
    }

    /** A number as a person would write it: {@code 2}, {@code 0.5}, {@code 1.0E-4}. */
    public static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
