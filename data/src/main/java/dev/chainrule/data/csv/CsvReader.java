package dev.chainrule.data.csv;

import dev.chainrule.data.datasets.Dataset;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads numeric CSV with a header line into a {@link Dataset}: the features, then the label in the last column, or
 * the label in a named column. All or nothing: the whole file is checked before a dataset is returned, and the first
 * bad line fails with its line number and what is wrong ({@link CsvFormatException}).
 *
 * <pre>{@code
 * CsvTable moons = CsvReader.labelLast().read(Path.of("moons.csv"));       // x1,x2,y
 * CsvTable iris = CsvReader.labelColumn("species").read(Path.of("iris.csv"));
 * Dataset d = CsvReader.labelLast().parse("x1,x2,y\n0.5,1e-05,1\n", "inline").data();
 * }</pre>
 *
 * <p>The format: comma-separated values, one sample per line; the first line names the columns (a leading
 * {@code #}, as {@code np.savetxt} writes headers, and quotes around names are dropped). Numbers are decimal, as
 * Python and Java print them ({@code 0.5}, {@code -3}, {@code 1e-05}, {@code 1.0E-5}), or {@code nan},
 * {@code inf}, {@code -inf} (also {@code NaN}, {@code Infinity}); spaces around values and blank lines are ignored;
 * {@code \n}, {@code \r\n} and {@code \r} all end lines. Each decimal reads as the nearest double, so a file written
 * with shortest round-trip numbers ({@link CsvWriter}, Python's {@code repr}) reads back bit for bit.
 */
public final class CsvReader {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private final String labelColumn;

    private CsvReader(String labelColumn) {
        this.labelColumn = labelColumn;
    }

    /** The label is the last column, the features the ones before it. */
    public static CsvReader labelLast() {
        return new CsvReader(null);
    }

    /** The label is the column named {@code name}; all other columns are features, in file order. */
    public static CsvReader labelColumn(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("csv: the label column name must not be empty");
        }
        return new CsvReader(name.strip());
    }

    /** Reads a UTF-8 file; errors name the file. */
    public CsvTable read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /** Reads CSV text from {@code in}; errors name {@code source}. */
    public CsvTable read(Reader in, String source) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<String> header = null;
        int labelIndex = -1;
        int headerLine = 0;
        List<double[]> rows = new ArrayList<>();
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (header == null) {
                header = header(line, source, number);
                labelIndex = labelIndex(header, source, number);
                headerLine = number;
                continue;
            }
            rows.add(row(line, header, source, number));
        }
        if (header == null) {
            throw new CsvFormatException(source, Math.max(1, number), "the file is empty; expected a header line"
                    + " such as x1,x2,y");
        }
        return table(header, labelIndex, rows, source, headerLine);
    }

    /** Parses CSV text; errors name {@code source}. */
    public CsvTable parse(String text, String source) {
        try {
            return read(new StringReader(text), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> header(String line, String source, int number) {
        String text = line.strip();
        if (text.startsWith("#")) {
            text = text.substring(1);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<String> names = new ArrayList<>();
        HashSet<String> seen = new HashSet<>();
        for (String field : text.split(",", -1)) {
            String name = field.strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1).strip();
            }
            if (name.isEmpty()) {
                throw new CsvFormatException(source, number, "header: column " + (names.size() + 1) + " has no name");
            }
            if (!seen.add(name)) {
                throw new CsvFormatException(source, number, "header: column name '" + name + "' appears twice");
            }
            names.add(name);
        }
        if (names.size() < 2) {
            throw new CsvFormatException(source, number, "header: expected at least one feature column and a label"
                    + " column, found " + names.size() + " column");
        }
        return names;
    }

    private int labelIndex(List<String> header, String source, int number) {
        if (labelColumn == null) {
            return header.size() - 1;
        }
        int i = header.indexOf(labelColumn);
        if (i < 0) {
            throw new CsvFormatException(source, number, "header: no label column named '" + labelColumn
                    + "'; the columns are " + String.join(",", header));
        }
        return i;
    }

    private static double[] row(String line, List<String> header, String source, int number) {
        String[] fields = line.split(",", -1);
        if (fields.length != header.size()) {
            throw new CsvFormatException(source, number, "expected " + header.size() + " values ("
                    + String.join(",", header) + "), found " + fields.length);
        }
        double[] values = new double[fields.length];
        for (int j = 0; j < fields.length; j++) {
            values[j] = number(fields[j].strip(), header.get(j), source, number);
        }
        return values;
    }

    private static double number(String text, String column, String source, int line) {
        if (text.isEmpty()) {
            throw new CsvFormatException(source, line, "column '" + column + "' is empty");
        }
        if (DECIMAL.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        switch (unsigned) {
            case "nan":
                return Double.NaN;
            case "inf":
            case "infinity":
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            default:
                throw new CsvFormatException(source, line, "column '" + column + "': \"" + text + "\" is not a number");
        }
    }

    private static CsvTable table(List<String> header, int labelIndex, List<double[]> rows, String source,
            int headerLine) {
        int d = header.size() - 1;
        double[][] x = new double[rows.size()][d];
        double[] y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            double[] r = rows.get(i);
            int k = 0;
            for (int j = 0; j < r.length; j++) {
                if (j == labelIndex) {
                    y[i] = r[j];
                } else {
                    x[i][k++] = r[j];
                }
            }
        }
        List<String> features = new ArrayList<>(header);
        String label = features.remove(labelIndex);
        return new CsvTable(features, label, new Dataset(x, y));
    }
}
