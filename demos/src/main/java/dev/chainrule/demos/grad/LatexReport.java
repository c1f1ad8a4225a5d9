package dev.chainrule.demos.grad;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --format latex}: the derivation as a complete LaTeX document (article class with amsmath, amssymb and
 * alltt, nothing else), ready for {@code pdflatex}. Values and gradients are boxed {@code bmatrix}es; the program is
 * listed verbatim, with Greek letters and common symbols of its comments typeset and other characters outside
 * Latin-1 shown as {@code ?}.
 */
final class LatexReport extends DocumentReport {
    private static final String GREEK = "αβγδεζηθικλμνξοπρςστυφχψω";
    private static final String[] GREEK_NAMES = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
        "iota", "kappa", "lambda", "mu", "nu", "xi", "o", "pi", "rho", "varsigma", "sigma", "tau", "upsilon", "phi",
        "chi", "psi", "omega"};
    private static final Map<Character, String> SYMBOLS = Map.ofEntries(Map.entry('Γ', "\\Gamma"),
            Map.entry('Δ', "\\Delta"), Map.entry('Θ', "\\Theta"), Map.entry('Λ', "\\Lambda"), Map.entry('Π', "\\Pi"),
            Map.entry('Σ', "\\Sigma"), Map.entry('Φ', "\\Phi"), Map.entry('Ψ', "\\Psi"), Map.entry('Ω', "\\Omega"),
            Map.entry('∂', "\\partial"), Map.entry('−', "-"), Map.entry('·', "\\cdot"), Map.entry('×', "\\times"),
            Map.entry('→', "\\to"), Map.entry('←', "\\leftarrow"), Map.entry('↦', "\\mapsto"), Map.entry('≈', "\\approx"),
            Map.entry('≤', "\\le"), Map.entry('≥', "\\ge"), Map.entry('≠', "\\ne"),
            Map.entry('⊙', "\\odot"), Map.entry('∑', "\\sum"), Map.entry('√', "\\surd"), Map.entry('✓', "\\checkmark"),
            Map.entry('✗', "\\times"), Map.entry('δ', "\\delta"), Map.entry('∇', "\\nabla"), Map.entry('∈', "\\in"));
    /** Characters of {@code \\footnotesize} typewriter type on a line of the article class. */
    private static final int LISTING_WIDTH = 80;
    private static final Pattern ROW = Pattern.compile("\\\\begin\\{bmatrix\\}(.*?)\\\\end\\{bmatrix\\}");

    private LatexReport(Derivation d, String title, String insert) {
        super(d, title, insert);
    }

    static String render(Derivation d) {
        return render(d, null, "");
    }

    /** The document titled {@code title} (the file's base name when null), with LaTeX {@code insert} after the introduction. */
    static String render(Derivation d, String title, String insert) {
        String body = new LatexReport(d, title, insert).render();
        int i = body.indexOf("%MAXMATRIXCOLS%");
        return body.substring(0, i) + maxColumns(body) + body.substring(i + "%MAXMATRIXCOLS%".length());
    }

    /** The widest bmatrix of the document: amsmath allows 10 columns unless told more. */
    private static int maxColumns(String body) {
        int widest = 10;
        Matcher m = ROW.matcher(body);
        while (m.find()) {
            for (String row : m.group(1).split("\\\\\\\\")) {
                widest = Math.max(widest, row.split("&", -1).length);
            }
        }
        return widest;
    }

    @Override
    String begin(String title) {
        return """
                \\documentclass{article}
                \\usepackage[T1]{fontenc}
                \\usepackage{amsmath}
                \\usepackage{amssymb}
                \\usepackage{alltt}
                \\setcounter{MaxMatrixCols}{%MAXMATRIXCOLS%}
                \\title{""" + text(title) + """
                }
                \\author{Checked with \\texttt{chainrule grad}}
                \\date{}
                \\begin{document}
                \\maketitle

                """;
    }

    @Override
    String end() {
        return "\\end{document}\n";
    }

    @Override
    String heading(int level, String content) {
        return (level <= 2 ? "\\section*{" : "\\subsection*{") + content + "}\n\n";
    }

    @Override
    String text(String prose) {
        StringBuilder sb = new StringBuilder();
        for (char c : prose.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '$', '&', '#', '%', '_' -> sb.append('\\').append(c);
                case '^' -> sb.append("\\textasciicircum{}");
                case '~' -> sb.append("\\textasciitilde{}");
                case '<' -> sb.append("\\textless{}");
                case '>' -> sb.append("\\textgreater{}");
                default -> sb.append(unicode(c));
            }
        }
        return sb.toString();
    }

    /** A character pdflatex can set: ASCII and Latin-1 as they are, Greek and math symbols in math mode. */
    private static String unicode(char c) {
        if (c < 0x7f || (c >= 0xa0 && c <= 0xff) || "–—‘’“”…".indexOf(c) >= 0) {
            return String.valueOf(c);
        }
        int greek = GREEK.indexOf(c);
        String symbol = greek >= 0 ? "\\" + GREEK_NAMES[greek] : SYMBOLS.get(c);
        if (c == 'ᵀ') {
            return "\\textsuperscript{T}";
        }
        if (symbol == null) {
            return Character.isWhitespace(c) ? " " : "?";
        }
        return "\\ensuremath{" + symbol + "}";
    }

    @Override
    String code(String code) {
        return "\\texttt{" + text(code) + "}";
    }

    @Override
    String strong(String content) {
        return "\\textbf{" + content + "}";
    }

    @Override
    String display(String math) {
        return "\\[ " + math + " \\]\n\n";
    }

    @Override
    String listing(String source) {
        StringBuilder sb = new StringBuilder("{\\footnotesize\n\\begin{alltt}\n");
        for (char c : wrap(source.replace("\t", "    ")).toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}' -> sb.append('\\').append(c);
                case '\r' -> { }
                default -> sb.append(c == '\n' ? "\n" : unicode(c));
            }
        }
        return sb.append("\n\\end{alltt}\n}\n\n").toString();
    }

    /** Lines longer than the page holds, broken at a space and continued indented. */
    static String wrap(String source) {
        StringBuilder out = new StringBuilder();
        for (String line : source.split("\n", -1)) {
            String rest = line;
            String indent = "";
            while (indent.length() + rest.length() > LISTING_WIDTH) {
                int room = LISTING_WIDTH - indent.length();
                int cut = rest.lastIndexOf(' ', room);
                if (cut <= room / 2) {
                    break;
                }
                out.append(indent).append(rest, 0, cut).append('\n');
                rest = rest.substring(cut + 1);
                indent = "      ";
            }
            out.append(indent).append(rest).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    @Override
    String checklist(String[] items, boolean[] passed) {
        StringBuilder sb = new StringBuilder("\\begin{itemize}\n");
        for (int i = 0; i < items.length; i++) {
            sb.append("\\item[").append(passed[i] ? "$\\checkmark$" : "$\\times$").append("] ").append(items[i])
                    .append('\n');
        }
        return sb.append("\\end{itemize}\n\n").toString();
    }
}
