package dev.chainrule.demos.data;

import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.split.Split;
import dev.chainrule.data.split.TrainTestSplit;
import dev.chainrule.demos.cli.Converters;
import dev.chainrule.demos.cli.UsageError;

/** {@code --test-size} as scikit-learn's {@code test_size}: a fraction ({@code 0.3}) or a count ({@code 150}). */
public final class Splits {
    private Splits() {
    }

    /** {@code train_test_split(data, test_size=testSize, random_state=seed[, stratify=y])}. */
    public static Split split(Dataset data, String testSize, long seed, boolean stratify) {
        TrainTestSplit split;
        try {
            split = testSize.strip().matches("[0-9]+")
                    ? TrainTestSplit.testCount(new Converters.WholeNumber().convert(testSize))
                    : TrainTestSplit.testFraction(new Converters.FiniteDouble().convert(testSize));
            return (stratify ? split.stratified() : split).split(data, seed);
        } catch (picocli.CommandLine.TypeConversionException e) {
            throw new UsageError("--test-size " + testSize + ": not a number");
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }
}
