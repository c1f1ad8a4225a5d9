package dev.chainrule.data.csv;

import dev.chainrule.data.datasets.Dataset;
import java.util.List;

/**
 * A dataset read from CSV with its column names.
 *
 * <pre>{@code
 * CsvTable t = CsvReader.labelLast().read(Path.of("moons.csv"));
 * t.featureNames();   // [x1, x2]
 * t.labelName();      // y
 * Dataset d = t.data();
 * }</pre>
 *
 * @param featureNames the names of the feature columns, in the order of the dataset's columns
 * @param labelName the name of the label column
 * @param data the features and labels
 */
public record CsvTable(List<String> featureNames, String labelName, Dataset data) {
    /** Copies the names. */
    public CsvTable {
        featureNames = List.copyOf(featureNames);
    }
}
