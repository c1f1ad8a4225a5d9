package dev.chainrule.data.csv;

/**
 * A CSV file that cannot be read as a dataset: the message names the file, the line and what is wrong, as in
 * {@code data.csv:7: column 'x2': "abc" is not a number}.
 *
 * <pre>{@code
 * try {
 *     CsvReader.labelLast().read(Path.of("data.csv"));
 * } catch (CsvFormatException e) {
 *     System.err.println(e.getMessage());   // data.csv:7: expected 3 values (x1,x2,y), found 2
 *     e.line();                             // 7
 * }
 * }</pre>
 */
public final class CsvFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;

    public CsvFormatException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** The file name (or the name given for a reader). */
    public String source() {
        return source;
    }

    /** The 1-based line number of the offending line. */
    public int line() {
        return line;
    }
}
