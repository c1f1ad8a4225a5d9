package dev.chainrule.data.csv;

import dev.chainrule.data.datasets.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link Dataset} as CSV with a header: {@code x1,…,xd,y} unless other names are given, one sample per
 * line, features then label.
 *
 * <pre>{@code
 * CsvWriter.write(moons, Path.of("moons.csv"));
 * String text = CsvWriter.toCsv(moons);                          // "x1,x2,y\n0.8326...,0.2187...,0\n..."
 * CsvWriter.write(d, List.of("age", "income"), "bought", out);   // own column names, to any Appendable
 * }</pre>
 *
 * <p>Every feature is printed with {@link Double#toString(double)}, the shortest decimal that reads back as the same
 * double ({@code 0.1}, {@code 1.0E-5}, {@code -0.0}); Python and {@link CsvReader} read it back bit for bit.
 * Labels that are all whole numbers print as integers ({@code 0}, {@code 1}); other targets as doubles. A file is
 * written to a temporary sibling first and then moved into place, so no reader sees half a file.
 */
public final class CsvWriter {
    private CsvWriter() {
    }

    /** The default header names {@code x1, …, xd}. */
    public static List<String> defaultFeatureNames(int features) {
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= features; j++) {
            names.add("x" + j);
        }
        return names;
    }

    /** The dataset as CSV text with the header {@code x1,…,xd,y}. */
    public static String toCsv(Dataset data) {
        StringBuilder out = new StringBuilder();
        try {
            write(data, defaultFeatureNames(data.features()), "y", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the dataset to {@code file} (UTF-8) with the header {@code x1,…,xd,y}. */
    public static void write(Dataset data, Path file) throws IOException {
        write(data, defaultFeatureNames(data.features()), "y", file);
    }

    /** Writes the dataset to {@code file} (UTF-8) with these column names. */
    public static void write(Dataset data, List<String> featureNames, String labelName, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                write(data, featureNames, labelName, w);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes the dataset to {@code out} with these column names. */
    public static void write(Dataset data, List<String> featureNames, String labelName, Appendable out)
            throws IOException {
        if (featureNames.size() != data.features() && data.size() > 0) {
            throw new IllegalArgumentException("csv: " + featureNames.size() + " feature names for "
                    + data.features() + " features");
        }
        for (String name : featureNames) {
            checkName(name);
            out.append(name).append(',');
        }
        out.append(checkName(labelName)).append('\n');
        boolean integerLabels = data.hasIntegerLabels();
        double[][] x = data.x();
        double[] y = data.y();
        for (int i = 0; i < x.length; i++) {
            for (double v : x[i]) {
                out.append(Double.toString(v)).append(',');
            }
            out.append(integerLabels && !isNegativeZero(y[i]) ? Long.toString((long) y[i]) : Double.toString(y[i]));
            out.append('\n');
        }
    }

    private static boolean isNegativeZero(double v) {
        return Double.doubleToRawLongBits(v) == Long.MIN_VALUE;
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank() || name.contains(",") || name.contains("\n") || name.contains("\r")) {
            throw new IllegalArgumentException("csv: a column name must be non-empty without commas or line breaks,"
                    + " got '" + name + "'");
        }
        return name;
    }
}
