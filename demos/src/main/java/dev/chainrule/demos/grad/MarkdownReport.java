package dev.chainrule.demos.grad;

/**
 * {@code --format markdown}: the derivation as Markdown with LaTeX mathematics ({@code $…$} and {@code $$…$$}, as
 * GitHub, GitLab, Jupyter and most note-taking tools render it), values and gradients boxed:
 *
 * <pre>{@code
 * ### $z_{1}$ ($2 \times 1$)
 *
 * $$z_{1} = W_{1} x + b_{1} = \boxed{\begin{bmatrix}0.270000\\-0.180000\end{bmatrix}}$$
 * }</pre>
 */
final class MarkdownReport extends DocumentReport {
    private MarkdownReport(Derivation d, String title, String insert) {
        super(d, title, insert);
    }

    static String render(Derivation d) {
        return render(d, null, "");
    }

    /** The report titled {@code title} (the file's base name when null), with Markdown {@code insert} after the introduction. */
    static String render(Derivation d, String title, String insert) {
        return new MarkdownReport(d, title, insert).render();
    }

    @Override
    String begin(String title) {
        return "# " + text(title) + "\n\n";
    }

    @Override
    String end() {
        return "";
    }

    @Override
    String heading(int level, String content) {
        return "#".repeat(level) + " " + content + "\n\n";
    }

    @Override
    String text(String prose) {
        StringBuilder sb = new StringBuilder();
        for (char c : prose.toCharArray()) {
            if ("\\`*_[]<>#$|".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    @Override
    String code(String code) {
        String fence = code.contains("`") ? "`` " : "`";
        return fence + code + new StringBuilder(fence).reverse();
    }

    @Override
    String strong(String content) {
        return "**" + content + "**";
    }

    @Override
    String display(String math) {
        return "$$" + math + "$$\n\n";
    }

    @Override
    String listing(String source) {
        int run = 0;
        int longest = 0;
        for (char c : source.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "\n" + source + "\n" + fence + "\n\n";
    }

    @Override
    String checklist(String[] items, boolean[] passed) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            sb.append("- ").append(passed[i] ? "✓ " : "✗ ").append(items[i]).append('\n');
        }
        return sb.append('\n').toString();
    }
}
