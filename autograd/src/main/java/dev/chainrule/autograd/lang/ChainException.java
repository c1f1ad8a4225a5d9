package dev.chainrule.autograd.lang;

/**
 * An error in a {@code .chain} program, at a line and column (both 1-based). {@link #render} formats it as
 * {@code FILE:LINE:COL: message}, then the source line and a caret under the column.
 */
public final class ChainException extends RuntimeException {
    private final int line;
    private final int column;

    public ChainException(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** {@code FILE:LINE:COL: message}, the offending line of {@code source}, and a caret under the column. */
    public String render(String file, String source) {
        StringBuilder sb = new StringBuilder().append(file).append(':').append(line).append(':').append(column)
                .append(": ").append(getMessage());
        String[] lines = source.split("\r?\n", -1);
        if (line >= 1 && line <= lines.length) {
            String text = lines[line - 1].replace('\t', ' ');
            sb.append('\n').append(text).append('\n').append(" ".repeat(Math.max(0, Math.min(column - 1, text.length()))))
                    .append('^');
        }
        return sb.toString();
    }
}
