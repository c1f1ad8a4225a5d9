package dev.chainrule.autograd.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * The little algebra that makes a chained formula read as a person writes it: numbers folded ({@code 2 - 1} is
 * {@code 1}), factors of 1 dropped, signs and numeric factors gathered in front ({@code 1·(−1)} is {@code −1},
 * {@code 0.25·2·(a − b)} is {@code 0.5·(a − b)}), {@code x ^ 1} is {@code x}. Nothing else: it never reorders or
 * expands, so the formula keeps the shape of the rule it came from.
 */
final class Simplify {
    static final Expr ONE = number(1);

    private Simplify() {
    }

    /** A number as an expression; a negative one as a minus before its magnitude. */
    static Expr number(double v) {
        if (Double.isNaN(v)) {
            return new Expr.Num(v, "NaN", 0, 0);
        }
        if (v < 0 || v == 0 && 1 / v < 0) {
            return new Expr.Negate(number(-v), true, 0, 0);
        }
        String text = v == Math.rint(v) && v < 1e15 ? Long.toString((long) v) : Double.isInfinite(v) ? "Infinity"
                : new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toString().replace("E", "e");
        return new Expr.Num(v, text, 0, 0);
    }

    static Expr of(Expr e) {
        return switch (e) {
            case Expr.Binary b -> binary(b.op(), of(b.left()), of(b.right()));
            case Expr.Negate n -> n.minus() ? negate(of(n.operand())) : of(n.operand());
            case Expr.Transposed t -> new Expr.Transposed(of(t.operand()), 0, 0);
            case Expr.Call c -> {
                List<Expr> args = new ArrayList<>();
                c.args().forEach(a -> args.add(of(a)));
                yield new Expr.Call(c.function(), args, c.keywords(), 0, 0);
            }
            default -> e;
        };
    }

    /** {@code left op right}, simplified (both sides already are). */
    static Expr binary(char op, Expr left, Expr right) {
        Double l = value(left);
        Double r = value(right);
        if (l != null && r != null && op != '@') {
            double v = switch (op) {
                case '+' -> l + r;
                case '-' -> l - r;
                case '*' -> l * r;
                case '/' -> l / r;
                default -> Math.pow(l, r);
            };
            if (Double.isFinite(v)) {
                return number(v);
            }
        }
        return switch (op) {
            case '*' -> product(left, right);
            case '+' -> isNumber(left, 0) ? right : isNumber(right, 0) ? left
                    : right instanceof Expr.Negate n && n.minus() ? new Expr.Binary('-', left, n.operand(), 0, 0)
                    : left instanceof Expr.Negate n && n.minus() ? new Expr.Binary('-', right, n.operand(), 0, 0)
                    : new Expr.Binary('+', left, right, 0, 0);
            case '-' -> isNumber(right, 0) ? left : isNumber(left, 0) ? negate(right)
                    : new Expr.Binary('-', left, right, 0, 0);
            case '/' -> isNumber(right, 1) ? left : new Expr.Binary('/', left, right, 0, 0);
            case '^' -> isNumber(right, 1) ? left : isNumber(right, 0) ? ONE : new Expr.Binary('^', left, right, 0, 0);
            default -> new Expr.Binary(op, left, right, 0, 0);
        };
    }

    /** {@code -e}: a number's sign flipped, a double minus dropped, a product's sign gathered in front. */
    static Expr negate(Expr e) {
        Double v = value(e);
        if (v != null) {
            return number(-v);
        }
        if (e instanceof Expr.Negate n && n.minus()) {
            return n.operand();
        }
        if (e instanceof Expr.Binary b && b.op() == '*') {
            return product(number(-1), e);
        }
        return new Expr.Negate(e, true, 0, 0);
    }

    /**
     * {@code left * right} with the numeric factors and signs of both multiplied into one coefficient in front, and
     * factors {@code 1 / y} turned into a division by {@code y}.
     */
    static Expr product(Expr left, Expr right) {
        double[] coefficient = {1};
        List<Expr> factors = new ArrayList<>();
        factors(left, coefficient, factors);
        factors(right, coefficient, factors);
        if (coefficient[0] == 0) {
            return number(0);
        }
        Expr numerator = null;
        Expr denominator = null;
        for (Expr f : factors) {
            if (f instanceof Expr.Binary b && b.op() == '/' && isNumber(b.left(), 1)) {
                denominator = denominator == null ? b.right() : new Expr.Binary('*', denominator, b.right(), 0, 0);
            } else {
                numerator = numerator == null ? f : new Expr.Binary('*', numerator, f, 0, 0);
            }
        }
        Expr rest = denominator == null ? numerator
                : new Expr.Binary('/', numerator == null ? ONE : numerator, denominator, 0, 0);
        if (rest == null) {
            return number(coefficient[0]);
        }
        double c = Math.abs(coefficient[0]);
        Expr scaled = c == 1 ? rest : new Expr.Binary('*', number(c), rest, 0, 0);
        return coefficient[0] < 0 ? new Expr.Negate(scaled, true, 0, 0) : scaled;
    }

    private static void factors(Expr e, double[] coefficient, List<Expr> out) {
        Double v = value(e);
        if (v != null) {
            coefficient[0] *= v;
        } else if (e instanceof Expr.Binary b && b.op() == '*') {
            factors(b.left(), coefficient, out);
            factors(b.right(), coefficient, out);
        } else if (e instanceof Expr.Negate n && n.minus()) {
            coefficient[0] = -coefficient[0];
            factors(n.operand(), coefficient, out);
        } else {
            out.add(e);
        }
    }

    /** The value of a number, or of a minus before a number; null for anything else. */
    static Double value(Expr e) {
        if (e instanceof Expr.Num n) {
            return n.value();
        }
        if (e instanceof Expr.Negate n && n.operand() instanceof Expr.Num m) {
            return n.minus() ? -m.value() : m.value();
        }
        return null;
    }

    private static boolean isNumber(Expr e, double v) {
        Double x = value(e);
        return x != null && x == v;
    }
}
