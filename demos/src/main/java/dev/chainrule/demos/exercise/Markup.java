package dev.chainrule.demos.exercise;

import java.util.List;

/**
 * The markup of a sheet, Markdown or LaTeX; mathematics is LaTeX in both (as {@code chainrule grad}'s documents
 * write it). Prose passed to {@link #text} is escaped; everything else is already marked up.
 *
 * <pre>{@code
 * Markup m = Markup.of("latex");
 * m.heading("The network") + m.display("z_{1} = W_{1} x + b_{1}");
 * }</pre>
 */
sealed interface Markup permits Markup.Markdown, Markup.Latex {
    /** The markup of {@code --format} {@code markdown} or {@code latex}. */
    static Markup of(String format) {
        return switch (format) {
            case "markdown" -> new Markdown();
            case "latex" -> new Latex();
            default -> throw new IllegalArgumentException("a sheet is markdown or latex, not " + format);
        };
    }

    /** The files' extension: {@code md} or {@code tex}. */
    String extension();

    /** The name {@code chainrule grad --format} knows it by. */
    String format();

    /** The start of a document with {@code title} (prose). */
    String begin(String title);

    /** The end of a document. */
    String end();

    /** A section heading (prose). */
    String heading(String title);

    /** Prose, escaped. */
    String text(String prose);

    /** Inline code (escaped). */
    String code(String code);

    /** A display equation. */
    String display(String math);

    /** A table: a header row and rows of cells already marked up. */
    String table(List<String> header, List<List<String>> rows);

    /** A numbered list of items already marked up. */
    String numbered(List<String> items);

    /** Lines of plain ASCII text, verbatim. */
    String block(String lines);

    /** Inline mathematics: {@code $…$} in both. */
    default String math(String latex) {
        return "$" + latex + "$";
    }

    /** A paragraph of content already marked up. */
    default String paragraph(String content) {
        return content + "\n\n";
    }

    /** Markdown with {@code $…$} and {@code $$…$$} mathematics, as GitHub, GitLab and Jupyter render it. */
    record Markdown() implements Markup {
        @Override
        public String extension() {
            return "md";
        }

        @Override
        public String format() {
            return "markdown";
        }

        @Override
        public String begin(String title) {
            return "# " + text(title) + "\n\n";
        }

        @Override
        public String end() {
            return "";
        }

        @Override
        public String heading(String title) {
            return "## " + text(title) + "\n\n";
        }

        @Override
        public String text(String prose) {
            StringBuilder sb = new StringBuilder();
            for (char c : prose.toCharArray()) {
                sb.append("\\`*_[]<>#$|".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
            }
            return sb.toString();
        }

        @Override
        public String code(String code) {
            return "`" + code + "`";
        }

        @Override
        public String display(String math) {
            return "$$" + math + "$$\n\n";
        }

        @Override
        public String table(List<String> header, List<List<String>> rows) {
            StringBuilder sb = new StringBuilder(row(header)).append("|");
            header.forEach(h -> sb.append(" --- |"));
            sb.append('\n');
            rows.forEach(r -> sb.append(row(r)));
            return sb.append('\n').toString();
        }

        private static String row(List<String> cells) {
            return "| " + String.join(" | ", cells) + " |\n";
        }

        @Override
        public String numbered(List<String> items) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                sb.append(i + 1).append(". ").append(items.get(i)).append('\n');
            }
            return sb.append('\n').toString();
        }

        @Override
        public String block(String lines) {
            return "```\n" + lines.strip() + "\n```\n\n";
        }
    }

    /** A complete LaTeX document (article, amsmath, amssymb), for {@code pdflatex}. */
    record Latex() implements Markup {
        @Override
        public String extension() {
            return "tex";
        }

        @Override
        public String format() {
            return "latex";
        }

        @Override
        public String begin(String title) {
            return "\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{amsmath}\n\\usepackage{amssymb}\n"
                    + "\\title{" + text(title) + "}\n\\date{}\n\\begin{document}\n\\maketitle\n\n";
        }

        @Override
        public String end() {
            return "\\end{document}\n";
        }

        @Override
        public String heading(String title) {
            return "\\section*{" + text(title) + "}\n\n";
        }

        @Override
        public String text(String prose) {
            StringBuilder sb = new StringBuilder();
            for (char c : prose.toCharArray()) {
                sb.append(switch (c) {
                    case '\\' -> "\\textbackslash{}";
                    case '{', '}', '$', '&', '#', '%', '_' -> "\\" + c;
                    case '^' -> "\\textasciicircum{}";
                    case '~' -> "\\textasciitilde{}";
                    case '<' -> "\\textless{}";
                    case '>' -> "\\textgreater{}";
                    case '−' -> "-";
                    default -> c < 0x7f ? String.valueOf(c) : symbol(c);
                });
            }
            return sb.toString();
        }

        /** A symbol of the sheets' prose, in math mode; {@code ?} for a character the sheets do not use. */
        private static String symbol(char c) {
            String[] math = {"\\eta", "\\delta", "\\sigma", "\\partial", "\\pm", "\\times", "^{2}", "^{\\top}",
                "\\hat{y}"};
            int i = "ηδσ∂±×²ᵀŷ".indexOf(c);
            return i < 0 ? "?" : "\\ensuremath{" + math[i] + "}";
        }

        @Override
        public String code(String code) {
            return "\\texttt{" + text(code) + "}";
        }

        @Override
        public String display(String math) {
            return "\\[ " + math + " \\]\n\n";
        }

        @Override
        public String table(List<String> header, List<List<String>> rows) {
            StringBuilder sb = new StringBuilder("\\begin{center}\n\\begin{tabular}{" + "l".repeat(header.size())
                    + "}\n").append(String.join(" & ", header)).append(" \\\\\n\\hline\n");
            rows.forEach(r -> sb.append(String.join(" & ", r)).append(" \\\\[2pt]\n"));
            return sb.append("\\end{tabular}\n\\end{center}\n\n").toString();
        }

        @Override
        public String numbered(List<String> items) {
            StringBuilder sb = new StringBuilder("\\begin{enumerate}\n");
            items.forEach(i -> sb.append("\\item ").append(i).append('\n'));
            return sb.append("\\end{enumerate}\n\n").toString();
        }

        @Override
        public String block(String lines) {
            return "\\begin{verbatim}\n" + lines.strip() + "\n\\end{verbatim}\n\n";
        }
    }
}
