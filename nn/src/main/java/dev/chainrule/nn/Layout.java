package dev.chainrule.nn;

/**
 * Where the samples of a batch are. The seeds use both conventions: seed 001/002 put samples in columns
 * ({@code W @ X + b}, {@code W} is {@code out x in}); scikit-learn and PyTorch put them in rows
 * ({@code X @ W + b}, {@code W} is {@code in x out}). A model says it once ({@link Model#layout()}); its layers,
 * the trainer and the losses follow.
 *
 * <pre>{@code
 * Sequential seed002 = MLP.sizes(2, 10, 1).layout(Layout.SAMPLES_AS_COLUMNS).build();   // W @ X + b
 * Layout.SAMPLES_AS_COLUMNS.featureAxis();                                            // 0: a sample is a column
 * }</pre>
 */
public enum Layout {
    /** {@code X} is {@code n x features}; {@code Y = X @ W + b} with {@code W: in x out} and {@code b: (out,)}. */
    SAMPLES_AS_ROWS,
    /** {@code X} is {@code features x n}; {@code Y = W @ X + b} with {@code W: out x in} and {@code b: out x 1}. */
    SAMPLES_AS_COLUMNS;

    /** The axis that holds the features (classes) of one sample: 1 for rows, 0 for columns. */
    public int featureAxis() {
        return this == SAMPLES_AS_ROWS ? 1 : 0;
    }

    /** The axis that runs over samples. */
    public int sampleAxis() {
        return 1 - featureAxis();
    }
}
