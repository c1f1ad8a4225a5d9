package dev.chainrule.demos.grad;

import dev.chainrule.autograd.lang.Evaluation;
import java.nio.charset.StandardCharsets;

/** Picks the report for a {@code --format}. */
final class Formats {
    private Formats() {
    }

    static byte[] render(String format, String file, String source, Evaluation e, int precision) {
        String text = switch (format) {
            case "text" -> TextReport.render(file, source, e, precision);
            case "json" -> JsonReport.render(e) + "\n";
            default -> throw new IllegalArgumentException("--format " + format + " is not available yet");
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
