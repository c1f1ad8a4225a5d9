package dev.chainrule.demos.grad;

import java.nio.charset.StandardCharsets;

/** Picks the report for a {@code --format}. */
final class Formats {
    private Formats() {
    }

    /** The formats, for shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return GradCommand.FORMATS.iterator();
        }
    }

    /** Whether {@code format} is rendered by Graphviz from the DOT report. */
    static boolean needsGraphviz(String format) {
        return format.equals("svg") || format.equals("png");
    }

    static byte[] render(String format, Derivation d, Graphviz graphviz) {
        if (needsGraphviz(format)) {
            return graphviz.render(DotReport.render(d), format);
        }
        String text = switch (format) {
            case "text" -> TextReport.render(d);
            case "markdown" -> MarkdownReport.render(d);
            case "latex" -> LatexReport.render(d);
            case "dot" -> DotReport.render(d);
            case "json" -> JsonReport.render(d) + "\n";
            default -> throw new IllegalArgumentException("--format " + format + ": unknown format");
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
