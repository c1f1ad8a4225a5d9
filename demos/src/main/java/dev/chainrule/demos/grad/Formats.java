package dev.chainrule.demos.grad;

import dev.chainrule.autograd.lang.Evaluation;
import java.nio.charset.StandardCharsets;

/** Picks the report for a {@code --format}. */
final class Formats {
    private Formats() {
    }

    /** Whether {@code format} is rendered by Graphviz from the DOT report. */
    static boolean needsGraphviz(String format) {
        return format.equals("svg") || format.equals("png");
    }

    static byte[] render(String format, String file, String source, Evaluation e, int precision, Graphviz graphviz) {
        if (needsGraphviz(format)) {
            return graphviz.render(DotReport.render(file, e, precision), format);
        }
        String text = switch (format) {
            case "text" -> TextReport.render(file, source, e, precision);
            case "markdown" -> MarkdownReport.render(file, source, e, precision);
            case "latex" -> LatexReport.render(file, source, e, precision);
            case "dot" -> DotReport.render(file, e, precision);
            case "json" -> JsonReport.render(e) + "\n";
            default -> throw new IllegalArgumentException("--format " + format + ": unknown format");
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
