package dev.chainrule.demos.exercise;

/**
 * A file {@code chainrule grade} cannot read: a key or an answer file that is missing, not JSON, or not what it
 * should be. Its message is one line, {@code FILE:LINE: what was wrong} ({@code FILE: …} when no line is to blame).
 *
 * <pre>{@code
 * throw new BadInput("answers.txt", 4, "expected a number after 'a2 =', got 'abc'");
 * }</pre>
 */
final class BadInput extends RuntimeException {
    BadInput(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
