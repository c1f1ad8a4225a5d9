package dev.chainrule.demos.grad;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.Rule;
import dev.chainrule.autograd.lang.Expr;
import dev.chainrule.autograd.lang.ExprText;
import dev.chainrule.autograd.lang.LocalDerivative;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LaTeX math for names, expressions and numbers, shared by the Markdown and LaTeX reports. Names read as a
 * teacher writes them ({@code W1} is {@code W_{1}}, {@code yhat} is {@code \hat{y}}, {@code eta} is {@code \eta});
 * {@code @} is juxtaposition, {@code *} is {@code \odot} (or {@code \cdot} beside a number), {@code .T} is
 * {@code ^{\top}}, {@code a / b} a fraction, {@code grad(L, z1)} a partial derivative; tensors are {@code bmatrix}es.
 */
final class Tex {
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
            "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi",
            "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega");
    private static final Map<String, String> ACCENTS = Map.of("hat", "\\hat", "bar", "\\bar", "tilde", "\\tilde");
    private static final Map<String, String> FUNCTIONS = Map.of("tanh", "\\tanh", "sigmoid", "\\sigma",
            "exp", "\\exp", "log", "\\log", "relu", "\\operatorname{ReLU}", "leaky_relu", "\\operatorname{LeakyReLU}",
            "log_softmax", "\\operatorname{log\\,softmax}", "mse", "\\operatorname{MSE}", "bce", "\\operatorname{BCE}");
    private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+?)(\\d+)");

    /** Expressions longer than this (as source text) are shown as text, cut short, rather than typeset. */
    private static final int LONGEST_TYPESET = 400;

    private final Numbers num;
    private final boolean full;

    Tex(int precision, boolean full) {
        this.num = new Numbers(precision, full);
        this.full = full;
    }

    /** A number at the report's precision: {@code 0.270000}, {@code 1.5 \times 10^{9}}, {@code \infty}. */
    String number(double v) {
        if (Double.isNaN(v)) {
            return "\\text{NaN}";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\\infty" : "-\\infty";
        }
        return scientific(num.number(v));
    }

    /**
     * A scalar as a number, anything else as a {@code bmatrix} (a vector as one row); a tensor of more than
     * {@link Numbers#THRESHOLD} elements by its first and last rows and columns around {@code \cdots} and
     * {@code \vdots}, unless in full.
     */
    String tensor(Tensor t) {
        if (t.rank() == 0) {
            return number(t.item());
        }
        int rows = t.shape().rows();
        int cols = t.shape().cols();
        boolean summarised = !full && t.size() > Numbers.THRESHOLD;
        int edge = summarised ? Numbers.EDGE : Integer.MAX_VALUE;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            if (summarised && rows > 2 * edge && i == edge) {
                lines.add(String.join(" & ", java.util.Collections.nCopies(Math.min(cols, 2 * edge + 1), "\\vdots")));
                i = rows - edge - 1;
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int j = 0; j < cols; j++) {
                if (summarised && cols > 2 * edge && j == edge) {
                    cells.add("\\cdots");
                    j = cols - edge - 1;
                    continue;
                }
                cells.add(number(t.rank() == 2 ? t.get(i, j) : t.get(j)));
            }
            lines.add(String.join(" & ", cells));
        }
        return "\\begin{bmatrix}" + String.join("\\\\", lines) + "\\end{bmatrix}";
    }

    /** {@code \frac{\partial top}{\partial bottom}}, both already LaTeX. */
    static String partial(String top, String bottom) {
        return "\\frac{\\partial " + top + "}{\\partial " + bottom + "}";
    }

    /** A name of the language as LaTeX: {@code W1} → {@code W_{1}}, {@code yhat} → {@code \hat{y}}, {@code x_new}. */
    static String name(String name) {
        String[] parts = name.split("_", -1);
        if (parts.length > 1 && ACCENTS.containsKey(parts[parts.length - 1]) && !parts[0].isEmpty()) {
            String rest = name.substring(0, name.length() - parts[parts.length - 1].length() - 1);
            return ACCENTS.get(parts[parts.length - 1]) + "{" + name(rest) + "}";
        }
        if (name.isEmpty() || parts[0].isEmpty() || List.of(parts).contains("")) {
            return "\\mathrm{" + name.replace("_", "\\_") + "}";
        }
        List<String> subscripts = new ArrayList<>();
        String base = parts[0];
        Matcher m = INDEXED.matcher(base);
        if (m.matches()) {
            base = m.group(1);
            subscripts.add(m.group(2));
        }
        for (int i = 1; i < parts.length; i++) {
            subscripts.add(parts[i].chars().allMatch(Character::isDigit) ? parts[i] : word(parts[i]));
        }
        String head = word(base);
        return subscripts.isEmpty() ? head : head + "_{" + String.join(",", subscripts) + "}";
    }

    /** One word of a name: a single letter, a Greek letter, {@code yhat} as {@code \hat{y}}, else upright. */
    private static String word(String w) {
        if (w.length() == 1) {
            return w;
        }
        if (GREEK.contains(w)) {
            return "\\" + w;
        }
        if (w.equals("lam")) {
            return "\\lambda";
        }
        for (Map.Entry<String, String> a : ACCENTS.entrySet()) {
            if (w.length() > a.getKey().length() && w.endsWith(a.getKey()) && w.chars().allMatch(Character::isLetter)) {
                return a.getValue() + "{" + word(w.substring(0, w.length() - a.getKey().length())) + "}";
            }
        }
        return w.chars().allMatch(Character::isLetterOrDigit) ? "\\mathrm{" + w + "}" : "\\mathrm{" + w.replace("_", "\\_") + "}";
    }

    /** An expression as LaTeX, with only the parentheses it needs. */
    static String of(Expr e) {
        String source = ExprText.of(e, LONGEST_TYPESET);
        if (source.endsWith("…")) {
            return "\\text{\\texttt{" + source.replace("\\", "\\textbackslash{}").replace("_", "\\_")
                    .replace("^", "\\^{}").replace("#", "\\#").replace("&", "\\&").replace("%", "\\%")
                    .replace("$", "\\$").replace("{", "\\{").replace("}", "\\}").replace("…", "\\ldots{}") + "}}";
        }
        return print(e, 0);
    }

    /** A local derivative's formula: {@code G \mapsto} before a map, the spread note after. */
    static String formula(LocalDerivative d) {
        String f = (d.form() == Rule.Form.MAP ? "G \\mapsto " : "") + of(d.formula());
        return d.form() == Rule.Form.MAP || d.spread() == LocalDerivative.Spread.NONE ? f
                : f + " \\quad \\text{(" + d.spread().words() + ")}";
    }

    /**
     * An expression ready to take a superscript or to stand as a factor: names, numbers, matrices and function
     * applications as they are, anything else in parentheses.
     */
    static String atom(Expr e) {
        return atomic(e) ? of(e) : paren(of(e));
    }

    /** {@code latex} in parentheses, which grow when it holds a fraction, a sum or a matrix. */
    static String paren(String latex) {
        boolean tall = latex.contains("\\frac") || latex.contains("\\sum") || latex.contains("bmatrix");
        return tall ? "\\left(" + latex + "\\right)" : "(" + latex + ")";
    }

    /** What a partial derivative is taken of or with respect to: an atom, a power or a transpose as it is. */
    static String operand(Expr e) {
        return e instanceof Expr.Transposed || e instanceof Expr.Binary b && b.op() == '^' ? of(e) : atom(e);
    }

    private static boolean atomic(Expr e) {
        return switch (e) {
            case Expr.Name n -> true;
            case Expr.Literal l -> true;
            case Expr.Num n -> !n.text().startsWith("-") && !n.text().matches(".*[eE].*");
            case Expr.Call c -> !Set.of("grad", "sum", "transpose").contains(c.function());
            default -> false;
        };
    }

    private static String print(Expr e, int context) {
        String s = switch (e) {
            case Expr.Num n -> scientific(n.text());
            case Expr.Bool b -> "\\text{" + b.value() + "}";
            case Expr.Name n -> name(n.name());
            case Expr.Literal l -> literal(l);
            case Expr.Negate n -> (n.minus() ? "-" : "+") + print(n.operand(), 3);
            case Expr.Transposed t -> atom(t.operand()) + "^{\\top}";
            case Expr.Binary b -> binary(b);
            case Expr.Call c -> call(c);
        };
        boolean fraction = e instanceof Expr.Binary b && b.op() == '/';
        return !fraction && ExprText.level(e) < context ? paren(s) : s;
    }

    private static String binary(Expr.Binary b) {
        int p = ExprText.level(b);
        return switch (b.op()) {
            case '/' -> "\\frac{" + of(b.left()) + "}{" + of(b.right()) + "}";
            case '^' -> atom(b.left()) + "^{" + of(b.right()) + "}";
            case '@' -> product(b) + (startsWithDigit(b.right()) ? " \\, " : " ") + print(b.right(), p + 1);
            case '*' -> product(b) + (scalar(b.left()) || scalar(b.right()) ? " \\cdot " : " \\odot ")
                    + print(b.right(), p + 1);
            default -> print(b.left(), p) + " " + b.op() + " " + print(b.right(), p + 1);
        };
    }

    /**
     * The left factor of {@code @} or {@code *}: in parentheses when it is a product of the other kind (not to mix
     * them) or a sum (whose {@code \sum} would take in what follows).
     */
    private static String product(Expr.Binary b) {
        boolean mixed = b.left() instanceof Expr.Binary l && (l.op() == '@' || l.op() == '*') && l.op() != b.op();
        boolean sum = b.left() instanceof Expr.Call c && c.function().equals("sum");
        return mixed || sum ? paren(of(b.left())) : print(b.left(), ExprText.level(b));
    }

    /** A number, or a sum or mean of everything: a factor that scales rather than multiplies element-wise. */
    private static boolean scalar(Expr e) {
        return switch (e) {
            case Expr.Num n -> true;
            case Expr.Negate n -> scalar(n.operand());
            case Expr.Call c -> (c.function().equals("sum") || c.function().equals("mean")) && c.args().size() == 1
                    && c.keywords().isEmpty();
            case Expr.Binary b -> b.op() != '@' && scalar(b.left()) && scalar(b.right());
            default -> false;
        };
    }

    private static boolean startsWithDigit(Expr e) {
        return e instanceof Expr.Num || e instanceof Expr.Negate;
    }

    private static String call(Expr.Call c) {
        List<String> args = new ArrayList<>();
        c.args().forEach(a -> args.add(of(a)));
        String keywords = keywords(c.keywords());
        return switch (c.function()) {
            case "grad" -> partial(of(c.args().get(0)), of(c.args().get(1)));
            case "heaviside" -> iverson(c);
            case "reshape_as" -> atom(c.args().get(0)) + " \\text{ reshaped as } " + atom(c.args().get(1));
            case "sqrt" -> "\\sqrt{" + args.get(0) + "}";
            case "abs" -> "\\left\\lvert " + args.get(0) + " \\right\\rvert";
            case "transpose" -> atom(c.args().get(0)) + "^{\\top}";
            case "sum" -> {
                Expr a = c.args().get(0);
                boolean bare = ExprText.level(a) >= 4 && !(a instanceof Expr.Call && !atomic(a));
                yield "\\sum" + keywords + " " + (bare ? args.get(0) : paren(args.get(0)));
            }
            default -> FUNCTIONS.getOrDefault(c.function(), "\\operatorname{" + c.function().replace("_", "\\_") + "}")
                    + keywords + paren(String.join(", ", args));
        };
    }

    /** NumPy's {@code heaviside(x, 0)} as the Iverson bracket {@code [x > 0]} ({@code h0 = 1}: {@code [x \\geq 0]}). */
    private static String iverson(Expr.Call c) {
        boolean atZero = c.args().size() == 2 && c.args().get(1) instanceof Expr.Num h && h.value() == 1;
        String relation = atZero ? " \\geq " : " > ";
        Expr x = c.args().get(0);
        return x instanceof Expr.Binary d && d.op() == '-'
                ? "[" + print(d.left(), 1) + relation + print(d.right(), 2) + "]"
                : "[" + of(x) + relation + "0]";
    }

    private static String keywords(List<Expr.Keyword> keywords) {
        if (keywords.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        keywords.forEach(k -> parts.add("\\text{" + k.name().replace("_", "\\_") + "}=" + of(k.value())));
        return "_{" + String.join(",\\,", parts) + "}";
    }

    private static String literal(Expr.Literal l) {
        List<double[]> rows = l.rows() == null ? List.<double[]>of(l.vector()) : List.of(l.rows());
        List<String> lines = new ArrayList<>();
        for (double[] row : rows) {
            List<String> cells = new ArrayList<>();
            for (double v : row) {
                cells.add(scientific(ExprText.plain(v)));
            }
            lines.add(String.join(" & ", cells));
        }
        return "\\begin{bmatrix}" + String.join("\\\\", lines) + "\\end{bmatrix}";
    }

    /** {@code 2e-3} → {@code 2 \times 10^{-3}}; anything without an exponent unchanged. */
    static String scientific(String number) {
        int e = Math.max(number.indexOf('e'), number.indexOf('E'));
        if (e < 0) {
            return number;
        }
        String exponent = number.substring(e + 1).replaceFirst("^\\+", "").replaceFirst("^(-?)0+(?=\\d)", "$1");
        String mantissa = number.substring(0, e);
        return (mantissa.equals("1") ? "" : mantissa + " \\times ") + "10^{" + exponent + "}";
    }
}
