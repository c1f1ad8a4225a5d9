package dev.chainrule.autograd.lang;

/**
 * An error in a {@code .chain} program, at a line and column (both 1-based), or about the program as a whole
 * (line and column 0, e.g. a target name it does not assign). {@link #render} formats it as
 * {@code FILE:LINE:COL: message}, then the source line and a caret under the column.
 */
public final class ChainException extends RuntimeException {
    private final int line;
    private final int column;
    private final boolean aboutTarget;
    private final Limits.Kind limit;

    public ChainException(int line, int column, String message) {
        this(line, column, message, false, null);
    }

    private ChainException(int line, int column, String message, boolean aboutTarget, Limits.Kind limit) {
        super(message);
        this.line = line;
        this.column = column;
        this.aboutTarget = aboutTarget;
        this.limit = limit;
    }

    /** An error about which value is differentiated: a caller that let the user choose it may say how to choose. */
    static ChainException aboutTarget(int line, int column, String message) {
        return new ChainException(line, column, message, true, null);
    }

    /** The program would go past {@code limit}: a caller that lets the user raise it may say how. */
    static ChainException overLimit(int line, int column, String message, Limits.Kind limit) {
        return new ChainException(line, column, message, false, limit);
    }

    /** The limit the program would have gone past, if that is the error. */
    public java.util.Optional<Limits.Kind> limit() {
        return java.util.Optional.ofNullable(limit);
    }

    /** The 1-based line, or 0 when the error is about the program as a whole. */
    public int line() {
        return line;
    }

    /** The 1-based column, or 0 when the error is about the program as a whole. */
    public int column() {
        return column;
    }

    /** Whether the error is about the target chosen for differentiation (it names no value, or not a scalar). */
    public boolean isAboutTarget() {
        return aboutTarget;
    }

    /** {@code FILE:LINE:COL: message}, the offending line of {@code source}, and a caret under the column. */
    public String render(String file, String source) {
        if (line < 1) {
            return file + ": " + getMessage();
        }
        StringBuilder sb = new StringBuilder().append(file).append(':').append(line).append(':').append(column)
                .append(": ").append(getMessage());
        String[] lines = source.split("\r?\n", -1);
        if (line <= lines.length) {
            String text = lines[line - 1].replace('\t', ' ');
            sb.append('\n').append(text).append('\n').append(" ".repeat(Math.max(0, Math.min(column - 1, text.length()))))
                    .append('^');
        }
        return sb.toString();
    }
}
