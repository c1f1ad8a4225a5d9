package dev.chainrule.demos.studio;

/**
 * A request the studio answers with an error status and {@code {"error": {"line": L, "column": C, "message": …}}}
 * (line and column 0 when the error is not in a program's text).
 *
 * <pre>{@code
 * throw new HttpError(413, "the request body is larger than 1000000 bytes");
 * }</pre>
 */
public final class HttpError extends RuntimeException {
    private final int status;
    private final int line;
    private final int column;

    public HttpError(int status, String message) {
        this(status, 0, 0, message);
    }

    public HttpError(int status, int line, int column, String message) {
        super(message, null, false, false);
        this.status = status;
        this.line = line;
        this.column = column;
    }

    public int status() {
        return status;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
