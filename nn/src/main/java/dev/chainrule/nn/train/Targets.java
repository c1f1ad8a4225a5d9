package dev.chainrule.nn.train;

import dev.chainrule.data.datasets.Dataset;
import dev.chainrule.data.preprocessing.OneHot;

/**
 * How the targets {@code y} of a {@link Dataset} — one number per sample — become the targets a loss compares with
 * the model's output, one row per sample: {@link #values()} for regression (and 0/1 labels used as they are),
 * {@link #binary()} for 0/1 labels (checked), {@link #oneHot} for class labels of a multi-class model (data's
 * {@link OneHot} encoding). The {@link Trainer} lays the rows out as its model's layout says.
 *
 * <pre>{@code
 * Targets.values().rows(Dataset.of(x, new int[] {3, 1}));       // [[3], [1]]
 * Targets.binary().rows(Dataset.of(x, new int[] {0, 1}));       // [[0], [1]]; a label 2 is an error
 * Targets.oneHot(3).rows(Dataset.of(x, new int[] {2, 0}));      // [[0, 0, 1], [1, 0, 0]]
 * Trainer.of(net, new SoftmaxCrossEntropy(), new SGD(0.5)).targets(Targets.oneHot(3)).fit(params, data);
 * }</pre>
 */
public sealed interface Targets permits Targets.Values, Targets.Binary, Targets.OneHotLabels {
    /** Each sample's {@code y}, as it is, in a column of one: real values for regression (MSE, …). */
    static Targets values() {
        return new Values();
    }

    /** Each sample's label, 0 or 1 (anything else is an error), in a column of one: for BCE. */
    static Targets binary() {
        return new Binary();
    }

    /** Each sample's label {@code 0..classes-1} one-hot, {@code classes} wide: for softmax cross-entropy. */
    static Targets oneHot(int classes) {
        return new OneHotLabels(OneHot.ofClasses(classes));
    }

    /** Each sample's label one-hot in {@code encoding}'s categories (e.g. {@code OneHot.fit(labels)}). */
    static Targets oneHot(OneHot encoding) {
        return new OneHotLabels(encoding);
    }

    /** The targets of {@code data}, one row per sample; fails naming a sample whose {@code y} does not fit. */
    double[][] rows(Dataset data);

    /** {@code y} as it is. */
    record Values() implements Targets {
        @Override
        public double[][] rows(Dataset data) {
            double[][] out = new double[data.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = new double[] {data.y(i)};
            }
            return out;
        }
    }

    /** 0/1 labels. */
    record Binary() implements Targets {
        @Override
        public double[][] rows(Dataset data) {
            for (int i = 0; i < data.size(); i++) {
                if (data.y(i) != 0 && data.y(i) != 1) {
                    throw new IllegalArgumentException("targets: binary labels must be 0 or 1, but y[" + i + "] is "
                            + data.y(i));
                }
            }
            return new Values().rows(data);
        }
    }

    /**
     * Labels one-hot.
     *
     * @param encoding the categories, one per column
     */
    record OneHotLabels(OneHot encoding) implements Targets {
        public OneHotLabels {
            if (encoding == null) {
                throw new IllegalArgumentException("targets: the one-hot encoding must not be null");
            }
        }

        @Override
        public double[][] rows(Dataset data) {
            return encoding.encode(data.labels());
        }
    }
}
